package tfr.signals;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A harmonic tone with sinusoidal vibrato under an {@link Envelope}: partials {@code k = 1 … K} at
 * exact multiples of a common, vibrating fundamental. With {@code τ = t − envelope.startSec()},
 * {@code D = vibratoDepthCents/1200} and {@code g} the envelope gain:
 * <pre>
 *   f₀(t)   = f0Hz · 2^(D · sin(2π · vibratoRateHz · τ))          (fundamental, Hz)
 *   f_k(t)  = k · f₀(t)                                          (partial k)
 *   φ_k(t)  = phaseRad + 2π · k · f0Hz · V(τ),   V(τ) = ∫₀^τ 2^(D sin(2π·vibratoRateHz·s)) ds
 *   a_k(t)  = harmonicAmplitudes[k−1] · g(t)
 *   x(t)    = Σ_k a_k(t) · cos φ_k(t)                              on [envelope.startSec(), envelope.endSec())
 * </pre>
 * The vibrato swings the pitch ±{@code vibratoDepthCents} around {@code f0Hz}, starting upward at the
 * onset. {@code V} is evaluated in closed form (a Bessel series, see the package-private {@code Vibrato});
 * no phase is accumulated sample to sample. Every partial starts at {@code phaseRad} at the onset.
 * Since {@code g <= 1}, {@code |x(t)| <= Σ harmonicAmplitudes}.
 *
 * @param f0Hz               nominal fundamental in Hz, finite and &gt; 0
 * @param harmonicAmplitudes peak amplitude of partial k at index k−1 (K = length &gt;= 1), each finite and &gt;= 0
 * @param phaseRad           phase of every partial at the onset, radians, finite
 * @param vibratoRateHz      vibrato rate in Hz, finite and &gt;= 0
 * @param vibratoDepthCents  vibrato depth (peak deviation) in cents, in [0, 1200]
 * @param envelope           the gain envelope; the tone is present on its support
 */
