package tfr.signals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WhiteNoiseTest {
    private static final int N = 100_000;

    private static double[] render(double rms, long seed, int frames) {
        double[] out = new double[frames];
        new WhiteNoise(rms, seed).addTo(out, 48_000);
        return out;
    }

    @Test
    void sameSeedGivesIdenticalSamplesAndALongerRenderExtendsAShorterOne() {
        double[] a = render(0.2, 42, N);
        assertArrayEquals(a, render(0.2, 42, N), 0.0);
        assertArrayEquals(Arrays.copyOf(a, 999), render(0.2, 42, 999), 0.0); // odd length: half a pair
    }

    @Test
    void differentSeedsGiveDifferentSamples() {
        double[] a = render(0.2, 42, N);
        double[] b = render(0.2, 43, N);
        int equal = 0;
        for (int n = 0; n < N; n++) {
            if (a[n] == b[n]) {
                equal++;
            }
        }
        assertEquals(0, equal); // independent continuous draws coincide with probability 0
    }

    @Test
    void sampleStatisticsMatchAGaussianOfTheRequestedRms() {
        double rms = 0.3;
        double[] x = render(rms, 7, N);
        double sum = 0;
        double sumSq = 0;
        int withinOneSigma = 0;
        for (double v : x) {
            sum += v;
            sumSq += v * v;
            if (Math.abs(v) <= rms) {
                withinOneSigma++;
            }
        }
        // RMS: mean(z²) has std sqrt(2/N) = 0.0045, so the sample RMS has relative std ≈ 0.0022; the
        // 3% tolerance is ~13 standard deviations — a correct generator never fails, a wrong scale
        // (e.g. a variance/std mix-up or a uniform source of the wrong width) does.
        assertEquals(rms, Math.sqrt(sumSq / N), 0.03 * rms);
        // Mean: std rms/sqrt(N) = 0.00095; 5 std.
        assertEquals(0.0, sum / N, 5 * rms / Math.sqrt(N));
        // Gaussian shape: P(|z| <= 1) = 0.6827, binomial std sqrt(p(1−p)/N) = 0.0015; 5 std. A uniform
        // source of the same RMS would give 0.577.
        assertEquals(0.6827, (double) withinOneSigma / N, 5 * Math.sqrt(0.6827 * 0.3173 / N));
    }

    @Test
    void zeroRmsAddsNothingAndTruthIsNaN() {
        double[] x = render(0, 1, 100);
        assertArrayEquals(new double[100], x, 0.0);
        WhiteNoise w = new WhiteNoise(0.1, 5);
        assertEquals(Double.NaN, w.instantaneousFrequencyHz(0));
        assertEquals("white_noise", w.describe().get("kind"));
        assertEquals(5L, w.describe().get("seed"));
        assertEquals(0.1, w.describe().get("rms"));
    }
}
