package tfr.signals;

import java.util.Map;

/**
 * One additive part of a test signal, with its analytic ground truth.
 *
 * <p>A tonal component is {@code x(t) = a(t)·cos(φ(t))} with instantaneous frequency
 * {@code f(t) = φ′(t) / 2π}; the truth methods return {@code f(t)}, {@code a(t)} and {@code φ(t)}.
 * Broadband components (impulses, noise) have no such form: their truth methods return {@code NaN}
 * and they describe themselves through their own accessors (sample indices, seed).
 *
 * <p>Sample {@code n} is at time {@code n / sampleRateHz}.
 */
public sealed interface Component
        permits Sinusoid, LinearChirp, ExponentialChirp, Impulse, ImpulseTrain, HarmonicTone, WhiteNoise {

    /**
     * Adds this component to {@code out}: {@code out[n] += x(n / sampleRateHz)} for every
     * {@code n} in {@code [0, out.length)}. Existing content is kept (components superpose).
     *
     * @throws IllegalArgumentException if {@code sampleRateHz} is not finite and positive, if a frequency
     *     of this component reaches the Nyquist frequency {@code sampleRateHz/2} (it would alias), or if an
     *     impulse falls outside {@code out}
     */
    void addTo(double[] out, double sampleRateHz);

    /**
     * The instantaneous frequency {@code f(t) = φ′(t)/2π} in Hz at {@code timeSec}; {@code NaN} where the
     * component is absent or has no single frequency (impulses, noise). For a harmonic tone: its
     * fundamental (partial 1).
     */
    double instantaneousFrequencyHz(double timeSec);

    /**
     * The instantaneous amplitude {@code a(t)} at {@code timeSec} (0 where a tonal component is absent);
     * {@code NaN} for components that are not of the form {@code a(t)·cos φ(t)} (impulses, noise). For a
     * harmonic tone: the amplitude of partial 1.
     */
    double amplitudeAt(double timeSec);

    /**
     * The phase {@code φ(t)} in radians at {@code timeSec}, wrapped to [−π, π], such that the component is
     * {@code a(t)·cos φ(t)}; {@code NaN} where absent or not meaningful (impulses, noise). For a harmonic
     * tone: the phase of partial 1.
     */
    double phaseRadAt(double timeSec);

    /** The component's kind as written in ground truth, e.g. {@code "linear_chirp"}. */
    String kind();

    /**
     * The parameters as an ordered, unmodifiable map: {@code "kind"} first, then every parameter under a
     * snake_case key carrying its unit ({@code "freq_hz"}, {@code "start_sec"}, {@code "phase_rad"}…),
     * then derived truth (e.g. {@code "rate_hz_per_s"}) and a {@code "formula"} string. Values are
     * finite numbers, strings, arrays, lists or nested maps, ready for a JSON writer.
     */
    Map<String, Object> describe();

    /**
     * {@link #describe()} plus truth that depends on the sample rate (impulse times in seconds). The
     * default returns {@link #describe()}.
     */
    default Map<String, Object> describe(double sampleRateHz) {
        return describe();
    }
}
