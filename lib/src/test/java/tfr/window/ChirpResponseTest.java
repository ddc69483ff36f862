package tfr.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ChirpResponseTest {
    /** Table (bicubic) against the direct sum at random points inside the grid, every window family. */
    @ParameterizedTest
    @EnumSource(WindowKind.class)
    void tableMatchesDirectSum(WindowKind kind) {
        AuxiliaryWindows aux = AuxiliaryWindows.of(WindowSpec.of(kind, 1024));
        ChirpResponse cr = aux.chirpResponse();
        double[] t = new double[2];
        double[] d = new double[2];
        Random rnd = new Random(7);
        double worst = 0;
        for (int i = 0; i < 300; i++) {
            double nu = (rnd.nextDouble() * 2 - 1) * cr.maxOffset() * 0.99;
            double alpha = (rnd.nextDouble() * 2 - 1) * cr.maxChirpRate() * 0.99;
            cr.g(nu, alpha, t);
            ChirpResponse.direct(aux.h(), aux.centreSamples(), nu, alpha, d);
            worst = Math.max(worst, Math.hypot(t[0] - d[0], t[1] - d[1]) / aux.sumH());
        }
        // 16 points per bin and π/32 of edge phase curvature per α step: Catmull–Rom errs ~h⁴
        assertTrue(worst < 2e-5, kind + ": worst table error " + worst + " of |G(0,0)|");
    }

    @Test
    void dcValueIsWindowSumAndSymmetriesHold() {
        AuxiliaryWindows aux = AuxiliaryWindows.of(WindowSpec.hann(2048));
        ChirpResponse cr = aux.chirpResponse();
        double[] g = new double[2];
        cr.g(0, 0, g);
        assertEquals(aux.sumH(), g[0], 1e-9 * aux.sumH());
        assertEquals(0, g[1], 1e-9 * aux.sumH());
        double[] a = new double[2];
        double[] b = new double[2];
        ChirpResponse.direct(aux.h(), aux.centreSamples(), 0.003, 2e-6, a);
        ChirpResponse.direct(aux.h(), aux.centreSamples(), -0.003, -2e-6, b);
        assertEquals(a[0], b[0], 1e-9 * aux.sumH()); // G(−ν, −α) = conj G(ν, α)
        assertEquals(a[1], -b[1], 1e-9 * aux.sumH());
    }

    /**
     * Gaussian window h = exp(−n²/(2σ²)) (σ = N/10, so the truncation at ±5σ is negligible): the chirp
     * phase term is ½·atan(ασ²) and the convergence α²σ⁴/(1 + α²σ⁴) (continuous-time closed forms;
     * sampling at 1 sample with σ = 204 changes them by far less than the bounds).
     */
    @Test
    void gaussianClosedForms() {
        int n = 2048;
        double sigma = n / 10.0;
        AuxiliaryWindows aux = AuxiliaryWindows.of(WindowSpec.gaussian(n, sigma));
        ChirpResponse cr = aux.chirpResponse();
        for (double s : new double[] {0.1, 0.5, 1, 2, 5}) {
            double alpha = s / (sigma * sigma);
            assertEquals(0.5 * Math.atan(alpha * sigma * sigma), cr.phaseRad(0, alpha), 1e-4, "phase at ασ² = " + s);
            double x = alpha * alpha * Math.pow(sigma, 4);
            assertEquals(x / (1 + x), cr.convergence(alpha), 1e-3, "convergence at ασ² = " + s);
        }
        assertEquals(0, cr.convergence(0), 1e-9);
    }
}
