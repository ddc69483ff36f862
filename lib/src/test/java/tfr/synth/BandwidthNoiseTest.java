package tfr.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

class BandwidthNoiseTest {
    static final double FS = 44_100;

    /** A steady partial at freqHz with breakpoints every 512 samples, bandwidth bw(k) at breakpoint k. */
    static Partial steady(double freqHz, double amp, double seconds, java.util.function.IntToDoubleFunction bw) {
        List<Breakpoint> b = new ArrayList<>();
        int count = (int) (seconds * FS / 512);
        for (int k = 0; k <= count; k++) {
            double t = k * 512 / FS;
            double c = freqHz * t;
            b.add(new Breakpoint(t, freqHz, amp, 2 * Math.PI * (c - Math.floor(c)), bw.applyAsDouble(k)));
        }
        return Partial.of(b);
    }

    static Synthesizer on(long seed) {
        return new Synthesizer(SynthParams.of(FS).withNoiseSeed(seed));
    }

    static double rmsDiff(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return Math.sqrt(s / x.length);
    }

    static double meanSquare(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i] * x[i];
        }
        return s / (to - from);
    }

    @Test
    void sameSeedGivesIdenticalOutputDifferentSeedsDiffer() {
        PartialSet set = PartialSet.of(List.of(steady(1000, 0.5, 0.5, k -> 0.6), steady(1500, 0.3, 0.5, k -> 0.2 + 0.01 * k)));
        int len = (int) (0.5 * FS);
        double[] a = on(7).render(set, len);
        double[] b = on(7).render(set, len);
        double[] c = on(8).render(set, len);
        assertArrayEquals(a, b, 0.0);
        double rms = Math.sqrt(meanSquare(a, 0, len));
        assertTrue(rmsDiff(a, c) > 0.3 * rms, "seeds 7 and 8 differ by only " + rmsDiff(a, c));
    }

    @Test
    void eachPartialsNoiseDependsOnItsIndexNotOnRenderingOrderOrThread() throws Exception {
        List<Partial> ps = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ps.add(steady(500 + 300 * i, 0.2, 0.3, k -> 0.5));
        }
        Synthesizer s = on(99);
        int len = (int) (0.3 * FS);
        double[][] serial = new double[ps.size()][len];
        for (int i = 0; i < ps.size(); i++) {
            s.addTo(serial[i], ps.get(i), i);
        }
        // Reverse order, on a pool of threads, each into its own buffer.
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<double[]>> fs = new ArrayList<>();
            for (int i = ps.size() - 1; i >= 0; i--) {
                final int idx = i;
                fs.add(pool.submit(() -> {
                    double[] y = new double[len];
                    s.addTo(y, ps.get(idx), idx);
                    return y;
                }));
            }
            for (int j = 0; j < fs.size(); j++) {
                assertArrayEquals(serial[ps.size() - 1 - j], fs.get(j).get(), 0.0);
            }
        } finally {
            pool.shutdown();
        }
        // Same partial, different index: a different noise stream.
        double[] other = new double[len];
        s.addTo(other, ps.get(0), 1);
        assertTrue(rmsDiff(other, serial[0]) > 0.01);
        // render() is the in-order sum.
        double[] sum = new double[len];
        for (double[] y : serial) {
            for (int n = 0; n < len; n++) {
                sum[n] += y[n];
            }
        }
        assertArrayEquals(sum, s.render(PartialSet.of(ps), len), 0.0);
        // A shorter buffer is a bit-identical prefix (noise is indexed by absolute sample).
        double[] shortBuf = s.render(PartialSet.of(ps), 1234);
        for (int n = 0; n < shortBuf.length; n++) {
            assertEquals(sum[n], shortBuf[n], 0.0);
        }
    }

    @Test
    void zeroBandwidthIsBitIdenticalToNoiseOff() {
        PartialSet pure = PartialSet.of(List.of(steady(440, 0.5, 0.4, k -> 0), steady(880, 0.25, 0.4, k -> 0)));
        int len = (int) (0.45 * FS);
        double[] on = on(3).render(pure, len);
        double[] off = new Synthesizer(SynthParams.of(FS).withNoise(BandwidthNoise.OFF)).render(pure, len);
        assertArrayEquals(off, on, 0.0);
        // Bandwidth only on breakpoints 10..12: segments with zero bandwidth at both ends stay pure.
        Partial mixed = steady(440, 0.5, 0.4, k -> k >= 10 && k <= 12 ? 0.8 : 0);
        double[] m = on(3).render(PartialSet.of(List.of(mixed)), len);
        double[] p = new Synthesizer(SynthParams.of(FS).withNoise(BandwidthNoise.OFF))
                .render(PartialSet.of(List.of(mixed)), len);
        for (int n = 0; n < len; n++) {
            // Breakpoint k sits at k·512/fs s; k·512/fs·fs may round just above k·512, which puts
            // sample k·512 at the end of the previous segment, so the noisy span is taken inclusive.
            boolean noisySegment = n >= 9 * 512 && n <= 13 * 512;
            if (!noisySegment) {
                assertEquals(p[n], m[n], 0.0, "n=" + n);
            }
        }
        assertTrue(rmsDiff(m, p) > 0.01);
        // Bandwidth noise switched off ignores bandwidth altogether.
        Synthesizer off1 = new Synthesizer(SynthParams.of(FS).withNoise(BandwidthNoise.OFF));
        assertArrayEquals(off1.render(PartialSet.of(List.of(steady(440, 0.5, 0.4, k -> 0))), len),
                off1.render(PartialSet.of(List.of(steady(440, 0.5, 0.4, k -> 0.8))), len), 0.0);
    }

    /**
     * Energy of a 20-s partial at 3 kHz, amplitude 0.5, is a²/2 = 0.125 in expectation for every bw
     * (E[m²] = 1 by the ν-variance-½ normalisation). Statistical tolerance: the modulating noise is
     * low-passed to 500 Hz, so its correlation time is ~1 ms and 20 s holds roughly
     * 2·500·20 = 20 000 independent values; for Gaussian ν the mean of ν² then has relative standard
     * deviation √(2/20 000) = 1 %. With bw = 1 the energy is exactly a²·⟨cos²φ·2ν²⟩, so its estimate
     * scatters by ~1 % (measured over 40 seeds: 0.9 %, mean within 0.05 %); 4 % is a > 4σ bound. With
     * bw = 0.3 the fluctuating part is smaller (measured scatter 0.6 %).
     */
    @Test
    void expectedEnergyEqualsThePureCarriersForAnyBandwidth() {
        double a = 0.5;
        int len = (int) (20 * FS);
        for (double bw : new double[] {1.0, 0.3}) {
            Partial p = steady(3000, a, 20, k -> bw);
            double[] x = on(2024).render(PartialSet.of(List.of(p)), len);
            double e = meanSquare(x, 1000, len - 1000);
            assertEquals(a * a / 2, e, 0.04 * a * a / 2, "bw " + bw);
        }
    }

    @Test
    void modulatingNoiseHasVarianceOneHalfAndIsLowPassed() {
        NoiseModulator nm = new NoiseModulator(FS, 500);
        // Loris' prototype response: 0 dB at DC, the 1 dB ripple edge at the band edge, steep above.
        assertEquals(0.0, 20 * Math.log10(nm.magnitude(0, FS)), 1e-9);
        assertEquals(-1.0, 20 * Math.log10(nm.magnitude(500, FS)), 1e-6);
        assertTrue(20 * Math.log10(nm.magnitude(1000, FS)) < -20);
        assertTrue(20 * Math.log10(nm.magnitude(4000, FS)) < -55);
        for (int i = 0; i <= 100; i++) {
            assertTrue(nm.magnitude(5 * i, FS) >= Math.pow(10, -1.0 / 20) - 1e-9, "in-band ripple at " + 5 * i);
        }
        int n = 2_000_000;
        double[] nu = new double[n];
        nm.open(5, 0).fill(nu, n);
        double sum = 0;
        double sum2 = 0;
        double diff2 = 0;
        double prev = 0;
        for (int i = 0; i < n; i++) {
            double v = nu[i];
            sum += v;
            sum2 += v * v;
            if (i > 0) {
                diff2 += (v - prev) * (v - prev);
            }
            prev = v;
        }
        // ~2 000 000 · 2·500/44 100 ≈ 45 000 independent values: σ of the variance estimate ≈ 0.7 %.
        assertEquals(0.5, sum2 / n, 0.02);
        assertEquals(0.0, sum / n, 0.02);
        // White noise would give E[(Δν)²]/E[ν²] = 2; a 500 Hz low-pass gives about (2π·500/44 100)².
        assertTrue(diff2 / sum2 < 0.01, "first-difference ratio " + diff2 / sum2);
        // Stationary from the first value: the warm-up leaves no start-up transient.
        double early = 0;
        double[] one = new double[1];
        for (int seed = 0; seed < 400; seed++) {
            nm.open(seed, 3).fill(one, 1);
            early += one[0] * one[0];
        }
        assertEquals(0.5, early / 400, 0.15);
        // Block sizes do not change the sequence.
        NoiseModulator.Stream chunked = nm.open(5, 0);
        double[] part = new double[1000];
        int at = 0;
        for (int len : new int[] {1, 7, 10, 255, 3, 724}) {
            chunked.fill(part, len);
            for (int i = 0; i < len; i++) {
                assertEquals(nu[at + i], part[i], 0.0, "value " + (at + i));
            }
            at += len;
        }
        // Designed per sample rate: the band edge stays at 500 Hz at 96 kHz.
        assertEquals(-1.0, 20 * Math.log10(new NoiseModulator(96_000, 500).magnitude(500, 96_000)), 1e-6);
    }

    /** Φ(x) by composite Simpson integration of the density (error far below 1e-10 with 2000 steps). */
    static double phi(double x) {
        int m = 2000;
        double h = Math.abs(x) / m;
        double sum = 0;
        for (int k = 0; k <= m; k++) {
            double t = k * h;
            double w = k == 0 || k == m ? 1 : k % 2 == 1 ? 4 : 2;
            sum += w * Math.exp(-0.5 * t * t);
        }
        double half = sum * h / 3 / Math.sqrt(2 * Math.PI);
        return x >= 0 ? 0.5 + half : 0.5 - half;
    }

    @Test
    void whiteInputIsStandardGaussian() {
        // The ziggurat's white input before the low-pass: moments and the whole CDF, including the
        // tail beyond the bottom layer (|z| > 3.4426) that the ziggurat draws by a separate method.
        int n = 4_000_000;
        double[] z = new double[n];
        new NoiseModulator(FS, 500).open(17, 0).fillWhite(z, n);
        double m1 = 0;
        double m2 = 0;
        double m4 = 0;
        for (double v : z) {
            m1 += v;
            m2 += v * v;
            m4 += v * v * v * v;
        }
        m1 /= n;
        m2 /= n;
        m4 /= n;
        // Standard errors: mean 1/√n = 5e-4, variance √(2/n) = 7e-4, fourth moment √(96/n) = 5e-3.
        assertEquals(0, m1, 3e-3);
        assertEquals(1, m2, 4e-3);
        assertEquals(3, m4, 0.03);
        java.util.Arrays.sort(z);
        double d = 0;
        for (double x = -4.5; x <= 4.5; x += 0.01) {
            int below = java.util.Arrays.binarySearch(z, x);
            below = below >= 0 ? below : -below - 1;
            d = Math.max(d, Math.abs(below / (double) n - phi(x)));
        }
        // Kolmogorov-Smirnov: the 1 % critical value is 1.63/√n = 8.2e-4.
        assertTrue(d < 8.2e-4, "KS distance " + d);
        int beyondTail = 0;
        for (double v : z) {
            if (Math.abs(v) > 3.442619855899) {
                beyondTail++;
            }
        }
        double pTail = 2 * (1 - phi(3.442619855899)); // 5.76e-4
        double sd = Math.sqrt(pTail * (1 - pTail) / n);
        assertEquals(pTail, beyondTail / (double) n, 5 * sd);
    }
}
