package tfr.phase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tfr.analysis.AnalysisParams;
import tfr.analysis.Analyzer;
import tfr.analysis.ModelParams;
import tfr.analysis.Progress;
import tfr.model.Breakpoint;

class PhaseConsistencyTest {
    @Test
    void exactChirpBreakpointsHaveNoMismatch() {
        Breakpoint a = Breakpoint.of(0.1, 300 + 3000 * 0.1, 0.5, phase(0.1));
        Breakpoint b = Breakpoint.of(0.1116, 300 + 3000 * 0.1116, 0.5, phase(0.1116));
        assertEquals(0, PhaseConsistency.mismatchRad(a, b), 1e-9);
    }

    static double phase(double t) {
        return 2 * Math.PI * (300 * t + 0.5 * 3000 * t * t);
    }

    /** Analysed chirp: the full model is consistent to 1e-3 rad; without the chirp term (Loris) it is not. */
    @Test
    void chirpTermMakesAnalysedPartialsConsistent() {
        double fs = 44100;
        double[] x = new double[44100];
        for (int n = 0; n < x.length; n++) {
            x[n] = 0.5 * Math.cos(phase(n / fs));
        }
        double full = PhaseConsistency.rmsMismatchRad(new Analyzer(AnalysisParams.defaults(),
                ModelParams.defaults().withCorrection(PhaseCorrection.CHIRP)).partials(x, fs, Progress.NONE).partials());
        double loris = PhaseConsistency.rmsMismatchRad(new Analyzer(AnalysisParams.defaults(),
                ModelParams.defaults().withCorrection(PhaseCorrection.REASSIGNED)).partials(x, fs, Progress.NONE).partials());
        assertTrue(full < 1e-3, "full model: " + full + " rad");
        assertTrue(loris > 0.02, "without the chirp term: " + loris + " rad");
        assertTrue(Double.isNaN(PhaseConsistency.rmsMismatchRad(tfr.model.PartialSet.of(List.of()))));
    }
}
