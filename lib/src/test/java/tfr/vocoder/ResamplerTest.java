package tfr.vocoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tfr.vocoder.VocoderFixtures.FS;
import static tfr.vocoder.VocoderFixtures.relativeMaxError;

import org.junit.jupiter.api.Test;

class ResamplerTest {
    static double[] tone(int n, double fs, double freqHz, double amp, double phase) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = amp * Math.cos(2 * Math.PI * freqHz * i / fs + phase);
        }
        return x;
    }

    static double rms(double[] y, int from, int to) {
        double p = 0;
        for (int i = from; i < to; i++) {
            p += y[i] * y[i];
        }
        return Math.sqrt(p / (to - from));
    }

    /**
     * Against the analytic tone at the new rate, away from the edges (one kernel half-width).
     * Kaiser β = 10 gives ~100 dB stopband and ~1e-5 passband ripple: measured max errors 4e-7 to
     * 7.6e-6 relative for tones up to 0.43·fs across the four ratios; the limit is 3e-5.
     */
    @Test
    void reproducesPassbandTonesAtTheNewRate() {
        Resampler rs = Resampler.withDefaults();
        double[][] cases = {
            {48000.0 / 44100, 100}, {48000.0 / 44100, 5000}, {48000.0 / 44100, 19000},
            {1 / 1.2, 1000}, {1 / 1.2, 15000}, {1.5, 10000}, {0.5, 5000}, {0.5, 9000},
        };
        for (double[] c : cases) {
            double ratio = c[0];
            double f = c[1];
            double[] x = tone(22050, FS, f, 0.5, 0.7);
            double[] y = rs.resample(x, ratio);
            assertEquals(Math.round(22050 * ratio), y.length);
            double[] ref = tone(y.length, FS * ratio, f, 0.5, 0.7);
            int guard = (int) Math.ceil(rs.halfWidthInputSamples(ratio) * ratio) + 2;
            double err = relativeMaxError(y, ref, guard, y.length - guard);
            assertTrue(err < 3e-5, "ratio " + ratio + ", " + f + " Hz: relative error " + err);
        }
    }

    /** Down-sampling removes what would alias: measured −109 dB (19 kHz at 1/1.2) and below. */
    @Test
    void suppressesWhatWouldAlias() {
        Resampler rs = Resampler.withDefaults();
        double[][] cases = {{1 / 1.2, 19000}, {1 / 1.2, 21000}, {0.5, 12000}, {0.5, 20000}};
        for (double[] c : cases) {
            double[] x = tone(22050, FS, c[1], 0.5, 0);
            double[] y = rs.resample(x, c[0]);
            int guard = (int) Math.ceil(rs.halfWidthInputSamples(c[0]) * c[0]) + 2;
            double db = 20 * Math.log10(rms(y, guard, y.length - guard) / (0.5 / Math.sqrt(2)));
            // 90 dB: 10 dB margin under Kaiser's ~99 dB design figure
            assertTrue(db < -90, "ratio " + c[0] + ", " + c[1] + " Hz leaks " + db + " dB");
        }
    }

    @Test
    void exactPositionsAndIdentity() {
        Resampler rs = Resampler.withDefaults();
        double[] x = tone(5000, FS, 3000, 0.5, 0.2);
        assertArrayEquals(x, rs.resample(x, 1.0), 0.0);
        // ratio 2: even outputs sit on input samples; a passband tone comes back within the ripple
        double[] y = rs.resample(x, 2.0);
        assertEquals(10000, y.length);
        double worst = 0;
        for (int n = 400; n < 9600; n += 2) {
            worst = Math.max(worst, Math.abs(y[n] - x[n / 2]));
        }
        assertTrue(worst < 1e-5, "on-sample error " + worst);
        // explicit output length: positions past the input read zeros
        double[] z = rs.resample(x, 0.5, 4000);
        assertEquals(4000, z.length);
        assertEquals(0.0, z[3999], 0.0);
        assertEquals(0.5, rs.cutoffCyclesPerInputSample(2.0) / 0.95, 1e-15);
        assertEquals(0.25, rs.cutoffCyclesPerInputSample(0.5) / 0.95, 1e-15);
    }

    @Test
    void besselMatchesKnownValues() {
        // Abramowitz & Stegun table 9.8: I0(1) = 1.266065878, I0(5) = 27.23987182
        assertEquals(1.2660658777520082, Resampler.besselI0(1), 1e-14);
        assertEquals(27.239871823604442, Resampler.besselI0(5), 1e-11);
        assertEquals(1.0, Resampler.besselI0(0), 0);
    }

    @Test
    void validatesParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ResamplerParams(2, 10, 0.9));
        assertTrue(e.getMessage().startsWith("zeroCrossings"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ResamplerParams(64, -1, 0.9));
        assertTrue(e.getMessage().startsWith("kaiserBeta"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new ResamplerParams(64, 10, 1.2));
        assertTrue(e.getMessage().startsWith("cutoffFraction"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ResamplerParams(64, 10, Double.NaN));
        Resampler rs = Resampler.withDefaults();
        e = assertThrows(IllegalArgumentException.class, () -> rs.resample(new double[4], 0));
        assertTrue(e.getMessage().startsWith("ratio"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> rs.resample(new double[4], Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> rs.resample(null, 2));
        assertThrows(IllegalArgumentException.class, () -> rs.resample(new double[4], 2, -1));
        assertThrows(IllegalArgumentException.class, () -> rs.resample(new double[] {Double.NaN}, 2));
        assertThrows(IllegalArgumentException.class, () -> new Resampler(null));
        assertTrue(rs.toString().contains("64 zero crossings"), rs.toString());
    }
}
