package tfr.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tfr.reassign.ReassignOrder;
import tfr.reassign.ReassignParams;
import tfr.reassign.ReassignedFrame;
import tfr.reassign.Reassigner;
import tfr.stft.FrameParams;
import tfr.window.WindowSpec;

/** Amplitude and phase in frames cut by the signal's start, for three tones at once, real signal. */
class EdgeFitTest {
    static final double FS = 44100;

    @Test
    void threeTonesAtTheStartAreFittedExactly() {
        FrameParams fp = FrameParams.of(WindowSpec.hann(2048), 512, FS);
        double[] f = {220.7, 445.1, 1310.2};
        double[] a = {0.3, 0.1, 0.02};
        double[] ph = {0.4, -2.0, 2.9};
        double[] x = new double[20000];
        for (int n = 0; n < x.length; n++) {
            for (int i = 0; i < 3; i++) {
                x[n] += a[i] * Math.cos(2 * Math.PI * f[i] * n / FS + ph[i]);
            }
        }
        Reassigner r = new Reassigner(new ReassignParams(fp, ReassignOrder.FIRST, -200), 1);
        EdgeFit fit = new EdgeFit(fp);
        assertFalse(fit.isFull(0, x.length));
        assertFalse(fit.isFull(1, x.length));
        assertTrue(fit.isFull(2, x.length));
        ReassignedFrame frame = r.newFrame();
        for (int m = 0; m <= 1; m++) {
            r.frame(x, m, frame);
            double[] amp = new double[3];
            double[] phase = new double[3];
            fit.fit(frame, x.length, f, new double[3], amp, phase);
            double t = frame.frameTimeSec();
            for (int i = 0; i < 3; i++) {
                // the model (both images included) is exact: only rounding remains
                assertEquals(a[i], amp[i], 1e-9, "amplitude of tone " + i + " in frame " + m);
                double truth = 2 * Math.PI * f[i] * t + ph[i];
                assertEquals(0, Math.IEEEremainder(phase[i] - truth, 2 * Math.PI), 1e-7, "phase of tone " + i + " in frame " + m);
            }
        }
    }
}
