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
     * Reassignment moves energy, it does not create or destroy it: on a grid wide enough that no
     * reassigned point (some near DC reassign below 0 Hz) falls off it, both spectrograms hold the
     * same total (to rounding, 1e-12 relative).
     */
    @Test
    void reassignmentConservesEnergyOnTheGrid() {
        Analyzer a = new Analyzer(AnalysisParams.defaults().withWindowSamples(512).withHopSamples(128));
        TfGrid ordinary = TfGrid.linear(-1, 2, 300, -4000, 12000, 400);
        TfGrid reassigned = TfGrid.like(ordinary);
        a.reassigner(FS).accumulate(toneAndClick(), ordinary, reassigned, null);
        assertTrue(ordinary.total() > 0);
        assertEquals(ordinary.total(), reassigned.total(), 1e-12 * ordinary.total());
        assertEquals(ordinary.pointCount(), reassigned.pointCount());
    }

    /**
     * The reassigned spectrogram concentrates the tone: within ±1 pixel (±5 Hz, a third of a bin) of
     * 1000.3 Hz it holds nearly all the tone's energy (> 99%); the ordinary one spreads it over the
     * Hann main lobe's 4 bins, so that row band holds well under 70%.
     */
    @Test
    void reassignedSpectrogramIsSharper() {
        Analyzer a = new Analyzer(AnalysisParams.defaults().withWindowSamples(1024).withHopSamples(256));
        double[] x = toneAndClick();
        x[8000] = 0.5 * Math.cos(2 * Math.PI * 1000.3 * 8000 / FS); // tone only
        Analyzer.Spectrograms s = a.run(x, FS, ImageParams.defaults().withSize(200, 1600), null, null);
        double reassigned = nearToneFraction(s.reassigned(), 1000.3);
        double ordinary = nearToneFraction(s.ordinary(), 1000.3);
        assertTrue(reassigned > 0.99, "reassigned " + reassigned);
        assertTrue(ordinary < 0.7, "ordinary " + ordinary);
    }

    private static double nearToneFraction(TfGrid g, double freqHz) {
        int row = g.freqIndexOf(freqHz);
        double near = 0;
        for (int t = 0; t < g.timePx(); t++) {
            for (int f = row - 1; f <= row + 1; f++) {
                near += g.value(t, f);
            }
        }
        return near / g.total();
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

    /**
     * Points carry the mixed partial: the click's cells read M ≈ 1 (a lone click reads 1 to rounding,
     * see ReassignmentExactnessTest). Here a loud tone plays too, and M sees it through the
     * ramped-derivative window tdh, whose sidelobes fall only 12 dB/octave (its ends have a kink):
     * ~1% in the frame centred on the click (hop 128 puts frame 63's centre at 8064.5, the click at
     * 8064), more off centre. Bound: 0.05, cells more than 500 Hz from the tone.
     */
    @Test
    void pointsCarrySecondOrderQuantities() {
        double[] x = toneAndClick();
        x[8000] -= 0.9;
        x[8064] += 0.9;
        Analyzer a = new Analyzer(AnalysisParams.defaults().withWindowSamples(512).withHopSamples(128).withFloorDb(-80));
        PointCloud p = a.points(x, FS, null);
        assertTrue(p.size() > 100);
        int near = 0;
        for (int i = 0; i < p.size(); i++) {
            assertTrue(Double.isFinite(p.convergence(i)));
            if (p.frame(i) == 63 && Math.abs(p.timeSec(i) - 8064 / FS) < 1e-6 && Math.abs(p.freqHz(i) - 1000) > 500) {
                near++;
                assertEquals(1.0, p.convergence(i), 0.05);
            }
        }
        assertTrue(near > 100, "click cells checked: " + near);
    }

    /**
     * "dB re full scale" means the same whatever the hop, FFT size and image size: a full-scale
     * sinusoid on a bin centre reads 0 dB in both images — the ordinary one in every pixel of its
     * peak bin's row (cells are boxes one hop wide), the reassigned one averaged along its row (its
     * whole main lobe collapses onto the row, but as points at the frame times, so a single pixel
     * holds one frame or two when the pixel is about a hop long). Tolerance 0.05 dB: the real
     * tone's image perturbs cell powers by ~1e-4 relative.
     */
    @Test
    void fullScaleSinusoidReadsZeroDecibelsWhateverTheSettings() {
        double fs = 16000;
        int n = 1024;
        for (int hop : new int[] {128, 512}) {
            for (int fftFactor : new int[] {1, 4}) {
                int fft = n * fftFactor;
                double f0 = 100 * fs / fft + 0.0; // on a bin centre
                double[] x = new double[32000];
                for (int i = 0; i < x.length; i++) {
                    x[i] = Math.cos(2 * Math.PI * f0 * i / fs);
                }
                for (int[] size : new int[][] {{200, 300}, {1500, 1200}}) {
                    Analyzer a = new Analyzer(AnalysisParams.defaults().withWindowSamples(n).withHopSamples(hop).withFftSize(fft));
                    ImageParams ip = ImageParams.defaults().withSize(size[0], size[1]);
                    Analyzer.Spectrograms s = a.run(x, fs, ip, null, null);
                    int row = s.reassigned().freqIndexOf(f0);
                    int col = s.reassigned().timeIndexOf(1.0);
                    double sum = 0;
                    int c0 = s.reassigned().timeIndexOf(0.25);
                    int c1 = s.reassigned().timeIndexOf(1.75);
                    for (int c = c0; c < c1; c++) {
                        sum += s.reassigned().value(c, row);
                    }
                    double reassignedDb = 10 * Math.log10(sum / (c1 - c0) / s.reassignedFullScale());
                    double ordinaryDb = 10 * Math.log10(s.ordinary().value(col, row) / s.ordinaryFullScale());
                    String what = "hop " + hop + ", FFT " + fft + ", image " + size[0] + "x" + size[1];
                    assertEquals(0.0, reassignedDb, 0.05, "reassigned, " + what);
                    if (s.ordinary().f1Hz() / s.ordinary().freqPx() <= fs / fft) { // pixel no taller than a bin
                        assertEquals(0.0, ordinaryDb, 0.05, "ordinary, " + what);
                    }
                }
            }
        }
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
