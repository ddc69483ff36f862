package tfr.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;
import tfr.peaks.Peak;
import tfr.peaks.PeakPicker;
import tfr.reassign.ReassignOrder;
import tfr.reassign.ReassignParams;
import tfr.reassign.ReassignedFrame;
import tfr.reassign.Reassigner;
import tfr.signals.Envelope;
import tfr.signals.Signal;
import tfr.signals.Signals;
import tfr.stft.FrameParams;
import tfr.synth.Resynthesis;
import tfr.synth.SynthParams;
import tfr.synth.Synthesizer;
import tfr.window.WindowSpec;

/**
 * The additive model's quality targets on the project's own signals, with the default analysis
 * (Hann 2048, hop 512, 44.1 kHz) and default model settings. Interior = one window length in from each end.
 */
class AdditiveModelQualityTest {
    static final double FS = 44100;
    static final int N = 2048;

    static PartialAnalysis analyse(double[] x) {
        return new Analyzer(AnalysisParams.defaults()).partials(x, FS, Progress.NONE);
    }

    static Resynthesis resynthesise(double[] x, PartialSet set) {
        return Resynthesis.of(x, set, new Synthesizer(SynthParams.of(FS)), N);
    }

    static double[] cosine(int length, double f0, double rate, double amp, double phase) {
        double[] x = new double[length];
        for (int n = 0; n < length; n++) {
            double t = n / FS;
            x[n] = amp * Math.cos(2 * Math.PI * (f0 * t + 0.5 * rate * t * t) + phase);
        }
        return x;
    }

    /**
     * Steady off-bin tones: frequency within 5e-3 Hz and amplitude within 0.02 dB at every interior
     * breakpoint; resynthesis ≥ 60 dB interior and ≥ 40 dB whole-file (the first and last frames are
     * cut by the file's ends and fitted, see tfr.phase.EdgeFit). Low tones are harder (the
     * negative-frequency image is near): 220.3 Hz is ten bins from DC.
     */
    @ParameterizedTest
    @ValueSource(doubles = {220.3, 1000.37, 5123.9, 15000.11})
    void steadyOffBinTones(double f0) {
        double[] x = cosine(44100, f0, 0, 0.5, 1.1);
        PartialAnalysis pa = analyse(x);
        assertEquals(1, pa.partials().size(), "partials: " + pa.partials());
        double worstF = 0;
        double worstA = 0;
        for (Breakpoint b : pa.partials().get(0).breakpoints()) {
            if (b.amp() > 0 && b.timeSec() > N / FS && b.timeSec() < 1 - N / FS) {
                worstF = Math.max(worstF, Math.abs(b.freqHz() - f0));
                worstA = Math.max(worstA, Math.abs(20 * Math.log10(b.amp() / 0.5)));
            }
        }
        assertTrue(worstF <= 5e-3, f0 + " Hz: worst frequency error " + worstF + " Hz");
        assertTrue(worstA <= 0.02, f0 + " Hz: worst amplitude error " + worstA + " dB");
        Resynthesis r = resynthesise(x, pa.partials());
        assertTrue(r.interiorSnrDb() >= 60, f0 + " Hz: " + r);
        assertTrue(r.snrDb() >= 40, f0 + " Hz: " + r);
    }

    @Test
    void linearChirp() {
        double[] x = cosine(88200, 300, 3000, 0.5, 0.4); // 300 → 6300 Hz over 2 s
        PartialAnalysis pa = analyse(x);
        assertEquals(1, pa.partials().size(), "partials: " + pa.partials());
        Resynthesis r = resynthesise(x, pa.partials());
        assertTrue(r.interiorSnrDb() >= 40, r.toString());
    }

    /** 220 Hz, 8 harmonics, 5.5 Hz vibrato of ±50 cents, 100 ms raised-cosine attack and release. */
    @Test
    void harmonicToneWithVibratoAndEnvelope() {
        double[] x = Signal.render(FS, 2.0, List.of(Signals.harmonicTone(220, 8, 0.8, 5.5, 50,
                Envelope.raisedCosine(0.1, 1.9, 0.1)))).samples();
        PartialAnalysis pa = analyse(x);
        Resynthesis r = resynthesise(x, pa.partials());
        assertTrue(r.snrDb() >= 30, r.toString());
        assertTrue(pa.partials().size() <= 16, "8 harmonics should not break into many partials: " + pa.partials());
    }

