package tfr.signals;

import java.util.List;

/**
 * Convenience factories for the CLI and notebooks, and the canonical demo sound {@link #example}.
 * Every factory returns a plain component; render with {@link Signal#render}.
 */
public final class Signals {
    /** The default sample rate of the CLI and notebooks, 44.1 kHz. */
    public static final double DEFAULT_SAMPLE_RATE_HZ = 44_100.0;
    /** Duration of {@link #example(double)}: 3 s. */
    public static final double EXAMPLE_DURATION_SEC = 3.0;
    /** Shortest duration {@link #example(double, double)} accepts (room for one click at 0.25 s). */
    public static final double EXAMPLE_MIN_DURATION_SEC = 0.5;

    private Signals() {
    }

    /** {@code amplitude·cos(2π·freqHz·t)}: a {@link Sinusoid} with phase 0. */
    public static Sinusoid tone(double freqHz, double amplitude) {
        return new Sinusoid(freqHz, amplitude, 0.0);
    }

    /** {@code amplitude·cos(2π·freqHz·t + phaseRad)}. */
    public static Sinusoid tone(double freqHz, double amplitude, double phaseRad) {
        return new Sinusoid(freqHz, amplitude, phaseRad);
    }

    /** A {@link LinearChirp} from {@code f0Hz} at {@code startSec} to {@code f1Hz} at {@code endSec}, phase 0. */
    public static LinearChirp linearChirp(double f0Hz, double f1Hz, double startSec, double endSec, double amplitude) {
        return new LinearChirp(f0Hz, f1Hz, startSec, endSec, amplitude, 0.0);
    }

    /** An {@link ExponentialChirp} from {@code f0Hz} at {@code startSec} to {@code f1Hz} at {@code endSec}, phase 0. */
    public static ExponentialChirp exponentialChirp(double f0Hz, double f1Hz, double startSec, double endSec,
                                                    double amplitude) {
        return new ExponentialChirp(f0Hz, f1Hz, startSec, endSec, amplitude, 0.0);
    }

    /** An {@link Impulse} of {@code amplitude} at sample {@code sampleIndex}. */
    public static Impulse impulse(int sampleIndex, double amplitude) {
        return new Impulse(sampleIndex, amplitude);
    }

    /**
     * An {@link Impulse} at the sample nearest {@code timeSec}: index {@code round(timeSec · sampleRateHz)};
     * its true time is then {@code index / sampleRateHz}.
     */
    public static Impulse impulseAt(double timeSec, double sampleRateHz, double amplitude) {
        return new Impulse(nearestSample(timeSec, sampleRateHz, "timeSec"), amplitude);
    }

    /**
     * An {@link ImpulseTrain} of {@code count} impulses, the first at the sample nearest {@code firstSec},
     * spaced {@code round(periodSec · sampleRateHz)} samples (so the true period is that count divided by
     * the rate).
     */
    public static ImpulseTrain impulseTrain(double firstSec, double periodSec, int count, double sampleRateHz,
                                            double amplitude) {
        int first = nearestSample(firstSec, sampleRateHz, "firstSec");
        int period = nearestSample(periodSec, sampleRateHz, "periodSec");
        return new ImpulseTrain(first, period, count, amplitude);
    }

    /**
     * A steady {@link HarmonicTone} on {@code [startSec, endSec)} with 10 ms raised-cosine ramps (shorter
     * if the tone is under 20 ms), no vibrato, and amplitudes falling as {@code 1/k}, scaled so that they
     * sum to {@code peakAmplitude} (the bound on {@code |x|}).
     */
    public static HarmonicTone harmonicTone(double f0Hz, int harmonicCount, double peakAmplitude, double startSec,
                                            double endSec) {
        Envelope envelope = Envelope.raisedCosine(startSec, endSec, Math.min(0.010, (endSec - startSec) / 2));
        return harmonicTone(f0Hz, harmonicCount, peakAmplitude, 0.0, 0.0, envelope);
    }

