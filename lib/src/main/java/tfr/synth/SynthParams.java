package tfr.synth;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Parameters of additive synthesis (see {@link Synthesizer}).
 *
 * <p>Defaults ({@link #of}) follow Loris 1.9: a 1 ms fade at partial ends whose breakpoints have
 * non-zero amplitude, bandwidth noise on, seed 1, modulating noise low-passed to 500 Hz. Loris'
 * low-pass is a fixed 3rd-order Chebyshev (1 dB ripple, 500 Hz band edge) designed for 44.1 kHz,
 * so its noise bandwidth scales with the sample rate; here the same design is made for the actual
 * sample rate, so {@code noiseBandwidthHz} is in Hz at any rate.
 *
 * @param sampleRateHz     output sample rate, Hz (finite, &gt; 0); sample n is at time n/sampleRateHz
 * @param fadeSec          fade time, s, before a partial's first and after its last breakpoint when
 *                         that breakpoint's amplitude is non-zero (finite, ≥ 0; 0: abrupt ends)
 * @param noise            whether bandwidth is rendered as noise
 * @param noiseSeed        seed of the modulating noise; each partial's noise is derived from it
 *                         and the partial's index, so output does not depend on rendering order
 * @param noiseBandwidthHz band edge of the low-pass applied to the modulating noise, Hz: the
 *                         Chebyshev response is within 1 dB of its DC gain up to here (in
 *                         [sampleRateHz/100000, sampleRateHz/2))
 */
public record SynthParams(double sampleRateHz, double fadeSec, BandwidthNoise noise, long noiseSeed,
        double noiseBandwidthHz) {
    /** Loris' default fade time: 1 ms. */
    public static final double DEFAULT_FADE_SEC = 0.001;
    /** Loris' noise low-pass band edge: 500 Hz. */
    public static final double DEFAULT_NOISE_BANDWIDTH_HZ = 500.0;
    /** Default noise seed (Loris seeds its modulator with 1). */
    public static final long DEFAULT_NOISE_SEED = 1L;

    public SynthParams {
        if (!(sampleRateHz > 0) || !Double.isFinite(sampleRateHz)) {
            throw new IllegalArgumentException("sampleRateHz must be finite and > 0, got " + sampleRateHz);
        }
        if (!(fadeSec >= 0) || !Double.isFinite(fadeSec)) {
            throw new IllegalArgumentException("fadeSec must be finite and >= 0, got " + fadeSec);
        }
        if (noise == null) {
            throw new IllegalArgumentException("noise must not be null (BandwidthNoise.ON or OFF)");
        }
        if (!(noiseBandwidthHz >= sampleRateHz * 1e-5 && noiseBandwidthHz < sampleRateHz / 2)) {
            throw new IllegalArgumentException("noiseBandwidthHz must be in [sampleRateHz/100000, sampleRateHz/2) = ["
                    + sampleRateHz * 1e-5 + ", " + sampleRateHz / 2 + ") Hz, got " + noiseBandwidthHz);
        }
    }

    /**
     * Loris' defaults at {@code sampleRateHz}: 1 ms fades, bandwidth noise on, seed 1, 500 Hz noise
     * low-pass (a quarter of the sample rate if that is lower, below 2 kHz).
     */
    public static SynthParams of(double sampleRateHz) {
        if (!(sampleRateHz > 0) || !Double.isFinite(sampleRateHz)) {
            throw new IllegalArgumentException("sampleRateHz must be finite and > 0, got " + sampleRateHz);
        }
        return new SynthParams(sampleRateHz, DEFAULT_FADE_SEC, BandwidthNoise.ON, DEFAULT_NOISE_SEED,
                Math.min(DEFAULT_NOISE_BANDWIDTH_HZ, 0.25 * sampleRateHz));
    }

    /** The Nyquist frequency, Hz: partials at or above it are muted. */
    public double nyquistHz() {
        return sampleRateHz / 2;
    }

    public SynthParams withSampleRateHz(double hz) {
        return new SynthParams(hz, fadeSec, noise, noiseSeed, noiseBandwidthHz);
    }

    public SynthParams withFadeSec(double s) {
        return new SynthParams(sampleRateHz, s, noise, noiseSeed, noiseBandwidthHz);
    }

    public SynthParams withNoise(BandwidthNoise n) {
        return new SynthParams(sampleRateHz, fadeSec, n, noiseSeed, noiseBandwidthHz);
    }

    public SynthParams withNoiseSeed(long seed) {
        return new SynthParams(sampleRateHz, fadeSec, noise, seed, noiseBandwidthHz);
    }

    public SynthParams withNoiseBandwidthHz(double hz) {
        return new SynthParams(sampleRateHz, fadeSec, noise, noiseSeed, hz);
    }

    @Override
    public String toString() {
        String n = noise == BandwidthNoise.ON
                ? "bandwidth noise on (seed " + noiseSeed + ", " + num(noiseBandwidthHz) + " Hz low-pass)"
                : "bandwidth noise off";
        return "SynthParams[" + num(sampleRateHz) + " Hz, fade " + num(fadeSec * 1000) + " ms, " + n + "]";
    }

    /** Six significant digits, no trailing zeros. */
    private static String num(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
