package tfr.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuxiliaryWindowsTest {

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static double maxAbsDiff(double[] a, double[] b, int from, int to) {
        double m = 0;
        for (int i = from; i < to; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    /** The N taps of {@code arr} that sit on the window's own samples (dropping edge taps of an N + 2 support). */
    private static double[] onWindow(AuxiliaryWindows a, double[] arr) {
        int n = a.spec().lengthSamples();
        double[] out = new double[n];
        System.arraycopy(arr, -a.supportOffsetSamples(), out, 0, n);
        return out;
    }

    /**
     * Cosine sums are trigonometric polynomials of period P: spectral differentiation over P is exact.
     * The analytic form adds edge terms (the cut-off window's steps) on the first and last sample and
     * two taps beyond; the spectral form has none, so the comparison covers the other N − 2 samples.
     */
    @ParameterizedTest
    @EnumSource(value = WindowKind.class, names = {"HANN", "HAMMING", "BLACKMAN", "BLACKMAN_HARRIS"})
    void analyticMatchesSpectralForCosineSums(WindowKind kind) {
        for (Symmetry sym : Symmetry.values()) {
            for (int n : new int[] {64, 255, 1024, 2048}) {
                WindowSpec spec = WindowSpec.of(kind, n, sym);
                AuxiliaryWindows a = AuxiliaryWindows.of(spec, DerivativeMethod.ANALYTIC);
                AuxiliaryWindows s = AuxiliaryWindows.of(spec, DerivativeMethod.SPECTRAL);
                int edge = 1; // the analytic form's edge terms sit on the first and last samples
                double[] adh = onWindow(a, a.dh());
                double[] ad2h = onWindow(a, a.d2h());
                // 1e-9 relative: FFT round-off is ~1e-15·log2(N) relative; the bound leaves room.
                assertTrue(maxAbsDiff(adh, s.dh(), edge, n - edge) <= 1e-9 * maxAbs(adh), kind + " dh " + sym + " " + n);
                assertTrue(maxAbsDiff(ad2h, s.d2h(), edge, n - edge) <= 1e-9 * maxAbs(ad2h), kind + " d2h " + sym + " " + n);
            }
        }
    }

    /**
     * Central differences err by h‴/6 (first derivative) and h⁗/12 (second): for a cosine sum with
     * highest harmonic K the relative error is about (2πK/P)²/6. Checked against that bound ×2.
     */
    @ParameterizedTest
    @EnumSource(value = WindowKind.class, names = {"HANN", "HAMMING", "BLACKMAN", "BLACKMAN_HARRIS"})
    void centralDifferenceAgreesToSecondOrder(WindowKind kind) {
        int n = 512;
        WindowSpec spec = WindowSpec.of(kind, n);
        AuxiliaryWindows a = AuxiliaryWindows.of(spec, DerivativeMethod.ANALYTIC);
        AuxiliaryWindows c = AuxiliaryWindows.of(spec, DerivativeMethod.CENTRAL_DIFFERENCE);
        assertEquals(n + 2, c.supportSamples());
        assertEquals(-1, c.supportOffsetSamples());
        int kMax = kind.cosineCoefficients().length - 1;
        double w = 2 * Math.PI * kMax / spec.periodSamples();
        double[] cd = c.dh();
        double[] cdInner = new double[n];
        System.arraycopy(cd, 1, cdInner, 0, n);
        // interior only: the end taps of a window that does not reach zero carry its edge step
        double[] adh = onWindow(a, a.dh());
        double err = maxAbsDiff(adh, cdInner, 1, n - 1) / maxAbs(adh);
        assertTrue(err <= 2 * w * w / 6, kind + " relative error " + err + " vs bound " + w * w / 6);
    }

    @Test
    void centralDifferenceOfHannIsAntisymmetricAndEndsAtZero() {
        AuxiliaryWindows c = AuxiliaryWindows.of(WindowSpec.hann(100), DerivativeMethod.CENTRAL_DIFFERENCE);
        double[] dh = c.dh();
        for (int i = 0; i < dh.length; i++) {
            assertEquals(-dh[dh.length - 1 - i], dh[i], 1e-15);
        }
        assertEquals(0.0, c.h()[0]);
        assertEquals(0.0, c.h()[101]);
    }

    /** Smooth windows that nearly vanish at the ends: spectral ≈ analytic up to the tiny edge step. */
    @Test
    void kaiserAndGaussianAnalyticDerivativesMatchSpectralWhenTheEndsVanish() {
        // Kaiser β = 20: ends at 1/I0(20) ≈ 2.3e-8 of the peak; the periodic step is that small.
        AuxiliaryWindows ka = AuxiliaryWindows.of(WindowSpec.kaiser(1025, 20), DerivativeMethod.ANALYTIC);
        AuxiliaryWindows ks = AuxiliaryWindows.of(WindowSpec.kaiser(1025, 20), DerivativeMethod.SPECTRAL);
        assertTrue(maxAbsDiff(onWindow(ka, ka.dh()), ks.dh(), 1, 1024) <= 1e-5 * maxAbs(ka.dh()));
        // Gaussian σ = N/10: ends at e^{-12.5} ≈ 3.7e-6.
        AuxiliaryWindows ga = AuxiliaryWindows.of(WindowSpec.gaussian(1025, 102.5), DerivativeMethod.ANALYTIC);
        AuxiliaryWindows gs = AuxiliaryWindows.of(WindowSpec.gaussian(1025, 102.5), DerivativeMethod.SPECTRAL);
        assertTrue(maxAbsDiff(onWindow(ga, ga.dh()), gs.dh(), 1, 1024) <= 1e-3 * maxAbs(ga.dh()));
    }

    /** The analytic Kaiser derivative (through I₁) against a 4th-order difference of the closed form. */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 4, 9, 14})
    void kaiserAnalyticDerivativeMatchesFiniteDifferenceOfItsOwnFormula(double beta) {
        int n = 4001; // large N: the 4th-order difference errs by ~ (π/P)^4 ≈ 4e-13 relative
        AuxiliaryWindows a = AuxiliaryWindows.of(WindowSpec.kaiser(n, beta));
        double[] h = onWindow(a, a.h());
        double[] dh = onWindow(a, a.dh());
        double[] d2h = onWindow(a, a.d2h());
        for (int i = 2; i < n - 2; i += 97) {
            double fd = (-h[i + 2] + 8 * h[i + 1] - 8 * h[i - 1] + h[i - 2]) / 12;
            assertEquals(fd, dh[i], 1e-9 * maxAbs(dh));
            double fd2 = (-h[i + 2] + 16 * h[i + 1] - 30 * h[i] + 16 * h[i - 1] - h[i - 2]) / 12;
            assertEquals(fd2, d2h[i], 1e-6 * maxAbs(d2h));
        }
    }

    @Test
    void auxiliaryWindowsAreRampsAboutTheCentre() {
        AuxiliaryWindows a = AuxiliaryWindows.of(WindowSpec.of(WindowKind.BLACKMAN, 256));
        double c = a.centreSamples();
        assertEquals(127.5 - a.supportOffsetSamples(), c);
        double[] h = a.h();
        double[] th = a.th();
        double[] dh = a.dh();
        double[] tdh = a.tdh();
        int l = a.supportSamples();
        for (int i = 0; i < l; i++) {
            assertEquals((i - c) * h[i], th[i], 1e-15);
            assertEquals((i - c) * dh[i], tdh[i], 1e-15);
            assertEquals(h[i], h[l - 1 - i], 1e-15);
            assertEquals(-dh[i], dh[l - 1 - i], 1e-15);
        }
        AuxiliaryWindows periodic = AuxiliaryWindows.of(WindowSpec.of(WindowKind.HANN, 256, Symmetry.PERIODIC));
        assertEquals(128.0, periodic.spec().centreSamples());
        assertEquals(128.0 - periodic.supportOffsetSamples(), periodic.centreSamples());
    }

    /** Textbook figures (Harris 1978; Nuttall 1981), measured from our own sampled windows. */
    @Test
    void metricsMatchTheTextbook() {
        WindowMetrics hann = AuxiliaryWindows.of(WindowSpec.of(WindowKind.HANN, 2048, Symmetry.PERIODIC)).metrics();
        assertEquals(0.5, hann.coherentGain(), 1e-9);
        assertEquals(1.5, hann.enbwBins(), 1e-9);
        assertEquals(4.0, hann.mainLobeWidthBins(), 0.05); // grid step 1/64 bin
        assertEquals(-31.47, hann.highestSidelobeDb(), 0.1);
        WindowMetrics hamming = AuxiliaryWindows.of(WindowSpec.of(WindowKind.HAMMING, 2048, Symmetry.PERIODIC)).metrics();
        assertEquals(1.363, hamming.enbwBins(), 0.002);
        assertEquals(-42.7, hamming.highestSidelobeDb(), 0.5);
        WindowMetrics blackman = AuxiliaryWindows.of(WindowSpec.of(WindowKind.BLACKMAN, 2048, Symmetry.PERIODIC)).metrics();
        assertEquals(1.727, blackman.enbwBins(), 0.002);
        assertEquals(-58.1, blackman.highestSidelobeDb(), 0.5);
        WindowMetrics bh = AuxiliaryWindows.of(WindowSpec.of(WindowKind.BLACKMAN_HARRIS, 2048, Symmetry.PERIODIC)).metrics();
        assertEquals(2.004, bh.enbwBins(), 0.002);
        assertEquals(-92.0, bh.highestSidelobeDb(), 0.5);
        assertEquals(8.0, bh.mainLobeWidthBins(), 0.05);
    }

    /** Kaiser–Schafer's fit: the measured highest sidelobe is within 1.5 dB of the requested level. */
    @ParameterizedTest
    @ValueSource(doubles = {30, 45, 60, 70, 90, 110})
    void kaiserBetaForSidelobeDelivers(double db) {
        double beta = WindowSpec.kaiserBetaForSidelobeDb(db);
        WindowMetrics m = AuxiliaryWindows.of(WindowSpec.kaiser(2049, beta)).metrics();
        assertEquals(-db, m.highestSidelobeDb(), 1.5);
    }

    @Test
    void windowResponseInterpolatesTheDtft() {
        AuxiliaryWindows a = AuxiliaryWindows.of(WindowSpec.hann(301));
        double[] h = a.h();
        for (double nu : new double[] {0.0, 0.0013, 0.01, 0.02, 0.031}) {
            double re = 0;
            double im = 0;
            for (int n = 0; n < h.length; n++) {
                re += h[n] * Math.cos(nu * n);
                im -= h[n] * Math.sin(nu * n);
            }
            // cubic interpolation on a 1/64-bin grid: ~1e-7 of the peak
            assertEquals(Math.hypot(re, im), a.response().magnitude(nu), 1e-6 * a.sumH());
        }
    }

    @Test
    void badSpecsAreRejectedWithTheParameterNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WindowSpec.hann(2)).getMessage().contains("windowSamples"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WindowSpec.hann(-5)).getMessage().contains("windowSamples"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WindowSpec.kaiser(64, -1)).getMessage().contains("kaiserBeta"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WindowSpec.gaussian(64, 0)).getMessage().contains("sigma"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WindowKind.parse("boxcar")).getMessage().contains("boxcar"));
    }

    @Test
    void toStringShowsShapeNotArrays() {
        String s = AuxiliaryWindows.of(WindowSpec.hann(4096)).toString();
        assertTrue(s.length() < 200, s);
        assertTrue(s.contains("4096"));
    }
}
