package tfr.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tfr.reassign.Placement;
import tfr.reassign.PointCloud;
import tfr.reassign.TfGrid;
import tfr.window.WindowKind;

class AnalyzerTest {
    static final double FS = 16000;

    static double[] toneAndClick() {
        double[] x = new double[16000];
        for (int n = 0; n < x.length; n++) {
            x[n] = 0.5 * Math.cos(2 * Math.PI * 1000.3 * n / FS);
        }
        x[8000] += 0.9;
        return x;
    }

    /**
     * Reassignment moves energy, it does not create or destroy it: with every point inside the grid,
     * both spectrograms hold the same total (to rounding, 1e-12 relative).
     */
    @Test
    void reassignmentConservesEnergyOnTheGrid() {
        Analyzer a = new Analyzer(AnalysisParams.defaults().withWindowSamples(512).withHopSamples(128));
        // grid reaching well beyond the signal in time so that no reassigned point falls off it
        double[] x = new double[20000];
        System.arraycopy(toneAndClick(), 0, x, 2000, 16000);
        Analyzer.Spectrograms s = a.run(x, FS, ImageParams.defaults().withSize(400, 300), null, Progress.NONE);
        assertTrue(s.ordinary().total() > 0);
        assertEquals(s.ordinary().total(), s.reassigned().total(), 1e-12 * s.ordinary().total());
        assertEquals(s.ordinary().pointCount(), s.reassigned().pointCount());
    }

    /** The reassigned spectrogram concentrates the tone: its peak cell holds far more than the ordinary one's. */
    @Test
    void reassignedSpectrogramIsSharper() {
        Analyzer a = new Analyzer(AnalysisParams.defaults().withWindowSamples(1024).withHopSamples(256));
        Analyzer.Spectrograms s = a.run(toneAndClick(), FS, ImageParams.defaults().withSize(200, 800), null, null);
        assertTrue(s.reassigned().max() > 2 * s.ordinary().max(), s.reassigned().max() + " vs " + s.ordinary().max());
        TfGrid g = s.reassigned();
        // the loudest row is the tone's frequency row
        int best = -1;
        double bestSum = -1;
        for (int f = 0; f < g.freqPx(); f++) {
            double sum = 0;
            for (int t = 0; t < g.timePx(); t++) {
                sum += g.value(t, f);
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = f;
            }
        }
        assertEquals(g.freqIndexOf(1000.3), best);
    }

    @Test
    void onlyTheRequestedGridsAreBuiltAndProgressReachesOne() {
        Analyzer a = new Analyzer(AnalysisParams.defaults().withWindow(WindowKind.KAISER));
        List<Double> fractions = new ArrayList<>();
        Analyzer.Spectrograms s = a.run(toneAndClick(), FS, ImageParams.defaults(), EnumSet.of(Placement.REASSIGNED), null,
                (stage, f) -> fractions.add(f));
        assertNull(s.ordinary());
        assertTrue(s.reassigned().total() > 0);
        assertEquals(1.0, fractions.get(fractions.size() - 1), 0.0);
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1));
        }
    }

    @Test
    void pointsCarrySecondOrderQuantities() {
        Analyzer a = new Analyzer(AnalysisParams.defaults().withWindowSamples(512).withHopSamples(128).withFloorDb(-40));
        PointCloud p = a.points(toneAndClick(), FS, null);
        assertTrue(p.size() > 100);
        int near = 0;
        for (int i = 0; i < p.size(); i++) {
            assertTrue(Double.isFinite(p.convergence(i)));
            if (Math.abs(p.timeSec(i) - 0.5) < 1e-6) {
                near++;
                assertEquals(1.0, p.convergence(i), 1e-3); // the click's cells: M = 1
            }
        }
        assertTrue(near > 10);
    }

    @Test
    void parametersValidateThemselves() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AnalysisParams.defaults().withHopSamples(0))
                .getMessage().contains("hopSamples"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AnalysisParams.defaults().withFftSize(1024))
                .getMessage().contains("fftSize"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AnalysisParams.defaults().withWindowSamples(-3))
                .getMessage().contains("windowSamples"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AnalysisParams.defaults().withFloorDb(Double.NaN))
                .getMessage().contains("floorDb"));
        assertTrue(AnalysisParams.defaults().toString().length() < 300);
    }
}
