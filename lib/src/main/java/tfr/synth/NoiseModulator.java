package tfr.synth;

/**
 * The modulating noise ν of the bandwidth-enhanced oscillator: white Gaussian noise through a
 * 3rd-order Chebyshev type I low-pass (1 dB ripple, band edge {@code noiseBandwidthHz}; Loris'
 * prototype, here designed for the actual sample rate by the bilinear transform with prewarping),
 * scaled so that its stationary variance is exactly ½.
 *
 * <h2>Normalisation</h2>
 * With unit-variance white input w and filter impulse response h, the output variance is Σh²;
 * ν = w∗h·√(½/Σh²) has E[ν] = 0, E[ν²] = ½. Then the modulation m = √(1−bw) + √(2bw)·ν has
 * E[m²] = (1 − bw) + 2√((1−bw)·2bw)·E[ν] + 2bw·E[ν²] = 1, so E[(a·cos φ·m)²] = (a·cos φ)² sample by
 * sample: the expected energy is that of the pure carrier for every bw, and the noise carries the
 * fraction bw of it (the sideband term √(2bw)·ν has variance bw). Σh² is summed numerically over
 * the impulse response until the tail is below 1e−14 of it.
 *
 * <p>Each stream starts at rest and is run for {@link #warmupSamples()} samples (the tail of the
 * impulse response below 1e−7 in amplitude) before its first value, so its variance is stationary
 * from the start. White noise: SplitMix64 (Steele, Lea &amp; Flood 2014) and the ziggurat method
 * (Marsaglia &amp; Tsang 2000, Doornik's 2005 form), both implemented here so that a seed gives the
 * same noise on every JVM (java.util's generators may change between releases). Cost per value:
 * one 64-bit hash, two table loads and a comparison (98.8 % of draws), then the low-pass, whose
 * recursion (a chain of a few multiply-adds per value) is the serial part: ~15 ns per value
 * measured, against ~3 ns per partial-sample for the pure oscillator.
 */
final class NoiseModulator {
    private static final double RIPPLE_DB = 1.0;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    // First-order section: y = g1·x + z; z = g1·x + p·y.   (g1 (1 + z⁻¹) / (1 − p z⁻¹))
    private final double g1;
    private final double p;
    // Second-order section (direct form II transposed): g2 (1 + 2z⁻¹ + z⁻²) / (1 + a1 z⁻¹ + a2 z⁻²).
    private final double g2;
    private final double a1;
    private final double a2;
    private final double scale;
    private final int warmup;

    // Ziggurat tables (Doornik 2005): ZX[i] layer abscissae, ZR[i] = ZX[i+1]/ZX[i].
    private static final int ZIG_LAYERS = 128;
    private static final double ZIG_R = 3.442619855899;
    private static final double ZIG_V = 9.91256303526217e-3;
    private static final double[] ZX = new double[ZIG_LAYERS + 1];
    private static final double[] ZR = new double[ZIG_LAYERS];

    static {
        double f = Math.exp(-0.5 * ZIG_R * ZIG_R);
        ZX[0] = ZIG_V / f;
        ZX[1] = ZIG_R;
        ZX[ZIG_LAYERS] = 0;
        for (int i = 2; i < ZIG_LAYERS; i++) {
            ZX[i] = Math.sqrt(-2 * Math.log(ZIG_V / ZX[i - 1] + f));
            f = Math.exp(-0.5 * ZX[i] * ZX[i]);
        }
        for (int i = 0; i < ZIG_LAYERS; i++) {
            ZR[i] = ZX[i + 1] / ZX[i];
        }
    }