    /**
     * Loris' comparison sound (chirp 200 → 2000 Hz, 440 Hz with 5 harmonics, clicks every 0.5 s; 3 s):
     * Loris 1.9 reaches 13.8 dB whole-file with ~300 partials per click. The clicks are classified as
     * impulses and left to the residual: no partial may start near a click. The chirp crosses harmonics 2
     * and 3: each stays one partial (occlusion bridging) and the chirp's peaks there are freed of it.
     */
    @Test
    void lorisComparisonSound() {
        double[] x = Signals.example(FS).samples();
        PartialAnalysis pa = analyse(x);
        Resynthesis r = resynthesise(x, pa.partials());
        // target 20 dB (Loris 13.8); measured 30.0 dB. Without occlusion bridging and correction it was 23.7 dB
        // (harmonics 2 and 3 cut at the crossings), with bridging alone 25.9 dB (the chirp's peaks counted the
        // bridged harmonic twice): 27 dB holds both steps
        assertTrue(r.snrDb() >= 27, r.toString());
        assertTrue(pa.partials().size() <= 16, "partials: " + pa.partials());
        assertTrue(pa.impulseRidges() > 0, "the clicks' ridges are recognised as impulses");
        // the chirp crosses harmonics 2 and 3 (880 Hz at 1.13 s, 1320 Hz at 1.87 s), hiding each for ~0.23 s:
        // every harmonic still is one partial over the tone's 0.5–2.5 s
        for (int k = 1; k <= 5; k++) {
            double fk = 440.0 * k;
            List<Partial> hk = pa.partials().partials().stream()
                    .filter(p -> p.breakpoints().stream().filter(b -> b.amp() > 0).allMatch(b -> Math.abs(b.freqHz() - fk) < 10)).toList();
            assertEquals(1, hk.size(), "harmonic " + k + " (" + fk + " Hz) partials: " + hk);
            assertTrue(hk.get(0).startTimeSec() < 0.55 && hk.get(0).endTimeSec() > 2.45, "harmonic " + k + ": " + hk.get(0));
        }
        // the residual holds the clicks: at each click sample it is within 5% of the click's 0.3
        int first = (int) Math.round(0.25 * FS);
        int period = (int) Math.round(0.5 * FS);
        for (int s = first; s < x.length; s += period) {
            assertTrue(r.residual()[s] > 0.3 * 0.95 - 0.05, "residual at the click at sample " + s + ": " + r.residual()[s]);
        }
    }

    /**
     * Per-frame frequency of a real cosine in white noise at 20 dB SNR (Hann, N = 2048, hop = N): the
     * peaks' RMSE is within 2.1× the Cramér–Rao bound √(24σ²/(A²N(N²−1))) rad/sample (THEORY.md measured
     * 1.88× for the peak bin). 400 frames: the RMSE's own relative standard error is ~1/√(2·400) = 3.5 %.
     */
    @Test
    void frequencyNearTheCramerRaoBound() {
        int frames = 400;
        double a = 0.5;
        double sigma = Math.sqrt(a * a / 2 / 100); // 20 dB
        double f0 = 1234.56;
        double[] x = cosine(frames * N + N, f0, 0, a, 0.3);
        Random rnd = new Random(2009);
        for (int n = 0; n < x.length; n++) {
            x[n] += sigma * rnd.nextGaussian();
        }
        FrameParams fp = FrameParams.of(WindowSpec.hann(N), N, FS).withEdges(tfr.stft.EdgePolicy.INSIDE);
        Reassigner re = new Reassigner(new ReassignParams(fp, ReassignOrder.SECOND, -120), 1);
        PeakPicker picker = new PeakPicker(fp, ModelParams.defaults().peakParams(fp));
        ReassignedFrame f = re.newFrame();
        List<Double> err = new ArrayList<>();
        for (int m = 0; m < frames; m++) {
            re.frame(x, m, f);
            Peak best = null;
            for (Peak p : picker.pick(f)) {
                if (best == null || p.amp() > best.amp()) {
                    best = p;
                }
            }
            assertTrue(best != null && Math.abs(best.freqHz() - f0) < 5, "frame " + m + ": " + best);
            err.add(best.freqHz() - f0);
        }
        double ms = 0;
        for (double e : err) {
            ms += e * e;
        }
        double rmseHz = Math.sqrt(ms / frames);
        double crbHz = Math.sqrt(24 * sigma * sigma / (a * a * N * ((double) N * N - 1))) * FS / (2 * Math.PI);
        assertTrue(rmseHz <= 2.1 * crbHz, "RMSE " + rmseHz + " Hz = " + rmseHz / crbHz + " × √CRB (" + crbHz + " Hz)");
    }

    /** The breakpoint phases of a linear chirp match the truth (the chirp term is in). */
    @Test
    void chirpPhasesMatchTheTruth() {
        double[] x = cosine(44100, 500, 4000, 0.5, 0.4);
        PartialAnalysis pa = analyse(x);
        double worst = 0;
        for (Partial p : pa.partials().partials()) {
            for (Breakpoint b : p.breakpoints()) {
                double t = b.timeSec();
                if (b.amp() > 0 && t > N / FS && t < 1 - N / FS) {
                    double truth = 2 * Math.PI * (500 * t + 0.5 * 4000 * t * t) + 0.4;
                    worst = Math.max(worst, Math.abs(Math.IEEEremainder(b.phaseRad() - truth, 2 * Math.PI)));
                }
            }
        }
        assertTrue(worst < 0.01, "worst breakpoint phase error " + worst + " rad");
    }
}
