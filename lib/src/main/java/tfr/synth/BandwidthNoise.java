package tfr.synth;

/**
 * Whether synthesis renders breakpoint bandwidth as noise (Fitz &amp; Haken's bandwidth-enhanced
 * oscillator, as in Loris) or ignores it.
 */
public enum BandwidthNoise {
    /** Bandwidth is ignored: every partial is a pure sinusoid {@code a·cos φ}. */
    OFF,
    /**
     * The carrier is modulated by low-passed Gaussian noise,
     * {@code a·cos φ·(√(1−bw) + √(2bw)·ν)}, keeping the expected energy of {@code a·cos φ}
     * (see {@link Synthesizer}). Partials whose bandwidth is 0 everywhere are rendered exactly as
     * with {@link #OFF}.
     */
    ON
}
