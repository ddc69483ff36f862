package tfr.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tfr.analysis.AnalysisParams;
import tfr.analysis.Analyzer;
import tfr.analysis.Progress;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;
import tfr.phase.PhaseConsistency;
import tfr.synth.SynthParams;
import tfr.synth.Synthesizer;

/** The proofs: each transformation does exactly what it says and keeps phases consistent. */
class TransformTest {
    static final double FS = 44100;

    static double[] cosine(int length, double f0, double rate, double amp) {
        double[] x = new double[length];
        for (int n = 0; n < length; n++) {
            double t = n / FS;
            x[n] = amp * Math.cos(2 * Math.PI * (f0 * t + 0.5 * rate * t * t) + 0.3);
        }
        return x;
    }

    static PartialSet analyse(double[] x) {
        return new Analyzer(AnalysisParams.defaults()).partials(x, FS, Progress.NONE).partials();
    }

    static double[] render(PartialSet s, int length) {
        return new Synthesizer(SynthParams.of(FS)).render(s, length);
    }

    /** Amplitude-weighted mean frequency over the interior breakpoints of the loudest partial. */
    static double interiorFreq(PartialSet s, double t0, double t1) {
        Partial best = null;
        for (Partial p : s.partials()) {
            if (best == null || p.peakAmp() > best.peakAmp()) {
                best = p;
            }
        }
        double sw = 0;
        double sf = 0;
        for (Breakpoint b : best.breakpoints()) {
            if (b.timeSec() > t0 && b.timeSec() < t1 && b.amp() > 0) {
                sw += b.amp();
                sf += b.amp() * b.freqHz();
            }
        }
        return sf / sw;
    }

    @Test
    void pitchShiftScalesFrequenciesExactlyAndKeepsTimes() {
        PartialSet s = analyse(cosine(44100, 440.3, 0, 0.5));
        PartialSet t = PitchShift.apply(s, 1.25);
        assertEquals(s.size(), t.size());
        for (int i = 0; i < s.size(); i++) {
            List<Breakpoint> a = s.get(i).breakpoints();
            List<Breakpoint> b = t.get(i).breakpoints();
            assertEquals(a.size(), b.size());
            for (int j = 0; j < a.size(); j++) {
                assertEquals(a.get(j).timeSec(), b.get(j).timeSec(), 0.0);
                assertEquals(1.25 * a.get(j).freqHz(), b.get(j).freqHz(), 0.0);
                assertEquals(a.get(j).amp(), b.get(j).amp(), 0.0);
            }
        }
        assertSame(s, PitchShift.apply(s, 1.0));
        // consistent phases: rendered and re-analysed, the tone is at 1.25 × 440.3 Hz
        double f = interiorFreq(analyse(render(t, 44100)), 0.1, 0.9);
        assertEquals(1.25 * 440.3, f, 0.01);
        assertTrue(PhaseConsistency.rmsMismatchRad(t) < 1e-3, "phase mismatch " + PhaseConsistency.rmsMismatchRad(t));
    }

    /** A stretched steady tone re-analysed: original frequency within 0.01 Hz, stretched duration. */
    @Test
    void timeStretchScalesTimesAndKeepsFrequencies() {
        PartialSet s = analyse(cosine(44100, 1000.37, 0, 0.5));
        PartialSet t = TimeWarp.ratio(1.5).apply(s);
        for (int i = 0; i < s.size(); i++) {
            for (int j = 0; j < s.get(i).size(); j++) {
                Breakpoint a = s.get(i).breakpoints().get(j);
                Breakpoint b = t.get(i).breakpoints().get(j);
                assertEquals(1.5 * a.timeSec(), b.timeSec(), 1e-12);
                assertEquals(a.freqHz(), b.freqHz(), 0.0);
            }
        }
        int length = (int) Math.round(1.5 * 44100);
        double[] y = render(t, length);
        PartialSet again = analyse(y);
        assertEquals(1000.37, interiorFreq(again, 0.1, 1.4), 0.01);
        // the sound lasts the stretched 1.5 s: energy in the last 50 ms as in the middle
        double mid = 0;
        double end = 0;
        for (int n = 0; n < 2205; n++) {
            mid += y[length / 2 + n] * y[length / 2 + n];
            end += y[length - 2205 - 600 + n] * y[length - 2205 - 600 + n];
        }
        assertEquals(mid, end, 0.02 * mid);
        assertSame(s, TimeWarp.ratio(1).apply(s));
    }

    @Test
    void dilationMovesChosenTimePoints() {
        TimeWarp w = TimeWarp.of(new double[] {0.2, 0.5}, new double[] {0.2, 0.8});
        assertEquals(0.2, w.map(0.2), 1e-15);
        assertEquals(0.8, w.map(0.5), 1e-15);
        assertEquals(0.5, w.map(0.35), 1e-15);  // halfway, stretched ×2
        assertEquals(1.3, w.map(1.0), 1e-15);   // beyond the last point: shifted with slope 1
        assertThrows(IllegalArgumentException.class, () -> TimeWarp.of(new double[] {0.2, 0.1}, new double[] {0, 1}));
    }

    static Partial steady(int label, double f, double amp, double t0, double t1) {
        List<Breakpoint> b = new ArrayList<>();
        for (double t = t0; t <= t1 + 1e-9; t += 0.01) {
            b.add(Breakpoint.of(t, f, amp, Breakpoint.wrap(2 * Math.PI * f * t)));
        }
        return new Partial(label, b);
    }