    NoiseModulator(double sampleRateHz, double bandwidthHz) {
        double fs = sampleRateHz;
        double eps = Math.sqrt(Math.pow(10, RIPPLE_DB / 10) - 1);
        double mu = asinh(1 / eps) / 3;
        double wc = 2 * fs * Math.tan(Math.PI * bandwidthHz / fs); // prewarped band edge, rad/s
        double k = 2 * fs;
        // Analog poles (order 3): −sinh μ (real) and wc·(−sinh μ·sin π/6 ± j cosh μ·cos π/6).
        double sReal = -Math.sinh(mu) * wc;
        this.p = (k + sReal) / (k - sReal);
        double re = -Math.sinh(mu) * Math.sin(Math.PI / 6) * wc;
        double im = Math.cosh(mu) * Math.cos(Math.PI / 6) * wc;
        // z = (k + s) / (k − s) for s = re + j·im
        double nr = k + re;
        double dr = k - re;
        double den = dr * dr + im * im;
        double zr = (nr * dr - im * im) / den;
        double zi = (im * dr + nr * im) / den;
        this.a1 = -2 * zr;
        this.a2 = zr * zr + zi * zi;
        this.g1 = (1 - p) / 2;                 // unit DC gain per section
        this.g2 = (1 + a1 + a2) / 4;
        double rMax = Math.max(Math.abs(p), Math.sqrt(a2));
        // Amplitude tail rMax^n below 1e-7 (energy below 1e-14), with a margin for the (n·r^n) shape.
        this.warmup = (int) Math.min(50_000_000L, (long) Math.ceil(Math.log(1e-7) / Math.log(rMax)) + 64);
        double s2 = 0;
        double[] st = new double[3];
        long len = Math.min(100_000_000L, 2L * warmup + 64);
        for (long n = 0; n < len; n++) {
            double y = step(n == 0 ? 1 : 0, st);
            s2 += y * y;
        }
        this.scale = Math.sqrt(0.5 / s2);
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    /** One filter step on state {z1 (first order), z1, z2 (second order)}; unscaled output. */
    private double step(double x, double[] st) {
        double y1 = g1 * x + st[0];
        st[0] = g1 * x + p * y1;
        double y = g2 * y1 + st[1];
        st[1] = 2 * g2 * y1 - a1 * y + st[2];
        st[2] = g2 * y1 - a2 * y;
        return y;
    }

    /** Warm-up length, samples. */
    int warmupSamples() {
        return warmup;
    }

    /** |H(e^{j2πf/fs})| of the unscaled filter (unit DC gain), for tests. */
    double magnitude(double freqHz, double sampleRateHz) {
        double w = 2 * Math.PI * freqHz / sampleRateHz;
        double cr = Math.cos(w);
        double ci = -Math.sin(w); // z⁻¹
        // (1 + z⁻¹)
        double n1r = 1 + cr;
        double n1i = ci;
        // 1 − p z⁻¹
        double d1r = 1 - p * cr;
        double d1i = -p * ci;
        // z⁻² = (cr + j ci)²
        double c2r = cr * cr - ci * ci;
        double c2i = 2 * cr * ci;
        double n2r = 1 + 2 * cr + c2r;
        double n2i = 2 * ci + c2i;
        double d2r = 1 + a1 * cr + a2 * c2r;
        double d2i = a1 * ci + a2 * c2i;
        return g1 * Math.hypot(n1r, n1i) / Math.hypot(d1r, d1i) * g2 * Math.hypot(n2r, n2i) / Math.hypot(d2r, d2i);
    }

    /** A new stream for one partial, started at rest and warmed up. */
    Stream open(long noiseSeed, int partialIndex) {
        long seed = mix(noiseSeed ^ mix(partialIndex * GOLDEN + 0x632BE59BD9B4E019L));
        Stream s = new Stream(seed);
        double[] scratch = new double[Math.min(warmup, 4096)];
        for (int left = warmup; left > 0; left -= scratch.length) {
            s.fill(scratch, Math.min(left, scratch.length));
        }
        return s;
    }

    /** SplitMix64's finaliser (a bijection on 64-bit values). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A noise sequence ν(0), ν(1), … (the caller maps its positions to sample indices). Values come
     * in blocks ({@link #fill}); how a sequence is split into blocks does not change it.
     */
    final class Stream {
        private long state;
        private double z0;
        private double z1;
        private double z2;

        private Stream(long seed) {
            this.state = seed;
        }

        /** The next {@code len} values of ν (variance ½, low-passed) into {@code dst[0..len)}. */
        void fill(double[] dst, int len) {
            fillWhite(dst, len);
            // The low-pass, in place, state in locals (the recursion is the serial part).
            double a = z0;
            double b = z1;
            double c = z2;
            for (int j = 0; j < len; j++) {
                double x = dst[j];
                double y1 = g1 * x + a;
                a = g1 * x + p * y1;
                double y = g2 * y1 + b;
                b = 2 * g2 * y1 - a1 * y + c;
                c = g2 * y1 - a2 * y;
                dst[j] = scale * y;
            }
            z0 = a;
            z1 = b;
            z2 = c;
        }

        /** The white standard Gaussian input of the next {@code len} values (advances the stream). */
        void fillWhite(double[] dst, int len) {
            for (int j = 0; j < len; j++) {
                dst[j] = gaussian();
            }
        }

        /**
         * A standard Gaussian by the ziggurat (Marsaglia &amp; Tsang 2000) in Doornik's ZIGNOR form
         * (2005): 128 layers, the layer index and the abscissa from disjoint bits of one 64-bit value;
         * 98.8 % of draws return from the first comparison.
         */
        private double gaussian() {
            while (true) {
                long r = next64();
                double u = (r >>> 11) * 0x1.0p-52 - 1; // [−1, 1), 53 bits
                int i = (int) r & (ZIG_LAYERS - 1);
                if (Math.abs(u) < ZR[i]) {
                    return u * ZX[i];
                }
                if (i == 0) {
                    return tail(u < 0);
                }
                double x = u * ZX[i];
                double f0 = Math.exp(-0.5 * (ZX[i] * ZX[i] - x * x));
                double f1 = Math.exp(-0.5 * (ZX[i + 1] * ZX[i + 1] - x * x));
                if (f1 + uniformOpen() * (f0 - f1) < 1.0) {
                    return x;
                }
            }
        }

        /** The normal tail beyond ZIG_R (Marsaglia 1964). */
        private double tail(boolean negative) {
            double x;
            double y;
            do {
                x = Math.log(uniformOpen()) / ZIG_R;
                y = Math.log(uniformOpen());
            } while (-2 * y < x * x);
            return negative ? x - ZIG_R : ZIG_R - x;
        }

        private long next64() {
            state += GOLDEN;
            return mix(state);
        }

        /** Uniform on (0, 1). */
        private double uniformOpen() {
            return ((next64() >>> 11) + 0.5) * 0x1.0p-53;
        }
    }
}
