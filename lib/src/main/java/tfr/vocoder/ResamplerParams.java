package tfr.vocoder;

/**
 * Parameters of the windowed-sinc {@link Resampler}.
 *
 * <p>The kernel is an ideal low-pass (a sinc with cutoff fc) cut to ±{@code zeroCrossings} of its
 * zero crossings by a Kaiser window of shape β (Kaiser 1974; Smith, "Digital Audio Resampling",
 * 2002). The cutoff is {@code fc = cutoffFraction · ½ · min(1, ratio)} cycles per input sample, i.e.
 * a fraction of the lower of the two Nyquist frequencies, so both imaging (up-sampling) and aliasing
 * (down-sampling) are suppressed.
 *
 * <p>Design rule (Kaiser's formula): stopband attenuation A ≈ 8.7 + β/0.1102 dB, transition width
 * Δf ≈ (A − 8)/(2.285 · 2π · L) cycles/sample for a kernel of L = zeroCrossings/fc input samples.
 * The defaults (64 crossings, β = 10, 0.95) give A ≈ 100 dB and, at ratio ≥ 1, a transition from
 * 0.451 to 0.499 of the sample rate: everything below 0.45·fs passes within about 1e-5, nothing
 * above Nyquist folds back above −100 dB. Pitfall: raising the cutoff towards 1 without more
 * crossings moves the transition band across Nyquist, and the top of the band aliases.
 *
 * @param zeroCrossings  half-length of the kernel in sinc zero crossings (4..1024)
 * @param kaiserBeta     Kaiser window shape β (0..40)
 * @param cutoffFraction sinc cutoff as a fraction of the lower Nyquist frequency (0 &lt; f ≤ 1)
 */
public record ResamplerParams(int zeroCrossings, double kaiserBeta, double cutoffFraction) {
    public static final int DEFAULT_ZERO_CROSSINGS = 64;
    public static final double DEFAULT_KAISER_BETA = 10.0;
    public static final double DEFAULT_CUTOFF_FRACTION = 0.95;

    public ResamplerParams {
        if (zeroCrossings < 4 || zeroCrossings > 1024) {
            throw new IllegalArgumentException("zeroCrossings must be in [4, 1024], got " + zeroCrossings);
        }
        if (!(kaiserBeta >= 0 && kaiserBeta <= 40)) {
            throw new IllegalArgumentException("kaiserBeta must be in [0, 40], got " + kaiserBeta);
        }
        if (!(cutoffFraction > 0 && cutoffFraction <= 1)) {
            throw new IllegalArgumentException("cutoffFraction must be in (0, 1], got " + cutoffFraction);
        }
    }

    /** 64 zero crossings, β = 10 (about 100 dB stopband), cutoff 0.95 of the lower Nyquist. */
    public static ResamplerParams defaults() {
        return new ResamplerParams(DEFAULT_ZERO_CROSSINGS, DEFAULT_KAISER_BETA, DEFAULT_CUTOFF_FRACTION);
    }

    /** Approximate stopband attenuation from Kaiser's formula, dB. */
    public double stopbandDb() {
        return 8.7 + kaiserBeta / 0.1102;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "ResamplerParams[±%d zero crossings, Kaiser beta %.3g (~%.0f dB stopband), cutoff %.3g x lower Nyquist]",
                zeroCrossings, kaiserBeta, stopbandDb(), cutoffFraction);
    }
}
