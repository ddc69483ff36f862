package tfr.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tfr.reassign.ReassignOrder;
import tfr.reassign.ReassignParams;
import tfr.reassign.ReassignedFrame;
import tfr.reassign.Reassigner;
import tfr.stft.FrameParams;
import tfr.stft.SignalModel;
import tfr.window.WindowKind;
import tfr.window.WindowSpec;

/**
 * Breakpoints read at the reassigned point match the analytic truth: amplitude and phase of off-bin
 * tones and of linear chirps, for every window; and the chirp term is what makes chirps right.
 * The analytic signal model removes the negative-frequency image, so the bounds test the model itself.
 */
class BreakpointEstimatorTest {
    static final double FS = 44100;

    static double[] chirp(int length, double f0, double rate, double amp, double phase) {
        double[] x = new double[length];
        for (int n = 0; n < length; n++) {
            double t = n / FS;
            x[n] = amp * Math.cos(2 * Math.PI * (f0 * t + 0.5 * rate * t * t) + phase);
        }
        return x;
    }

    /**
     * Worst |phase error| and |amp error| (dB) over the peak bins of frames 3..12, reading with the
     * chirp rate {@code given} (NaN: each frame's own α̂).
     */
    static double[] worst(double[] x, FrameParams fp, PhaseCorrection c, double f0, double rate, double amp, double phase,
                          double given) {
        Reassigner r = new Reassigner(new ReassignParams(fp, ReassignOrder.SECOND, -200), 1);
        BreakpointEstimator est = new BreakpointEstimator(fp);
        ReassignedFrame f = r.newFrame();
        double[] out = new double[4];
        double wp = 0;
        double wa = 0;
        for (int m = 3; m <= 12; m++) {
            r.frame(x, m, f);
            int k = 0;
            for (int j = 1; j < f.binCount(); j++) {
                if (f.valid(j) && (!f.valid(k) || f.power(j) > f.power(k))) {
                    k = j;
                }
            }
            if (Double.isNaN(given)) {
                est.estimate(f, k, c, out);
            } else {
                est.estimate(f.frameTimeSec(), k, f.timeSec(k), f.freqHz(k), f.spectrumRe(k), f.spectrumIm(k), given, c, out);
            }
            double t = out[BreakpointEstimator.TIME_SEC];
            double truth = 2 * Math.PI * (f0 * t + 0.5 * rate * t * t) + phase;
            wp = Math.max(wp, Math.abs(Math.IEEEremainder(out[BreakpointEstimator.PHASE_RAD] - truth, 2 * Math.PI)));
            wa = Math.max(wa, Math.abs(20 * Math.log10(out[BreakpointEstimator.AMP] / amp)));
        }
        return new double[] {wp, wa};
    }

    @ParameterizedTest
    @EnumSource(value = WindowKind.class, names = {"HANN", "HAMMING", "BLACKMAN", "BLACKMAN_HARRIS", "KAISER", "GAUSSIAN"})
    void offBinToneIsExactInEveryWindow(WindowKind kind) {
        FrameParams fp = FrameParams.of(WindowSpec.of(kind, 2048), 512, FS).withSignal(SignalModel.ANALYTIC);
        double[] x = chirp(16384, 1000.37, 0, 0.5, 0.7);
        double[] w = worst(x, fp, PhaseCorrection.CHIRP, 1000.37, 0, 0.5, 0.7, 0.0);
        // given the chirp rate (as the tracker supplies it), errors come only from the table and rounding
        assertTrue(w[0] < 1e-4, kind + ": phase error " + w[0] + " rad");
        assertTrue(w[1] < 1e-3, kind + ": amplitude error " + w[1] + " dB");
    }

    @ParameterizedTest
    @EnumSource(value = WindowKind.class, names = {"HANN", "HAMMING", "BLACKMAN", "BLACKMAN_HARRIS", "KAISER", "GAUSSIAN"})
    void linearChirpNeedsTheChirpTerm(WindowKind kind) {
        FrameParams fp = FrameParams.of(WindowSpec.of(kind, 2048), 512, FS).withSignal(SignalModel.ANALYTIC);
        double rate = 3000;
        double[] x = chirp(16384, 600, rate, 0.5, 0.2);
        double[] full = worst(x, fp, PhaseCorrection.CHIRP, 600, rate, 0.5, 0.2, rate);
        double[] loris = worst(x, fp, PhaseCorrection.REASSIGNED, 600, rate, 0.5, 0.2, rate);
        // 1e-3 rad ≈ −60 dB of error; the omitted chirp term at 3 kHz/s is 0.1–1 rad depending on the window
        assertTrue(full[0] < 1e-3, kind + ": phase error with the chirp term " + full[0] + " rad");
        assertTrue(full[1] < 0.01, kind + ": amplitude error with the chirp term " + full[1] + " dB");
        assertTrue(loris[0] > 50 * full[0], kind + ": without the chirp term " + loris[0] + " rad vs " + full[0]);
    }

    /**
     * With each frame's own α̂ (no tracking): exact enough for windows that reach zero at their ends.
     * Windows cut above zero (Hamming, Gaussian) have an α̂ that is biased by the edge steps of h″ —
     * 2e-3 rad on a tone — which is why partials re-read their phase with the track's chirp rate.
     */
    @ParameterizedTest
    @EnumSource(value = WindowKind.class, names = {"HANN", "BLACKMAN", "BLACKMAN_HARRIS", "KAISER"})
    void frameChirpRateSufficesForWindowsThatReachZero(WindowKind kind) {
        FrameParams fp = FrameParams.of(WindowSpec.of(kind, 2048), 512, FS).withSignal(SignalModel.ANALYTIC);
        double[] x = chirp(16384, 600, 3000, 0.5, 0.2);
        double[] w = worst(x, fp, PhaseCorrection.CHIRP, 600, 3000, 0.5, 0.2, Double.NaN);
        assertTrue(w[0] < 2e-3, kind + ": phase error " + w[0] + " rad");
    }

    @ParameterizedTest
    @EnumSource(PhaseCorrection.class)
    void realSignalToneAtReassignedTime(PhaseCorrection c) {
        FrameParams fp = FrameParams.of(WindowSpec.hann(2048), 512, FS);
        double[] x = chirp(16384, 1000.37, 0, 0.5, 0.7);
        double[] w = worst(x, fp, c, 1000.37, 0, 0.5, 0.7, Double.NaN);
        // steady tone: t̂ = t, so even NONE is right; the real signal's image costs ~1e-3 rad with the
        // frame's own α̂ (CHIRP) and ~1e-6 without it
        assertTrue(w[0] < 5e-3, c + ": phase error " + w[0]);
        assertEquals(0, w[1], 0.005, c + ": amplitude error (dB)");
    }
}
