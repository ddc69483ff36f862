package tfr.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SinusoidTest {
    // Both the generator (double-double) and the reference (60-digit decimal) reduce the phase to a
    // fraction of a cycle exactly before the cosine, so they agree to ~1e-15; 1e-12 leaves margin for
    // libm rounding and holds for any n (no drift with time).
    private static final double SAMPLE_TOL = 1e-12;

    @Test
    void samplesEqualTheClosedFormCosineAtEverySampleEvenAfterMillionsOfCycles() {
        double fs = 44_100;
        double freqHz = 1234.5678901;
        double amplitude = 0.8;
        double phaseRad = 0.37;
        double[] out = new double[1 << 20]; // 23.8 s: 29 000 cycles
        new Sinusoid(freqHz, amplitude, phaseRad).addTo(out, fs);
        BigDecimal f = new BigDecimal(freqHz);
        for (int n = 0; n < out.length; n += 97) {
            double cycles = Numeric.fraction(f.multiply(Numeric.sampleTime(n, fs), Numeric.MC));
            double expected = amplitude * Math.cos(2 * Math.PI * cycles + phaseRad);
            assertEquals(expected, out[n], SAMPLE_TOL, "n=" + n);
        }
        int last = out.length - 1;
        double cycles = Numeric.fraction(f.multiply(Numeric.sampleTime(last, fs), Numeric.MC));
        assertEquals(amplitude * Math.cos(2 * Math.PI * cycles + phaseRad), out[last], SAMPLE_TOL);
    }

    @Test
    void shortSignalsMatchTheTextbookFormulaDirectly() {
        // For n < 4410 the argument 2πfn/fs stays below ~2.8e3 rad, where evaluating it naively in
        // double is itself accurate to ~5e-13 rad; so the plain formula is a valid reference at 1e-12.
        double fs = 44_100;
        double[] out = new double[4410];
        new Sinusoid(440, 1.0, -1.0).addTo(out, fs);
        for (int n = 0; n < out.length; n++) {
            assertEquals(Math.cos(2 * Math.PI * 440 * n / fs - 1.0), out[n], SAMPLE_TOL);
        }
    }

    @Test
    void addsToExistingContent() {
        double[] out = new double[64];
        java.util.Arrays.fill(out, 0.25);
        new Sinusoid(1000, 0.5, 0).addTo(out, 8000);
        assertEquals(0.75, out[0], 1e-15); // cos 0 = 1: 0.25 + 0.5, exact up to one rounding
        assertEquals(0.25 + 0.5 * Math.cos(2 * Math.PI / 8), out[1], 1e-15);
    }

    @Test
    void truthIsConstantFrequencyAmplitudeAndLinearPhase() {
        Sinusoid s = new Sinusoid(100, 0.5, 0.25);
        assertEquals(100, s.instantaneousFrequencyHz(12.3));
        assertEquals(0.5, s.amplitudeAt(-4));
        // φ(t) = 2π·100·t + 0.25; at t = 0.0125 s that is 2.5π + 0.25 ≡ π/2 + 0.25 (exact to ~1e-15).
        assertEquals(Math.PI / 2 + 0.25, s.phaseRadAt(0.0125), 1e-12);
        // 101 Hz at t = 1048576.25 s (exactly representable): 105906201.25 cycles. Only the quarter
        // cycle survives, and the double-double product keeps it exact: no loss after 1e8 cycles.
        Sinusoid late = new Sinusoid(101, 0.5, 0.25);
        assertEquals(Math.PI / 2 + 0.25, late.phaseRadAt(1048576.25), 1e-12);
    }

    @Test
    void rejectsFrequenciesAtOrAboveNyquist() {
        Sinusoid atNyquist = new Sinusoid(4000, 1, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> atNyquist.addTo(new double[8], 8000));
        assertTrue(e.getMessage().startsWith("freqHz must be below the Nyquist"), e.getMessage());
    }

    @Test
    void describesItselfWithUnitKeys() {
        Map<String, Object> d = new Sinusoid(440, 0.5, 0.1).describe();
        assertEquals("sinusoid", d.get("kind"));
        assertEquals(440.0, d.get("freq_hz"));
        assertEquals(0.5, d.get("amplitude"));
        assertEquals(0.1, d.get("phase_rad"));
    }
}