    /**
     * A {@link HarmonicTone} with vibrato whose amplitudes fall as {@code 1/k}, scaled so that they sum to
     * {@code peakAmplitude}: {@code a_k = peakAmplitude · k⁻¹ / Σ_{j=1..K} j⁻¹}.
     */
    public static HarmonicTone harmonicTone(double f0Hz, int harmonicCount, double peakAmplitude,
                                            double vibratoRateHz, double vibratoDepthCents, Envelope envelope) {
        if (harmonicCount < 1) {
            throw new IllegalArgumentException("harmonicCount must be >= 1, got " + harmonicCount);
        }
        Checks.finiteNonNegative(peakAmplitude, "peakAmplitude");
        double harmonicSum = 0;
        for (int k = 1; k <= harmonicCount; k++) {
            harmonicSum += 1.0 / k;
        }
        return HarmonicTone.withRolloff(f0Hz, harmonicCount, peakAmplitude / harmonicSum, 1.0, vibratoRateHz,
                vibratoDepthCents, envelope);
    }

    /** {@link WhiteNoise} of the given RMS and seed. */
    public static WhiteNoise noise(double rms, long seed) {
        return new WhiteNoise(rms, seed);
    }

    /** {@link #example(double, double)} over {@link #EXAMPLE_DURATION_SEC} (3 s). */
    public static Signal example(double sampleRateHz) {
        return example(sampleRateHz, EXAMPLE_DURATION_SEC);
    }

    /** The canonical demo sound, "clicks + chirp + tones": {@link #exampleComponents} rendered. */
    public static Signal example(double sampleRateHz, double durationSec) {
        return Signal.render(sampleRateHz, durationSec, exampleComponents(sampleRateHz, durationSec));
    }

    /**
     * The components of the demo sound of duration D — the three cases reassignment makes exact:
     * <ul>
     *   <li>a linear chirp 200 → 2000 Hz over [0, D), amplitude 0.3, phase −π/2 (so it starts at 0);</li>
     *   <li>a steady 440 Hz harmonic tone, 5 harmonics with 1/k amplitudes summing to 0.35, on
     *       [D/6, 5D/6) with 50 ms raised-cosine ramps;</li>
     *   <li>clicks of 0.3 every {@code round(0.5 s · rate)} samples from the sample nearest 0.25 s, as many
     *       as fit.</li>
     * </ul>
     * The amplitudes sum to 0.95, so {@code |x| <= 0.95}. The highest frequency is 2200 Hz, so any rate
     * above 4400 Hz works (8 kHz and up recommended).
     *
     * @throws IllegalArgumentException if {@code durationSec < } {@link #EXAMPLE_MIN_DURATION_SEC}
     */
    public static List<Component> exampleComponents(double sampleRateHz, double durationSec) {
        Checks.sampleRate(sampleRateHz);
        if (!(durationSec >= EXAMPLE_MIN_DURATION_SEC && Double.isFinite(durationSec))) {
            throw new IllegalArgumentException("durationSec must be finite and >= " + EXAMPLE_MIN_DURATION_SEC
                    + " for the example, got " + durationSec);
        }
        int frames = Signal.framesFor(sampleRateHz, durationSec);
        LinearChirp chirp = new LinearChirp(200.0, 2000.0, 0.0, durationSec, 0.3, -Math.PI / 2);
        HarmonicTone tone = harmonicTone(440.0, 5, 0.35, 0.0, 0.0,
                Envelope.raisedCosine(durationSec / 6, 5 * durationSec / 6, 0.050));
        int first = nearestSample(0.25, sampleRateHz, "firstSec");
        int period = nearestSample(0.5, sampleRateHz, "periodSec");
        int count = (frames - 1 - first) / period + 1;
        ImpulseTrain clicks = new ImpulseTrain(first, period, count, 0.3);
        return List.of(chirp, tone, clicks);
    }

    /** {@code round(timeSec · sampleRateHz)}, checked to be a valid sample index. */
    static int nearestSample(double timeSec, double sampleRateHz, String name) {
        Checks.sampleRate(sampleRateHz);
        Checks.finiteNonNegative(timeSec, name);
        double index = Math.floor(timeSec * sampleRateHz + 0.5);
        if (index > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be at most " + Integer.MAX_VALUE + " samples, got "
                    + timeSec + " s = " + index + " samples");
        }
        return (int) index;
    }
}
