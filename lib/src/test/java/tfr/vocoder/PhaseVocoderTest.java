package tfr.vocoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tfr.vocoder.VocoderFixtures.FS;
import static tfr.vocoder.VocoderFixtures.burst;
import static tfr.vocoder.VocoderFixtures.halfAmplitudeExtent;
import static tfr.vocoder.VocoderFixtures.reassignedFreqHz;
import static tfr.vocoder.VocoderFixtures.relativeMaxError;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tfr.stft.EdgePolicy;
import tfr.stft.FrameParams;
import tfr.stft.SignalModel;
import tfr.window.DerivativeMethod;
import tfr.window.WindowSpec;

class PhaseVocoderTest {
    static final double F0 = 1000.3; // off the bin centres (bin spacing 21.5 Hz at N = 2048)
    static final double AMP = 0.5;
    /**
     * Frequency tolerance, Hz. The vocoder re-integrates the frequency it measures, so its output
     * frequency errs only by the analysis bias (negative-frequency image, ~1e-3 Hz for Hann 2048)
     * plus the measurement's (reassignment of the analytic signal: ~1e-7 Hz); measured ≤ 2e-5 Hz.
     * 0.1 Hz is 1/215 of a bin and 0.17 cent at 1 kHz — far below audibility — yet a wrong hop in
     * the phase advance (one sample in 256 would move 1 kHz by ~4 Hz) or a lost 2π fails it.
     */
    static final double FREQ_TOL_HZ = 0.1;

