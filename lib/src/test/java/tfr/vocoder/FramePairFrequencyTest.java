package tfr.vocoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tfr.vocoder.VocoderFixtures.FS;

import org.junit.jupiter.api.Test;
import tfr.reassign.ReassignOrder;
import tfr.reassign.ReassignParams;
import tfr.reassign.ReassignedFrame;
import tfr.reassign.Reassigner;
import tfr.stft.FrameParams;
import tfr.stft.SignalModel;
import tfr.window.WindowSpec;

class FramePairFrequencyTest {
    static final double F0 = 1000.3;

    static double[] tone(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.5 * Math.cos(2 * Math.PI * F0 * i / FS + 0.4);
        }
        return x;
    }

    /** 0.5·cos(2π(1000 t + ½·2000 t²)): a linear chirp at 2 kHz/s. */
    static double[] chirp(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / FS;
            x[i] = 0.5 * Math.cos(2 * Math.PI * (1000 * t + 1000 * t * t));
        }
        return x;
    }

    @Test
    void readsASteadyToneInEveryBinOfTheMainLobe() {
        double[] x = tone(44100);
        for (SignalModel model : SignalModel.values()) {
            FrameParams fp = FrameParams.of(WindowSpec.hann(2048), 256, FS).withSignal(model);
            FramePairFrequency pf = PhaseVocoder.instantaneousFrequency(x, fp, 80);
            int p = pf.peakBin();
            assertEquals(46, p);
            assertEquals(fp.frameTimeSamples(79), pf.firstTimeSamples(), 0);
            assertEquals(fp.frameTimeSamples(80), pf.secondTimeSamples(), 0);
            assertEquals(0.5, pf.magnitude(p), 0.5 * 0.16); // Hann scalloping at 0.45 bin ≤ 1.4 dB
            // measured (bins p−2..p+2): real ≤ 7.6e-4 Hz (the negative-frequency image), analytic ≤ 3e-8 Hz
            double tol = model == SignalModel.REAL ? 2e-3 : 1e-6;
            for (int k = p - 2; k <= p + 2; k++) {
                assertEquals(F0, pf.freqHz(k), tol, model + " bin " + k);
            }
        }
    }

    @Test
    void aliasesOnceTheDeviationTimesTheHopExceedsPi() {
        double[] x = tone(44100);
        // hop = M: only a deviation below half a bin is unambiguous; other bins alias by fs/H = 21.53 Hz
        FrameParams fp = FrameParams.of(WindowSpec.hann(2048), 2048, FS).withSignal(SignalModel.ANALYTIC);
        FramePairFrequency pf = PhaseVocoder.instantaneousFrequency(x, fp, 10);
        int p = pf.peakBin(); // the tone is 0.455 bin above bin 46's centre
        assertEquals(F0, pf.freqHz(p), 1e-6);
        double alias = FS / 2048;
        for (int d = 1; d <= 3; d++) {
            // the deviation 2π(p + 0.455 − k) wraps to 2π·0.455: bin k reports F0 + (k − p)·fs/H
            assertEquals(F0 + d * alias, pf.freqHz(p + d), 1e-5, "bin p+" + d);
            assertEquals(F0 - d * alias, pf.freqHz(p - d), 1e-5, "bin p-" + d);
        }
    }

    /**
     * The difference quotient converges to the reassigned ω̂ at the same bin: to second order in H at
     * the midpoint between the frames, to first order at the later frame. Measured on a 2 kHz/s chirp
     * (analytic, Hann 2048, peak bin): midpoint error 2.5e-4 Hz (H = 32), 9.9e-4 (64), 3.96e-3 (128);
     * later-frame error −0.379, −0.758, −1.516 Hz.
     */
    @Test
    void convergesToTheReassignedFrequencyAsTheHopShrinks() {
        double[] x = chirp(44100);
        FrameParams every = FrameParams.of(WindowSpec.hann(2048), 1, FS).withSignal(SignalModel.ANALYTIC);
        Reassigner reassigner = new Reassigner(new ReassignParams(every, ReassignOrder.FIRST, -120), 1);
        ReassignedFrame frame = reassigner.newFrame();
        double[] mid = new double[3];
        double[] late = new double[3];
        int[] hops = {32, 64, 128};
        for (int i = 0; i < hops.length; i++) {
            int h = hops[i];
            FrameParams fp = FrameParams.of(WindowSpec.hann(2048), h, FS).withSignal(SignalModel.ANALYTIC);
            long start = 22050 - 1023 - h / 2;
            FramePairFrequency pf = PhaseVocoder.instantaneousFrequencyFromStart(x, fp, start);
            int k = pf.peakBin();
            // frame m of the hop-1 framing is centred on m + 0.5 (symmetric Hann, c = 1023.5)
            reassigner.frame(x, (int) Math.round(pf.midTimeSamples() - 0.5), frame);
            assertEquals(pf.midTimeSamples() / FS, frame.frameTimeSec(), 1e-12);
            mid[i] = pf.freqHz(k) - frame.freqHz(k);
            reassigner.frame(x, (int) Math.round(pf.secondTimeSamples() - 0.5), frame);
            late[i] = pf.freqHz(k) - frame.freqHz(k);
        }
        for (int i = 1; i < hops.length; i++) {
            // doubling H: ×4 at the midpoint (second order), ×2 at the later frame (first order); ±10 %
            assertEquals(4, mid[i] / mid[i - 1], 0.4, "midpoint error ratio");
            assertEquals(2, late[i] / late[i - 1], 0.2, "later-frame error ratio");
        }
        assertTrue(Math.abs(mid[0]) < 1e-3, "midpoint error at H = 32: " + mid[0]);
    }

    @Test
    void validatesAndDescribes() {
        FrameParams fp = FrameParams.of(WindowSpec.hann(256), 64, FS);
        assertThrows(IllegalArgumentException.class, () -> PhaseVocoder.instantaneousFrequency(null, fp, 1));
        assertThrows(IllegalArgumentException.class, () -> PhaseVocoder.instantaneousFrequency(new double[100], null, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FramePairFrequency(fp, 0, new double[3], new double[129]));
        assertTrue(e.getMessage().startsWith("omegaRadPerSample and magnitude"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PhaseVocoder.frequencyFromPhases(0, 1, 0.1, 0));
        FramePairFrequency pf = PhaseVocoder.instantaneousFrequency(tone(2000), fp, 5);
        double[] w = pf.omegaRadPerSample();
        w[0] = 99;
        assertTrue(pf.omegaRadPerSample(0) != 99, "defensive copy");
        assertTrue(pf.toString().contains("129 bins") && pf.toString().contains("hop 64"), pf.toString());
        // silent frames have no phase: NaN, not a made-up number
        assertTrue(Double.isNaN(PhaseVocoder.instantaneousFrequency(new double[2000], fp, 5).omegaRadPerSample(3)));
    }
}
