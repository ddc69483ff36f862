package tfr.signals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stationary white Gaussian noise, {@code x[n] = rms · z_n} with {@code z_n} independent standard
 * normal, deterministic for a seed: the same seed gives the same samples on every JVM, and a longer
 * rendering starts with the samples of a shorter one.
 *
 * <p>Generator (fixed, so ground-truth files stay reproducible): the SplitMix64 sequence started at
 * {@code seed} gives 53-bit uniforms; each pair {@code u₁ ∈ (0, 1]}, {@code u₂ ∈ [0, 1)} gives two
 * normals by Box–Muller, {@code z = √(−2 ln u₁)·cos(2πu₂)} then {@code √(−2 ln u₁)·sin(2πu₂)}.
 *
 * <p>Broadband: the frequency, amplitude and phase truth methods return {@code NaN}; the truth is the
 * RMS (the expected power is {@code rms²} spread evenly from 0 to the Nyquist frequency).
 *
 * @param rms  standard deviation (expected RMS) of the samples, finite and &gt;= 0
 * @param seed seed of the generator
 */
public record WhiteNoise(double rms, long seed) implements Component {
    /** The ground-truth kind. */
    public static final String KIND = "white_noise";

    /** Validates the parameters (see the record description). */
    public WhiteNoise {
        Checks.finiteNonNegative(rms, "rms");
    }

    /** {@code out[n] += rms·z_n} for every {@code n}, z from the seeded generator. */
    @Override
    public void addTo(double[] out, double sampleRateHz) {
        Checks.notNull(out);
        Checks.sampleRate(sampleRateHz);
        SplitMix64 random = new SplitMix64(seed);
        for (int n = 0; n < out.length; n += 2) {
            double u1 = ((random.next() >>> 11) + 1) * 0x1.0p-53; // (0, 1]
            double u2 = (random.next() >>> 11) * 0x1.0p-53; // [0, 1)
            double radius = Math.sqrt(-2 * Math.log(u1));
            double angle = Phase.TWO_PI * u2;
            out[n] += rms * radius * Math.cos(angle);
            if (n + 1 < out.length) {
                out[n + 1] += rms * radius * Math.sin(angle);
            }
        }
    }

    /** {@code NaN}: noise has no instantaneous frequency. */
    @Override
    public double instantaneousFrequencyHz(double timeSec) {
        return Double.NaN;
    }

    /** {@code NaN}: the truth is {@link #rms()}. */
    @Override
    public double amplitudeAt(double timeSec) {
        return Double.NaN;
    }

    /** {@code NaN}. */
    @Override
    public double phaseRadAt(double timeSec) {
        return Double.NaN;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** {@code kind, rms, seed, distribution, generator}. */
    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("rms", rms);
        m.put("seed", seed);
        m.put("distribution", "gaussian");
        m.put("generator", "splitmix64 uniforms, Box-Muller pairs (cos, sin)");
        return Collections.unmodifiableMap(m);
    }

    /** SplitMix64 (Steele, Lea & Flood 2014): a 64-bit counter with gamma 0x9E3779B97F4A7C15, then a mix. */
    private static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            this.state = seed;
        }

        long next() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