    @Test
    void morphEndsReproduceTheSoundsAndTheMiddleIsLogDomain() {
        PartialSet a = PartialSet.of(List.of(steady(1, 220, 0.4, 0, 1), steady(2, 440, 0.2, 0, 1), steady(0, 3000, 0.01, 0.2, 0.4)));
        PartialSet b = PartialSet.of(List.of(steady(1, 330, 0.1, 0, 1), steady(2, 660, 0.05, 0, 1)));
        assertEquals(a, Morph.apply(a, b, Curve.constant(0)));
        assertEquals(b, Morph.apply(a, b, Curve.constant(1)));
        PartialSet m = Morph.apply(a, b, Curve.constant(0.5));
        Partial one = m.withLabel(1).get(0);
        Breakpoint mid = one.breakpoints().get(50);
        assertEquals(Math.sqrt(220 * 330), mid.freqHz(), 1e-9);
        assertEquals(Math.sqrt(0.4 * 0.1), mid.amp(), 1e-12);
        Partial unlabelled = m.withLabel(0).get(0);
        assertEquals(0.005, unlabelled.peakAmp(), 1e-12); // A's unlabelled partial at half weight
        // a time-varying weight: A at the start, B at the end
        PartialSet ramp = Morph.apply(a, b, Curve.of(new double[] {0, 1}, new double[] {0, 1}));
        Partial r1 = ramp.withLabel(1).get(0);
        assertEquals(220, r1.first().freqHz(), 1e-9);
        assertEquals(330, r1.last().freqHz(), 1e-9);
        assertTrue(PhaseConsistency.rmsMismatchRad(ramp) < 1e-9, "morphed phases are re-integrated");
    }

    @Test
    void insertingBreakpointsLeavesTheSoundUnchanged() {
        PartialSet s = analyse(cosine(30000, 600, 2500, 0.5));
        Partial p = s.get(0);
        double[] times = new double[40];
        for (int i = 0; i < times.length; i++) {
            times[i] = 0.02 + i * 0.015 + 0.0031;
        }
        Partial q = PhaseTrack.insert(p, times);
        assertTrue(q.size() > p.size() + 30);
        double[] y0 = render(PartialSet.of(List.of(p)), 30000);
        double[] y1 = render(PartialSet.of(List.of(q)), 30000);
        double worst = 0;
        for (int n = 0; n < y0.length; n++) {
            worst = Math.max(worst, Math.abs(y0[n] - y1[n]));
        }
        assertTrue(worst < 1e-9, "largest sample difference " + worst);
    }

    @Test
    void vibratoAndTremoloDoWhatTheySay() {
        PartialSet s = PartialSet.of(List.of(steady(0, 1000, 0.3, 0, 1)));
        PartialSet v = Modulation.vibrato(s, 5, 100); // ±100 cents
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (Breakpoint b : v.get(0).breakpoints()) {
            lo = Math.min(lo, b.freqHz());
            hi = Math.max(hi, b.freqHz());
        }
        assertEquals(1000 * Math.pow(2, 100 / 1200.0), hi, 0.5);
        assertEquals(1000 * Math.pow(2, -100 / 1200.0), lo, 0.5);
        assertTrue(PhaseConsistency.rmsMismatchRad(v) < 1e-3);
        PartialSet tr = Modulation.tremolo(s, 4, 0.5);
        double amin = Double.POSITIVE_INFINITY;
        for (Breakpoint b : tr.get(0).breakpoints()) {
            amin = Math.min(amin, b.amp());
        }
        assertEquals(0.3, tr.get(0).peakAmp(), 0.003);
        assertEquals(0.3 * 0.5 / 1.5, amin, 0.003);
    }

    @Test
    void keepingTheEnvelopeKeepsFormants() {
        // 8 harmonics of 200 Hz under a formant at 800 Hz: amplitude = envelope(f)
        List<Partial> ps = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            double f = 200 * k;
            ps.add(steady(k, f, formant(f), 0, 0.5));
        }
        PartialSet s = PartialSet.of(ps);
        PartialSet up = PitchShift.apply(s, Curve.constant(1.5), PitchShift.Timbre.KEEP_ENVELOPE);
        for (Partial p : up.partials()) {
            double f = p.meanFreqHz();
            if (f <= 1600) { // inside the original partials' range the envelope is sampled
                double expectDb = PitchShift.envelopeDb(s, 0.25, f);
                assertEquals(expectDb, 20 * Math.log10(p.peakAmp()), 1e-9, "partial at " + f + " Hz");
            }
        }
        PartialSet moved = PitchShift.apply(s, 1.5);
        assertEquals(s.get(3).peakAmp(), moved.get(3).peakAmp(), 0.0);
    }

    static double formant(double f) {
        return 0.3 / (1 + Math.pow((f - 800) / 300, 2));
    }

    @Test
    void filterAppliesGainOverFrequency() {
        PartialSet s = PartialSet.of(List.of(steady(0, 500, 0.2, 0, 0.1), steady(0, 4000, 0.2, 0, 0.1)));
        PartialSet f = AmplitudeFilter.apply(s, Curve.parse("1000:0,4000:-20"));
        assertEquals(0.2, f.get(0).peakAmp(), 1e-15);
        assertEquals(0.02, f.get(1).peakAmp(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Curve.parse("1000:0,500:1"));
        assertThrows(IllegalArgumentException.class, () -> Curve.parse("abc"));
    }
}
