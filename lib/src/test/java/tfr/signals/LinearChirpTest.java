package tfr.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinearChirpTest {
    private static final double FS = 44_100;
    // Generator (double-double) and reference (60-digit decimal) both reduce to a fraction of a cycle
    // before the cosine: they agree to ~1e-15; 1e-12 is margin for libm rounding.
    private static final double SAMPLE_TOL = 1e-12;

    private static double referenceSample(LinearChirp c, int n) {
        BigDecimal tau = Numeric.sampleTime(n, FS).subtract(new BigDecimal(c.startSec()), Numeric.MC);
        BigDecimal rate = new BigDecimal(c.f1Hz()).subtract(new BigDecimal(c.f0Hz()))
                .divide(new BigDecimal(c.endSec()).subtract(new BigDecimal(c.startSec())), Numeric.MC);
        BigDecimal cycles = tau.multiply(new BigDecimal(c.f0Hz())
                .add(rate.multiply(tau, Numeric.MC).multiply(new BigDecimal("0.5"))), Numeric.MC);
        return c.amplitude() * Math.cos(2 * Math.PI * Numeric.fraction(cycles) + c.phaseRad());
    }

    @Test
    void samplesEqualTheClosedFormPhaseIntegral() {
        LinearChirp c = new LinearChirp(200, 18_000, 0.1, 2.9, 0.7, 1.1);
        double[] out = new double[(int) (3 * FS)];
        c.addTo(out, FS);
        int checked = 0;
        for (int n = 0; n < out.length; n++) {
            double t = n / FS;
            if (t >= 0.1 && t < 2.9) {
                assertEquals(referenceSample(c, n), out[n], SAMPLE_TOL, "n=" + n);
                checked++;
            }
        }
        assertTrue(checked > 120_000);
    }

    @Test
    void phaseIncrementOfTheAnalyticSignalIsTwoPiTimesTheMidpointFrequency() {
        // Rendering the chirp with phase φ₀ and φ₀ − π/2 gives cos φ and sin φ: the analytic signal
        // z = e^{jφ}. For a linear IF, φ(t+Δ) − φ(t) = 2πΔ·f(t + Δ/2) exactly.
        double phase0 = 0.3;
        LinearChirp cos = new LinearChirp(50, 20_000, 0.0, 1.0, 1.0, phase0);
        LinearChirp sin = new LinearChirp(50, 20_000, 0.0, 1.0, 1.0, phase0 - Math.PI / 2);
        double[] re = new double[(int) FS];
        double[] im = new double[(int) FS];
        cos.addTo(re, FS);
        sin.addTo(im, FS);
        double worst = 0;
        for (int n = 0; n + 1 < re.length; n++) {
            double increment = Math.atan2(im[n + 1] * re[n] - re[n + 1] * im[n], re[n + 1] * re[n] + im[n + 1] * im[n]);
            double expected = 2 * Math.PI / FS * cos.instantaneousFrequencyHz((n + 0.5) / FS);
            worst = Math.max(worst, Math.abs(increment - expected));
        }
        // Samples are exact to ~1e-15, so the angle between unit phasors is exact to a few 1e-15 rad;
        // 1e-10 rad is far above that and far below any drift (20 kHz × 1 s would show ~1e-9 rad per
        // ulp of accumulated phase).
        assertTrue(worst < 1e-10, "worst increment error " + worst);
    }

    @Test
    void silentOutsideItsHalfOpenInterval() {
        double start = 100 / FS;
        double end = 200 / FS; // the sample at exactly endSec is silent
        LinearChirp c = new LinearChirp(1000, 2000, start, end, 1.0, 0.0);
        double[] out = new double[300];
        c.addTo(out, FS);
        for (int n = 0; n < out.length; n++) {
            if (n < 100 || n >= 200) {
                assertEquals(0.0, out[n], 0.0, "n=" + n);
            }
        }
        assertEquals(1.0, out[100], 1e-15); // cos(phaseRad = 0) at the start sample
        assertEquals(Double.NaN, c.instantaneousFrequencyHz(end));
        assertEquals(0.0, c.amplitudeAt(end));
        assertEquals(1.0, c.amplitudeAt(start));
        assertEquals(Double.NaN, c.phaseRadAt(start - 1e-9));
    }

    @Test
    void instantaneousFrequencyIsLinearBetweenTheEndFrequencies() {
        LinearChirp c = new LinearChirp(200, 2000, 1.0, 3.0, 0.5, 0);
        assertEquals(200, c.instantaneousFrequencyHz(1.0), 0.0);
        assertEquals(1100, c.instantaneousFrequencyHz(2.0), 1e-12); // (200 + 2000)/2
        assertEquals(2000, c.instantaneousFrequencyHz(Math.nextDown(3.0)), 1e-9); // limit at the end
        assertEquals(900, c.rateHzPerSec(), 0.0);
        assertEquals(0.0, c.phaseRadAt(1.0), 0.0);
        // φ(2) = 2π(200·1 + 900·1/2) = 2π·650 ≡ 0
        assertEquals(0.0, c.phaseRadAt(2.0), 1e-12);
        // φ(1.5) = 2π(200·0.5 + 900·0.125) = 2π·212.5 ≡ π
        assertEquals(Math.PI, Math.abs(c.phaseRadAt(1.5)), 1e-12);
    }

    @Test
    void rejectsAnEndFrequencyAboveNyquist() {
        LinearChirp c = new LinearChirp(100, 5000, 0, 1, 1, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.addTo(new double[10], 8000));
        assertTrue(e.getMessage().startsWith("f1Hz must be below the Nyquist frequency"), e.getMessage());
    }

    @Test
    void describesRateAndTimes() {
        Map<String, Object> d = new LinearChirp(200, 2000, 0, 2, 0.5, 0).describe();
        assertEquals("linear_chirp", d.get("kind"));
        assertEquals(900.0, d.get("rate_hz_per_s"));
        assertEquals(0.0, d.get("start_sec"));
        assertEquals(2.0, d.get("end_sec"));
        assertEquals(200.0, d.get("f0_hz"));
        assertEquals(2000.0, d.get("f1_hz"));
    }
}
