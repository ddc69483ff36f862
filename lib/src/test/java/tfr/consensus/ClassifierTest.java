package tfr.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tfr.reassign.ReassignOrder;
import tfr.reassign.ReassignParams;
import tfr.reassign.ReassignedFrame;
import tfr.reassign.Reassigner;
import tfr.stft.FrameParams;
import tfr.window.WindowSpec;

/** The chirp-aware mixed-partial classification: tones, chirps and impulses go where they belong. */
class ClassifierTest {
    static final double FS = 44100;
    final FrameParams fp = FrameParams.of(WindowSpec.hann(2048), 512, FS);
    final Classifier classifier = new Classifier(fp, ConsensusParams.defaults(fp.hopSec()));

    /** Classes of every downward ridge crossing (above −60 dB) in frame m. */
    Map<CellClass, Integer> ridges(double[] x, int m, double[] maxConvergence) {
        Reassigner r = new Reassigner(new ReassignParams(fp, ReassignOrder.SECOND, -60), 1);
        ReassignedFrame f = r.newFrame();
        r.frame(x, m, f);
        Map<CellClass, Integer> count = new EnumMap<>(CellClass.class);
        for (int j = 0; j + 1 < f.binCount(); j++) {
            if (f.valid(j) && f.valid(j + 1) && f.freqHz(j) >= f.binFreqHz(j) && f.freqHz(j + 1) < f.binFreqHz(j + 1)) {
                int rep = f.power(j + 1) > f.power(j) ? j + 1 : j;
                count.merge(classifier.classifyRidge(f, j, rep), 1, Integer::sum);
                if (maxConvergence != null) {
                    maxConvergence[0] = Math.max(maxConvergence[0], f.convergence(rep));
                }
            }
        }
        return count;
    }

    @Test
    void steadyToneIsSinusoid() {
        double[] x = new double[16384];
        for (int n = 0; n < x.length; n++) {
            x[n] = 0.5 * Math.cos(2 * Math.PI * 1000.37 * n / FS);
        }
        Map<CellClass, Integer> c = ridges(x, 8, null);
        assertEquals(Map.of(CellClass.SINUSOID, 1), c);
    }

    /**
     * A 6 kHz/s chirp gives M ≈ 0.8 with a 46 ms Hann window — a fixed threshold (say M < 0.5) would
     * call it an impulse; its own chirp-rate estimate explains M, so it is a CHIRP.
     */
    @Test
    void fastChirpIsChirpNotImpulse() {
        double[] x = new double[16384];
        for (int n = 0; n < x.length; n++) {
            double t = n / FS;
            x[n] = 0.5 * Math.cos(2 * Math.PI * (1000 * t + 0.5 * 6000 * t * t));
        }
        double[] maxM = {0};
        Map<CellClass, Integer> c = ridges(x, 8, maxM);
        assertEquals(1, c.getOrDefault(CellClass.CHIRP, 0), "classes " + c);
        assertTrue(maxM[0] > 0.5, "convergence of the chirp ridge " + maxM[0]);
    }

    @Test
    void impulseRidgesAreImpulses() {
        double[] x = new double[16384];
        x[8 * 512 + 300] = 0.8;
        Map<CellClass, Integer> c = ridges(x, 8, null);
        int sinusoidal = c.getOrDefault(CellClass.SINUSOID, 0) + c.getOrDefault(CellClass.CHIRP, 0);
        int impulses = c.getOrDefault(CellClass.IMPULSE, 0);
        assertTrue(impulses > 0, "classes " + c);
        assertEquals(0, sinusoidal, "an impulse must leave no sinusoidal ridge: " + c);
    }

    @Test
    void paramsValidate() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ConsensusParams.defaults(0.01).withMinNeighbours(5));
        assertTrue(e.getMessage().contains("minNeighbours"), e.getMessage());
    }
}
