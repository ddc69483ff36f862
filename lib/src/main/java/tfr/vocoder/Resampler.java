package tfr.vocoder;

/**
 * Band-limited resampling by a windowed sinc (Shannon interpolation with a Kaiser-windowed kernel;
 * Smith &amp; Gossett 1984, Smith 2002 "Digital Audio Resampling").
 *
 * <p>With {@code ratio} = output rate / input rate, output sample n is the input read at position
 * {@code p = n / ratio} (input samples; sample 0 stays at time 0):
 * <pre>
 *   y[n] = Σ_i x[i] · 2fc · sinc(2fc·(p − i)) · w((p − i)/R),     sinc(u) = sin(πu)/(πu)
 *   fc = cutoffFraction · ½ · min(1, ratio)   (cycles per input sample),   R = zeroCrossings/(2fc)
 * </pre>
 * with w the Kaiser window on [−1, 1] (tabulated finely and interpolated linearly; table error
 * ≈ 2e-8). The kernel's DC gain is 1, so a tone inside the passband keeps its amplitude. Samples
 * outside x read as zero, so the first and last R input samples of the output taper.
 *
 * <p>Playing the result at the input's sample rate scales every frequency by 1/ratio and the
 * duration by ratio — the second half of the phase vocoder's pitch shift
 * ({@link PhaseVocoder#pitchShift}).
 *
 * <p>Pitfalls: ratio 1 returns an unfiltered copy (a filter with cutoff &lt; Nyquist would not be
 * the identity); down-sampling removes everything above the new Nyquist (by design — it would
 * alias); the kernel is long (2·zeroCrossings/min(1, ratio) taps per output sample).
 *
 * <p>Thread-safe (immutable).
 */
public final class Resampler {
    private static final int TABLE_STEPS = 8192;

    private final ResamplerParams params;
    /** Kaiser window w(v) at v = j / TABLE_STEPS, j = 0..TABLE_STEPS (plus one guard entry). */
    private final double[] window;

    public Resampler(ResamplerParams params) {
        if (params == null) {
            throw new IllegalArgumentException("params must not be null");
        }
        this.params = params;
        this.window = new double[TABLE_STEPS + 2];
        double beta = params.kaiserBeta();
        double norm = besselI0(beta);
        for (int j = 0; j <= TABLE_STEPS; j++) {
            double v = j / (double) TABLE_STEPS;
            window[j] = besselI0(beta * Math.sqrt(Math.max(0, 1 - v * v))) / norm;
        }
        window[TABLE_STEPS + 1] = 0;
    }

    /** A resampler with {@link ResamplerParams#defaults()}. */
    public static Resampler withDefaults() {
        return new Resampler(ResamplerParams.defaults());
    }

    public ResamplerParams params() {
        return params;
    }

    /** {@code x} resampled by {@code ratio} (output rate / input rate) to round(x.length·ratio) samples. */
    public double[] resample(double[] x, double ratio) {
        checkRatio(ratio);
        if (x == null) {
            throw new IllegalArgumentException("signal must not be null");
        }
        double len = Math.rint(x.length * ratio);
        if (len > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("ratio " + ratio + " makes " + len + " samples, beyond the largest buffer");
        }
        return resample(x, ratio, (int) len);
    }

    /**
     * {@code x} resampled by {@code ratio} into exactly {@code lengthSamples} output samples
     * (positions past the input's end read zeros).
     */
    public double[] resample(double[] x, double ratio, int lengthSamples) {
        checkRatio(ratio);
        if (x == null) {
            throw new IllegalArgumentException("signal must not be null");
        }
        if (lengthSamples < 0) {
            throw new IllegalArgumentException("lengthSamples must be >= 0, got " + lengthSamples);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("signal contains a non-finite sample (" + x[i] + ") at index " + i);
            }
        }
        double[] y = new double[lengthSamples];
        if (ratio == 1.0) {
            System.arraycopy(x, 0, y, 0, Math.min(x.length, lengthSamples));
            return y;
        }
        double fc = cutoffCyclesPerInputSample(ratio);
        double reach = halfWidthInputSamples(ratio);
        double twoFc = 2 * fc;
        double delta = Math.PI * twoFc; // phase step of sin(π·2fc·(p − i)) per unit of i
        double cosD = Math.cos(delta);
        double sinD = Math.sin(delta);
        double invReach = 1.0 / reach;
        for (int n = 0; n < lengthSamples; n++) {
            double p = n / ratio;
            long first = (long) Math.ceil(p - reach);
            long last = (long) Math.floor(p + reach);
            if (last < 0 || first >= x.length) {
                continue;
            }
            first = Math.max(first, 0);
            last = Math.min(last, x.length - 1);
            // sin(θ_i), cos(θ_i), θ_i = π·2fc·(p − i), stepped by rotation as i increases
            double theta = delta * (p - first);
            double s = Math.sin(theta);
            double c = Math.cos(theta);
            double acc = 0;
            for (long i = first; i <= last; i++) {
                double d = p - i;
                double k;
                if (d == 0) {
                    k = twoFc;
                } else if (Math.abs(d) < 1) {
                    // near the kernel's centre the rotated sine's absolute error (~1e-16) would be
                    // divided by a tiny d: evaluate it directly there
                    k = Math.sin(delta * d) / (Math.PI * d);
                } else {
                    k = s / (Math.PI * d);
                }
                acc += x[(int) i] * k * windowAt(Math.abs(d) * invReach);
                double s2 = s * cosD - c * sinD;
                c = c * cosD + s * sinD;
                s = s2;
            }
            y[n] = acc;
        }
        return y;
    }

    /** The sinc cutoff fc at {@code ratio}, cycles per input sample. */
    public double cutoffCyclesPerInputSample(double ratio) {
        checkRatio(ratio);
        return params.cutoffFraction() * 0.5 * Math.min(1.0, ratio);
    }

    /** The kernel's half-width R at {@code ratio}, input samples. */
    public double halfWidthInputSamples(double ratio) {
        return params.zeroCrossings() / (2 * cutoffCyclesPerInputSample(ratio));
    }

    private double windowAt(double v) {
        if (v >= 1) {
            return 0;
        }
        double u = v * TABLE_STEPS;
        int j = (int) u;
        double f = u - j;
        return window[j] + f * (window[j + 1] - window[j]);
    }

    private static void checkRatio(double ratio) {
        if (!(ratio > 0) || !Double.isFinite(ratio) || ratio > 1e6 || ratio < 1e-6) {
            throw new IllegalArgumentException("ratio must be finite and in [1e-6, 1e6], got " + ratio);
        }
    }

    /** Modified Bessel function I₀(u) by its power series Σ ((u/2)^k / k!)² (u ≤ 40: converges in &lt; 80 terms). */
    static double besselI0(double u) {
        double q = u * u / 4;
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 500; k++) {
            term *= q / ((double) k * k);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return sum;
    }

    @Override
    public String toString() {
        return "Resampler[" + params + "]";
    }
}