    static double[] mixture(int n) {
        SplittableRandom r = new SplittableRandom(7);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.2 * r.nextDouble(-1, 1) + 0.3 * Math.sin(2 * Math.PI * 440.7 * i / FS)
                    + 0.1 * Math.cos(2 * Math.PI * 5123.4 * i / FS + 1);
        }
        x[n / 3] += 0.8; // a click
        return x;
    }

    /** Tone energy divided by the steady power: the tone's equivalent rectangular duration, samples. */
    static double effectiveDurationSamples(double[] y, int steadyFrom, int steadyTo) {
        double total = 0;
        for (double v : y) {
            total += v * v;
        }
        double steady = 0;
        for (int i = steadyFrom; i < steadyTo; i++) {
            steady += y[i] * y[i];
        }
        return total / (steady / (steadyTo - steadyFrom));
    }

    static double steadyAmplitude(double[] y, int from, int to) {
        double p = 0;
        for (int i = from; i < to; i++) {
            p += y[i] * y[i];
        }
        return Math.sqrt(2 * p / (to - from));
    }

    @ParameterizedTest
    @EnumSource(PhaseLocking.class)
    void stretchOneIsTheIdentity(PhaseLocking locking) {
        double[] x = mixture(30000);
        // default framing, and an odd-length symmetric Kaiser with zero-padded FFT and hop N/4
        VocoderParams a = VocoderParams.defaults(FS).withLocking(locking);
        VocoderParams b = new VocoderParams(new FrameParams(WindowSpec.kaiser(1001, 8), DerivativeMethod.ANALYTIC,
                250, 2048, EdgePolicy.CENTRED, FS), locking);
        for (VocoderParams p : new VocoderParams[] {a, b}) {
            double[] y = new PhaseVocoder(p).stretch(x, 1.0);
            assertEquals(x.length, y.length);
            double err = relativeMaxError(y, x, 0, x.length);
            // round-off only: measured ~1e-14 relative
            assertTrue(err <= 1e-9, p + ": relative error " + err);
        }
    }

    @ParameterizedTest
    @EnumSource(PhaseLocking.class)
    void stretchKeepsFrequencyAndScalesDuration(PhaseLocking locking) {
        double[] x = burst(F0, AMP, 0.1, 1.0);
        PhaseVocoder pv = new PhaseVocoder(VocoderParams.defaults(FS).withLocking(locking));
        int ha = pv.params().analysisHopSamples();
        double inDuration = effectiveDurationSamples(x, (int) (0.3 * FS), (int) (0.9 * FS));
        for (double r : new double[] {1.5, 0.75}) {
            double[] y = pv.stretch(x, r);
            assertEquals(Math.round(x.length * r), y.length, "output length");
            double f = reassignedFreqHz(y, 0.15 * r, 1.05 * r);
            // measured: |f − F0| ≤ 2e-5 Hz (see FREQ_TOL_HZ)
            assertEquals(F0, f, FREQ_TOL_HZ, locking + " x" + r + " frequency");
            double outDuration = effectiveDurationSamples(y, (int) (0.3 * r * FS), (int) (0.9 * r * FS));
            // measured: plain +363 (x1.5) / −105 (x0.75) samples, identity −106 / −58 samples;
            // the synthesis hop Ha·r is 384 / 192 samples
            assertEquals(r * inDuration, outDuration, ha * r, locking + " x" + r + " effective duration");
        }
    }

    @Test
    void identityLockingKeepsOnsetsOffsetsAndAmplitude() {
        double[] x = burst(F0, AMP, 0.1, 1.0);
        PhaseVocoder pv = new PhaseVocoder(VocoderParams.defaults(FS).withLocking(PhaseLocking.IDENTITY));
        int[] in = halfAmplitudeExtent(x, AMP, F0);
        for (double r : new double[] {1.5, 0.75}) {
            double[] y = pv.stretch(x, r);
            double a = steadyAmplitude(y, (int) (0.3 * r * FS), (int) (0.9 * r * FS));
            // measured 0.49996 and 0.50000: the locked peak keeps the main lobe coherent
            assertEquals(AMP, a, 0.01 * AMP, "x" + r + " steady amplitude");
            int[] out = halfAmplitudeExtent(y, a, F0);
            double hs = pv.params().analysisHopSamples() * r;
            // measured: within 15 samples of the scaled times
            assertEquals(in[0] * r, out[0], hs, "x" + r + " onset");
            assertEquals(in[1] * r, out[1], hs, "x" + r + " offset");
        }
    }

    @Test
    void identityLockingKeepsTwoTonesApart() {
        // two bursts summed: each peak owns the bins up to the quietest bin between them
        double[] a = burst(440.7, 0.3, 0.1, 1.0);
        double[] b = burst(1500.2, 0.2, 0.1, 1.0);
        double[] x = new double[a.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = a[i] + b[i];
        }
        PhaseVocoder pv = new PhaseVocoder(VocoderParams.defaults(FS).withLocking(PhaseLocking.IDENTITY));
        double[] y = pv.stretch(x, 1.5);
        tfr.reassign.ReassignedSpectrogram s = new tfr.reassign.Reassigner(new tfr.reassign.ReassignParams(
                FrameParams.of(WindowSpec.hann(4096), 1024, FS).withSignal(SignalModel.ANALYTIC),
                tfr.reassign.ReassignOrder.FIRST, -120)).compute(y);
        int m = s.frameCount() / 2; // 0.79 s, inside the steady part of both tones
        double[] freqs = {440.7, 1500.2};
        double[] amps = {0.3, 0.2};
        for (int i = 0; i < 2; i++) {
            int k = (int) Math.round(freqs[i] * 4096 / FS);
            int best = k;
            for (int j = k - 2; j <= k + 2; j++) {
                if (s.magnitude(m, j) > s.magnitude(m, best)) {
                    best = j;
                }
            }
            // measured: within 2e-4 Hz and 3e-6 of the amplitude
            assertEquals(freqs[i], s.freqHz(m, best), FREQ_TOL_HZ, "tone " + i + " frequency");
            assertEquals(amps[i], s.amplitude(m, best), 0.01 * amps[i], "tone " + i + " amplitude");
        }
    }

    /**
     * Characterisation (not a wish): the plain vocoder stretches the inter-bin phase pattern that a
     * tone's onset writes into the main lobe by the stretch ratio, so the bins stop adding coherently
     * — Laroche &amp; Dolson's "loss of vertical phase coherence". Measured: the burst's steady
     * amplitude falls to 0.327 (−3.7 dB) at x1.5 and 0.451 at x0.75.
     */
    @Test
    void plainPhasesLoseVerticalCoherenceAfterAnOnset() {
        double[] x = burst(F0, AMP, 0.1, 1.0);
        PhaseVocoder pv = new PhaseVocoder(VocoderParams.defaults(FS));
        double[] y = pv.stretch(x, 1.5);
        double a = steadyAmplitude(y, (int) (0.45 * FS), (int) (1.35 * FS));
        assertTrue(a < 0.8 * AMP && a > 0.4 * AMP, "plain x1.5 steady amplitude " + a);
    }

    @ParameterizedTest
    @EnumSource(PhaseLocking.class)
    void pitchShiftScalesFrequencyAndKeepsLength(PhaseLocking locking) {
        double[] x = burst(F0, AMP, 0.1, 1.0);
        PhaseVocoder pv = new PhaseVocoder(VocoderParams.defaults(FS).withLocking(locking));
        double[] y = pv.pitchShift(x, 1.2);
        assertEquals(x.length, y.length, "length kept");
        double f = reassignedFreqHz(y, 0.15, 1.05);
        // measured: |f − 1.2·F0| ≤ 1e-5 Hz; the resampler's ratio is exact, so only the vocoder's
        // (tiny) frequency error, scaled by 1.2, remains
        assertEquals(1.2 * F0, f, FREQ_TOL_HZ, "pitch-shifted frequency");
        double in = effectiveDurationSamples(x, (int) (0.3 * FS), (int) (0.9 * FS));
        double out = effectiveDurationSamples(y, (int) (0.3 * FS), (int) (0.9 * FS));
        // stretched within one synthesis hop (1.2·Ha), then compressed by 1.2: within Ha
        assertEquals(in, out, pv.params().analysisHopSamples(), "effective duration kept");
    }

    @Test
    void fractionalSynthesisHopKeepsFrequencyAndExactLength() {
        // Ha·r = 256·1.13 = 289.28: per-frame hops of 289 and 290 samples
        double[] x = burst(F0, AMP, 0.05, 0.6);
        PhaseVocoder pv = new PhaseVocoder(VocoderParams.defaults(FS).withLocking(PhaseLocking.IDENTITY));
        double[] y = pv.stretch(x, 1.13);
        assertEquals(Math.round(x.length * 1.13), y.length);
        assertEquals(F0, reassignedFreqHz(y, 0.1 * 1.13, 0.6 * 1.13), FREQ_TOL_HZ);
    }

    @Test
    void pitchShiftOneIsTheIdentity() {
        double[] x = mixture(20000);
        double[] y = new PhaseVocoder(VocoderParams.defaults(FS)).pitchShift(x, 1.0);
        assertTrue(relativeMaxError(y, x, 0, x.length) <= 1e-9);
    }

    @Test
    void emptySignalGivesEmptyOutput() {
        PhaseVocoder pv = new PhaseVocoder(VocoderParams.defaults(FS));
        assertEquals(0, pv.stretch(new double[0], 1.5).length);
        assertEquals(0, pv.pitchShift(new double[0], 1.5).length);
    }

    @Test
    void principalArgumentAndFrequencyFromPhases() {
        assertEquals(Math.PI, PhaseVocoder.principalArgument(Math.PI), 0);
        assertEquals(Math.PI, PhaseVocoder.principalArgument(-Math.PI), 0);
        assertEquals(0.5, PhaseVocoder.principalArgument(0.5 + 6 * Math.PI), 1e-12);
        assertEquals(-0.5, PhaseVocoder.principalArgument(-0.5 - 40 * Math.PI), 1e-12);
        // a tone at ω₀ = ω_k + 0.01 advances by ω₀·H over a hop H = 100 (plus any 2π turns)
        double wk = 2 * Math.PI * 10 / 1024;
        double w0 = wk + 0.01;
        double p1 = 0.7;
        double p2 = PhaseVocoder.principalArgument(p1 + w0 * 100);
        assertEquals(w0, PhaseVocoder.frequencyFromPhases(p1, p2, wk, 100), 1e-12);
        // deviation 0.04·100 = 4 rad > π: aliased by 2π/H
        double w1 = wk + 0.04;
        assertEquals(w1 - 2 * Math.PI / 100,
                PhaseVocoder.frequencyFromPhases(p1, PhaseVocoder.principalArgument(p1 + w1 * 100), wk, 100), 1e-12);
    }

    @Test
    void validatesParameters() {
        PhaseVocoder pv = new PhaseVocoder(VocoderParams.defaults(FS)); // hop 256, window 2048: stretch ≤ 4
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pv.stretch(new double[10], 4.5));
        assertTrue(e.getMessage().startsWith("stretchRatio must be in"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pv.stretch(new double[10], Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> pv.stretch(new double[10], 0.001));
        e = assertThrows(IllegalArgumentException.class, () -> pv.pitchShift(new double[10], -1));
        assertTrue(e.getMessage().startsWith("pitchRatio must be in"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> pv.stretch(null, 1.5));
        assertTrue(e.getMessage().contains("signal"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> pv.stretch(new double[] {0, Double.NaN}, 1.5));
        assertTrue(e.getMessage().contains("index 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PhaseVocoder(null));
        assertThrows(IllegalArgumentException.class, () -> new PhaseVocoder(VocoderParams.defaults(FS), null));

        FrameParams ok = FrameParams.of(WindowSpec.hann(1024), 256, FS);
        e = assertThrows(IllegalArgumentException.class, () -> new VocoderParams(ok.withEdges(EdgePolicy.INSIDE), PhaseLocking.PLAIN));
        assertTrue(e.getMessage().startsWith("frames.edges"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new VocoderParams(ok.withSignal(SignalModel.ANALYTIC), PhaseLocking.PLAIN));
        assertTrue(e.getMessage().startsWith("frames.signal"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new VocoderParams(ok, null));
        assertTrue(e.getMessage().startsWith("locking"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new VocoderParams(null, PhaseLocking.PLAIN));
        assertTrue(e.getMessage().startsWith("frames"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> VocoderParams.of(1024, 513, FS));
        assertTrue(e.getMessage().startsWith("hopSamples"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> VocoderParams.defaults(0));
        assertTrue(e.getMessage().startsWith("sampleRateHz"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pv.stretchedLengthSamples(-1, 1.0));
    }

    @Test
    void describesItself() {
        VocoderParams p = VocoderParams.defaults(FS);
        assertEquals(2048, p.windowSamples());
        assertEquals(256, p.analysisHopSamples());
        assertEquals(4.0, p.maxStretch());
        String s = new PhaseVocoder(p).toString();
        assertTrue(s.contains("2048 samples (46.4 ms)") && s.contains("hop 256 samples") && s.contains("plain phases"), s);
    }
}
