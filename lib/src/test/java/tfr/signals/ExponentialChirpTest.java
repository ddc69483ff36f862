package tfr.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExponentialChirpTest {
    private static final double FS = 44_100;

    @Test
    void instantaneousFrequencyStartsAtF0EndsAtF1AndIsGeometricInBetween() {
        ExponentialChirp c = new ExponentialChirp(100, 6400, 0.5, 2.5, 1, 0);
        assertEquals(100, c.instantaneousFrequencyHz(0.5), 0.0); // e^0 = 1 exactly
        // f(t) → f1 as t → endSec: one ulp before 2.5 s the exponent is 1 − 2e-16, so f is within
        // ~1e-15 relative of f1; 1e-12 relative is margin for exp/log rounding.
        assertEquals(6400, c.instantaneousFrequencyHz(Math.nextDown(2.5)), 6400 * 1e-12);
        assertEquals(800, c.instantaneousFrequencyHz(1.5), 800 * 1e-12); // sqrt(100·6400), midpoint
        assertEquals(200, c.instantaneousFrequencyHz(0.5 + 2.0 / 6), 200 * 1e-12); // one octave in
        assertEquals(3.0, c.rateOctavesPerSec(), 1e-12); // 6 octaves in 2 s
        assertEquals(Double.NaN, c.instantaneousFrequencyHz(2.5)); // the end is excluded
        assertEquals(Double.NaN, c.instantaneousFrequencyHz(0.49));
        assertEquals(0.0, c.amplitudeAt(2.5));
    }

    @Test
    void samplesFollowTheNumericalIntegralOfTheInstantaneousFrequency() {
        ExponentialChirp c = new ExponentialChirp(50, 12_000, 0.1, 1.9, 0.6, -0.4);
        int frames = (int) (2 * FS);
        double[] out = new double[frames];
        c.addTo(out, FS);
        int first = 0;
        while (first / FS < 0.1) {
            first++; // the first sample the half-open interval [0.1, 1.9) contains
        }
        double[] cycles = Numeric.cumulativeIntegral(c::instantaneousFrequencyHz, 0.1, first, frames, FS);
        double worst = 0;
        for (int n = first; n < frames; n++) {
            double t = n / FS;
            if (t >= 1.9) {
                assertEquals(0.0, out[n], 0.0, "silent after endSec, n=" + n);
                continue;
            }
            double expected = 0.6 * Math.cos(2 * Math.PI * cycles[n] - 0.4);
            worst = Math.max(worst, Math.abs(expected - out[n]));
        }
        for (int n = 0; n < first; n++) {
            assertEquals(0.0, out[n], 0.0);
        }
        // Simpson with 4 steps per sample has truncation ~1e-20 cycles per sample for this smooth IF;
        // the compensated running sum keeps ~1e-13 cycles over ~9000 cycles. So the two agree to
        // ~1e-12 rad × 0.6; 1e-9 leaves room while still catching any wrong phase law.
        assertTrue(worst < 1e-9, "worst sample error " + worst);
    }

    @Test
    void equalEndFrequenciesGiveASteadyToneAndNearlyEqualOnesStayContinuous() {
        ExponentialChirp flat = new ExponentialChirp(1000, 1000, 0.0, 1.0, 1, 0.2);
        ExponentialChirp almost = new ExponentialChirp(1000, 1000 * (1 + 1e-12), 0.0, 1.0, 1, 0.2);
        double[] a = new double[(int) FS];
        double[] b = new double[(int) FS];
        flat.addTo(a, FS);
        almost.addTo(b, FS);
        for (int n = 0; n < a.length; n += 7) {
            assertEquals(Math.cos(2 * Math.PI * 1000 * n / FS + 0.2), a[n], 1e-10); // naive reference: ~1e-12 rad
            // The 1e-12 relative sweep shifts the phase by at most 2π·1000·0.5e-12 ≈ 3e-9 rad.
            assertEquals(a[n], b[n], 1e-8);
        }
    }
}
