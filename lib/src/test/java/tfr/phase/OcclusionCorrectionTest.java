package tfr.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tfr.analysis.AnalysisParams;
import tfr.analysis.ModelParams;
import tfr.model.Breakpoint;
import tfr.peaks.Peak;
import tfr.peaks.PeakPicker;
import tfr.reassign.Reassigner;
import tfr.signals.Signal;
import tfr.signals.Signals;
import tfr.stft.FrameParams;
import tfr.track.PartialBuilder;
import tfr.track.TrackParams;
import tfr.track.Tracker;

/**
 * The demo's chirp (0.3, 200 + 600t Hz, phase −π/2 at 0) crossing the 440 Hz tone's 2nd and 3rd
 * harmonics (0.077 and 0.051), without the clicks, so every chirp breakpoint has an analytic truth.
 */
class OcclusionCorrectionTest {
    static final double FS = 44100;

    @Test
    void removingTheBridgedHarmonicRestoresTheChirpInsideTheCrossing() {
        double[] x = Signal.render(FS, 3.0, Signals.exampleComponents(FS, 3.0).subList(0, 2)).samples();
        AnalysisParams ap = AnalysisParams.defaults();
        ModelParams mp = ModelParams.defaults();
        FrameParams fp = ap.frameParams(FS);
        TrackParams tp = mp.trackParams(fp);
        Tracker tracker = new Tracker(tp);
        List<List<Peak>> frames = new ArrayList<>();
        new Reassigner(ap.reassignParams(FS), 1).streamMap(x, () -> {
            PeakPicker picker = new PeakPicker(fp, mp.peakParams(fp));
            return picker::pick;
        }, frames::add, null);
        frames.forEach(tracker::add);
        List<List<Peak>> tracks = new ArrayList<>(tracker.finish());
        BreakpointEstimator estimator = new BreakpointEstimator(fp);
        PartialBuilder builder = new PartialBuilder(estimator, PhaseCorrection.CHIRP, 0);
        tracks.replaceAll(builder::refine);
        List<List<Peak>> before = new ArrayList<>();
        for (List<Peak> t : tracks) {
            before.add(List.copyOf(t));
        }
        int corrected = new OcclusionCorrection(fp, estimator, tp.occlusionHz()).correct(tracks);
        assertTrue(corrected > 10, "peaks corrected: " + corrected);

        // the chirp's breakpoints within 2R of harmonic 2 or 3: amplitude (dB) and phase against the truth
        double sqDbBefore = 0, sqDbAfter = 0, sqPhBefore = 0, sqPhAfter = 0, worstDbAfter = 0, worstDbBefore = 0;
        int n = 0;
        for (int i = 0; i < tracks.size(); i++) {
            for (int k = 0; k < tracks.get(i).size(); k++) {
                Peak p0 = before.get(i).get(k);
                Peak p1 = tracks.get(i).get(k);
                double t = p1.timeSec();
                double fChirp = 200 + 600 * t;
                boolean onChirp = Math.abs(p1.freqHz() - fChirp) < 5;
                boolean crossing = Math.abs(fChirp - 880) < tp.occlusionHz() || Math.abs(fChirp - 1320) < tp.occlusionHz();
                if (!onChirp || !crossing) {
                    assertEquals(p0, p1, "a peak away from the crossings is left as it was");
                    continue;
                }
                double truePhase = 2 * Math.PI * (200 * t + 300 * t * t) - Math.PI / 2;
                double db0 = 20 * Math.log10(p0.amp() / 0.3);
                double db1 = 20 * Math.log10(p1.amp() / 0.3);
                double ph0 = Breakpoint.wrap(p0.phaseRad() - truePhase);
                double ph1 = Breakpoint.wrap(p1.phaseRad() - truePhase);
                sqDbBefore += db0 * db0;
                sqDbAfter += db1 * db1;
                sqPhBefore += ph0 * ph0;
                sqPhAfter += ph1 * ph1;
                worstDbBefore = Math.max(worstDbBefore, Math.abs(db0));
                worstDbAfter = Math.max(worstDbAfter, Math.abs(db1));
                n++;
            }
        }
        assertTrue(n >= 30, "chirp breakpoints inside the crossings: " + n);
        double rmsDb0 = Math.sqrt(sqDbBefore / n), rmsDb1 = Math.sqrt(sqDbAfter / n);
        double rmsPh0 = Math.sqrt(sqPhBefore / n), rmsPh1 = Math.sqrt(sqPhAfter / n);
        String report = String.format("amplitude rms %.2f -> %.2f dB (worst %.2f -> %.2f), phase rms %.3f -> %.3f rad",
                rmsDb0, rmsDb1, worstDbBefore, worstDbAfter, rmsPh0, rmsPh1);
        // measured: rms 0.76 -> 0.22 dB, worst 2.25 -> 0.75 dB; phase rms 0.063 -> 0.035 rad. The harmonic's
        // leakage is what the chirp's peaks carried; what is left is the bent frequency, which is not re-read.
        assertTrue(worstDbBefore > 1.5, "the crossing does disturb the chirp: " + report);
        assertTrue(rmsDb1 < 0.5 * rmsDb0 && worstDbAfter < 1.0, report);
        assertTrue(rmsPh1 < 0.8 * rmsPh0, report);
    }

    @Test
    void aTrackWithoutGapsChangesNothing() {
        FrameParams fp = AnalysisParams.defaults().frameParams(FS);
        BreakpointEstimator estimator = new BreakpointEstimator(fp);
        List<List<Peak>> tracks = new ArrayList<>();
        List<Peak> t = new ArrayList<>();
        for (int m = 10; m < 20; m++) {
            double time = fp.frameTimeSec(m);
            t.add(new Peak(m, 40, time, 860, 0.3, 0, 0, 0, tfr.consensus.CellClass.SINUSOID, time, 1, 0, 0));
        }
        tracks.add(t);
        List<Peak> copy = List.copyOf(t);
        assertEquals(0, new OcclusionCorrection(fp, estimator, 86).correct(tracks));
        assertEquals(copy, tracks.get(0));
        assertThrows(IllegalArgumentException.class, () -> new OcclusionCorrection(fp, estimator, 0));
    }
}