public record HarmonicTone(double f0Hz, double[] harmonicAmplitudes, double phaseRad, double vibratoRateHz,
                           double vibratoDepthCents, Envelope envelope) implements Component {
    /** The ground-truth kind. */
    public static final String KIND = "harmonic_tone";
    /** The largest accepted vibrato depth: one octave. */
    public static final double MAX_VIBRATO_DEPTH_CENTS = 1200.0;

    /** Validates the parameters (see the record description) and copies the amplitude array. */
    public HarmonicTone {
        Checks.finitePositive(f0Hz, "f0Hz");
        Checks.notNull(harmonicAmplitudes, "harmonicAmplitudes");
        if (harmonicAmplitudes.length == 0) {
            throw new IllegalArgumentException("harmonicAmplitudes must hold at least one amplitude, got 0");
        }
        harmonicAmplitudes = harmonicAmplitudes.clone();
        for (int i = 0; i < harmonicAmplitudes.length; i++) {
            Checks.finiteNonNegative(harmonicAmplitudes[i], "harmonicAmplitudes[" + i + "]");
        }
        Checks.finite(phaseRad, "phaseRad");
        Checks.finiteNonNegative(vibratoRateHz, "vibratoRateHz");
        if (!(vibratoDepthCents >= 0 && vibratoDepthCents <= MAX_VIBRATO_DEPTH_CENTS)) {
            throw new IllegalArgumentException("vibratoDepthCents must be in [0, " + MAX_VIBRATO_DEPTH_CENTS
                    + "], got " + vibratoDepthCents);
        }
        Checks.notNull(envelope, "envelope");
    }

    /**
     * A tone whose partial amplitudes roll off as a power law:
     * {@code harmonicAmplitudes[k−1] = firstAmplitude · k^(−rolloffSlope)} (slope 1 ≈ sawtooth-like,
     * slope 0 = flat).
     */
    public static HarmonicTone withRolloff(double f0Hz, int harmonicCount, double firstAmplitude, double rolloffSlope,
                                           double vibratoRateHz, double vibratoDepthCents, Envelope envelope) {
        if (harmonicCount < 1) {
            throw new IllegalArgumentException("harmonicCount must be >= 1, got " + harmonicCount);
        }
        Checks.finiteNonNegative(firstAmplitude, "firstAmplitude");
        Checks.finite(rolloffSlope, "rolloffSlope");
        double[] amplitudes = new double[harmonicCount];
        for (int k = 1; k <= harmonicCount; k++) {
            amplitudes[k - 1] = firstAmplitude * Math.pow(k, -rolloffSlope);
        }
        return new HarmonicTone(f0Hz, amplitudes, 0.0, vibratoRateHz, vibratoDepthCents, envelope);
    }

    /** A copy of the partial amplitudes (index k−1 holds partial k). */
    @Override
    public double[] harmonicAmplitudes() {
        return harmonicAmplitudes.clone();
    }

    /** The number of partials K. */
    public int harmonicCount() {
        return harmonicAmplitudes.length;
    }

    /** The peak amplitude of partial {@code k} (1-based), before the envelope. */
    public double harmonicAmplitude(int k) {
        return harmonicAmplitudes[checkPartial(k) - 1];
    }

    /** {@code Σ harmonicAmplitudes}: a bound on {@code |x(t)|}. */
    public double amplitudeSum() {
        double sum = 0;
        for (double a : harmonicAmplitudes) {
            sum += a;
        }
        return sum;
    }

    /**
     * The highest frequency any audible partial can reach: {@code k_max · f0Hz · 2^D} with vibrato,
     * {@code k_max · f0Hz} without ({@code k_max} = the highest partial with a nonzero amplitude).
     */
    public double maxFrequencyHz() {
        int highest = 0;
        for (int k = 1; k <= harmonicAmplitudes.length; k++) {
            if (harmonicAmplitudes[k - 1] > 0) {
                highest = k;
            }
        }
        double swing = vibratoRateHz > 0 ? Math.pow(2, vibratoDepthCents / 1200.0) : 1.0;
        return highest * f0Hz * swing;
    }

    private int checkPartial(int k) {
        if (k < 1 || k > harmonicAmplitudes.length) {
            throw new IllegalArgumentException("k must be in [1, " + harmonicAmplitudes.length + "], got " + k);
        }
        return k;
    }

    /**
     * {@code out[n] += Σ_k a_k(t_n)·cos φ_k(t_n)}, {@code t_n = n/sampleRateHz}, on the envelope's support.
     *
     * @throws IllegalArgumentException if {@link #maxFrequencyHz()} reaches the Nyquist frequency
     */
    @Override
    public void addTo(double[] out, double sampleRateHz) {
        Checks.notNull(out);
        Checks.sampleRate(sampleRateHz);
        Checks.belowNyquist(maxFrequencyHz(), "the highest partial k*f0Hz*2^(vibratoDepthCents/1200)", sampleRateHz);
        Vibrato vibrato = vibrato();
        for (int n = 0; n < out.length; n++) {
            double t = Phase.timeSec(n, sampleRateHz);
            double gain = envelope.gainAt(t);
            if (gain == 0) {
                continue;
            }
            double fundamentalCycles = f0Hz * vibrato.integral(t - envelope.startSec());
            double sum = 0;
            for (int k = 1; k <= harmonicAmplitudes.length; k++) {
                double a = harmonicAmplitudes[k - 1];
                if (a != 0) {
                    sum += a * Math.cos(Phase.TWO_PI * Phase.fraction(k * fundamentalCycles) + phaseRad);
                }
            }
            out[n] += gain * sum;
        }
    }

    private Vibrato vibrato() {
        return new Vibrato(vibratoRateHz, vibratoDepthCents);
    }

    /** The fundamental {@code f₀(t) = f0Hz·2^(D·sin(2π·vibratoRateHz·τ))} on the support, else {@code NaN}. */
    public double fundamentalHzAt(double timeSec) {
        if (!envelope.isActive(timeSec)) {
            return Double.NaN;
        }
        return f0Hz * vibrato().factor(timeSec - envelope.startSec());
    }

    /** {@code f_k(t) = k·f₀(t)} on the support, else {@code NaN}. */
    public double partialFrequencyHz(int k, double timeSec) {
        return checkPartial(k) * fundamentalHzAt(timeSec);
    }

    /** {@code a_k(t) = harmonicAmplitudes[k−1]·g(t)} (0 outside the support). */
    public double partialAmplitude(int k, double timeSec) {
        return harmonicAmplitudes[checkPartial(k) - 1] * envelope.gainAt(timeSec);
    }

    /** {@code φ_k(t) = phaseRad + 2π·k·f0Hz·V(τ)} wrapped to [−π, π] on the support, else {@code NaN}. */
    public double partialPhaseRad(int k, double timeSec) {
        checkPartial(k);
        if (!envelope.isActive(timeSec)) {
            return Double.NaN;
        }
        double cycles = k * f0Hz * vibrato().integral(timeSec - envelope.startSec());
        return Phase.fromCycles(Phase.fraction(cycles), phaseRad);
    }

    /** The fundamental's frequency {@code f₀(t)} (partial 1; it may be silent if its amplitude is 0). */
    @Override
    public double instantaneousFrequencyHz(double timeSec) {
        return fundamentalHzAt(timeSec);
    }

    /** Partial 1's amplitude {@code a_1(t)}. */
    @Override
    public double amplitudeAt(double timeSec) {
        return partialAmplitude(1, timeSec);
    }

    /** Partial 1's phase {@code φ_1(t)}. */
    @Override
    public double phaseRadAt(double timeSec) {
        return partialPhaseRad(1, timeSec);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * {@code kind, f0_hz, harmonic_count, harmonic_amplitudes, phase_rad, vibrato_rate_hz,
     * vibrato_depth_cents, envelope (nested map), formula}.
     */
    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("f0_hz", f0Hz);
        m.put("harmonic_count", harmonicAmplitudes.length);
        m.put("harmonic_amplitudes", harmonicAmplitudes.clone());
        m.put("phase_rad", phaseRad);
        m.put("vibrato_rate_hz", vibratoRateHz);
        m.put("vibrato_depth_cents", vibratoDepthCents);
        m.put("envelope", envelope.describe());
        m.put("formula", "tau = t - envelope.start_sec; f0(t) = f0_hz 2^(vibrato_depth_cents/1200"
                + " sin(2 pi vibrato_rate_hz tau)); partial k: f_k = k f0(t), phase_k = phase_rad + 2 pi k"
                + " integral_0^tau f0; x(t) = g(t) sum_k harmonic_amplitudes[k-1] cos(phase_k),"
                + " g = envelope gain");
        return Collections.unmodifiableMap(m);
    }

    /** Equal when every parameter is equal (amplitudes compared element-wise). */
    @Override
    public boolean equals(Object o) {
        return o instanceof HarmonicTone h
                && Double.compare(f0Hz, h.f0Hz) == 0
                && Arrays.equals(harmonicAmplitudes, h.harmonicAmplitudes)
                && Double.compare(phaseRad, h.phaseRad) == 0
                && Double.compare(vibratoRateHz, h.vibratoRateHz) == 0
                && Double.compare(vibratoDepthCents, h.vibratoDepthCents) == 0
                && envelope.equals(h.envelope);
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(f0Hz);
        h = 31 * h + Arrays.hashCode(harmonicAmplitudes);
        h = 31 * h + Double.hashCode(phaseRad);
        h = 31 * h + Double.hashCode(vibratoRateHz);
        h = 31 * h + Double.hashCode(vibratoDepthCents);
        return 31 * h + envelope.hashCode();
    }

    /** Shape, not the array: {@code HarmonicTone[f0Hz=440.0, 5 harmonics (amplitude sum 0.4), …]}. */
    @Override
    public String toString() {
        return "HarmonicTone[f0Hz=" + f0Hz + ", " + harmonicAmplitudes.length + " harmonics (amplitude sum "
                + amplitudeSum() + "), phaseRad=" + phaseRad + ", vibratoRateHz=" + vibratoRateHz
                + ", vibratoDepthCents=" + vibratoDepthCents + ", envelope=" + envelope + "]";
    }
}
