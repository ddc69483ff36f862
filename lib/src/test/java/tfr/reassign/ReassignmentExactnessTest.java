package tfr.reassign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tfr.stft.EdgePolicy;
import tfr.stft.FrameParams;
import tfr.stft.SignalModel;
import tfr.window.DerivativeMethod;
import tfr.window.Symmetry;
import tfr.window.WindowKind;
import tfr.window.WindowSpec;

/**
 * The correctness anchors: impulses reassign to their sample, stationary sinusoids to their
 * frequency, linear chirps onto their instantaneous-frequency line — for every window.
 */
class ReassignmentExactnessTest {
    static final double FS = 44100;

    static WindowSpec spec(WindowKind kind, int n, Symmetry sym) {
        return WindowSpec.of(kind, n, sym);
    }

    static double[] impulse(int length, int at, double amp) {
        double[] x = new double[length];
        x[at] = amp;
        return x;
    }

    static double[] cosine(int length, double freqHz, double amp, double phase) {
        double[] x = new double[length];
        for (int n = 0; n < length; n++) {
            x[n] = amp * Math.cos(2 * Math.PI * freqHz * n / FS + phase);
        }
        return x;
    }

    /** a·cos(2π(f0·t + α t²/2)): instantaneous frequency f0 + α t. */
    static double[] linearChirp(int length, double f0Hz, double rateHzPerSec, double amp) {
        double[] x = new double[length];
        for (int n = 0; n < length; n++) {
            double t = n / FS;
            x[n] = amp * Math.cos(2 * Math.PI * (f0Hz * t + 0.5 * rateHzPerSec * t * t));
        }
        return x;
    }

    /**
     * X_th/X = s₀ − t exactly for an impulse (a single term), so t̂ is exact up to rounding: 1e-3
     * samples leaves 6 orders of magnitude for the division's round-off at |X| near the floor.
     */
    @ParameterizedTest
    @EnumSource(WindowKind.class)
    void impulseReassignsToItsSample(WindowKind kind) {
        int checkedCells = 0;
        for (int n : new int[] {255, 256, 1024, 1025}) {
            for (Symmetry sym : Symmetry.values()) {
                for (int hop : new int[] {1 + n / 7, n / 4, 333}) {
                    for (int fft : new int[] {FrameParams.nextPowerOfTwo(n + 2), 4 * FrameParams.nextPowerOfTwo(n)}) {
                        for (DerivativeMethod dm : DerivativeMethod.values()) {
                            int at = 1500 + (hop % 7);
                            double[] x = impulse(3000, at, 0.8);
                            FrameParams fp = new FrameParams(spec(kind, n, sym), dm, hop, fft, EdgePolicy.CENTRED, FS);
                            ReassignedSpectrogram r = new Reassigner(new ReassignParams(fp, ReassignOrder.SECOND, -100)).compute(x);
                            for (int m = 0; m < r.frameCount(); m++) {
                                for (int k = 0; k < r.binCount(); k++) {
                                    if (!r.valid(m, k)) {
                                        continue;
                                    }
                                    checkedCells++;
                                    double tHat = r.timeSec(m, k) * FS;
                                    assertEquals(at, tHat, 1e-3, () -> kind + " N=" + n + " " + sym + " hop=" + hop + " M=" + fft + " " + dm);
                                    // X_dh/X = h′/h is real for an impulse, so ω̂ = ω: the cell stays in its bin
                                    assertEquals(r.binFreqHz(k), r.freqHz(m, k), 1e-6);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checkedCells > 10000, "only " + checkedCells + " cells were above the floor");
    }

    @Test
    void impulsesAtTheVeryEdgesReassignToTheirSamples() {
        FrameParams fp = FrameParams.of(WindowSpec.hann(512), 128, FS);
        for (int at : new int[] {0, 1, 2999}) {
            ReassignedSpectrogram r = new Reassigner(ReassignParams.of(fp).withFloorDb(-100)).compute(impulse(3000, at, 1));
            int seen = 0;
            for (int m = 0; m < r.frameCount(); m++) {
                for (int k = 0; k < r.binCount(); k++) {
                    if (r.valid(m, k)) {
                        assertEquals(at, r.timeSec(m, k) * FS, 1e-3);
                        seen++;
                    }
                }
            }
            assertTrue(seen > 0);
        }
    }

    /**
     * A real cosine between bins. ω̂ is exact for a complex exponential; the real signal's image at
     * −ω₀ biases it by ~2.5e-4 Hz for Hann at N = 2048 (THEORY.md), well inside the 1e-2 Hz bound.
     */
    @Test
    void offBinSinusoidReassignsToItsFrequencyAndAmplitude() {
        double f0 = 1000.37;
        double a = 0.5;
        FrameParams fp = FrameParams.of(WindowSpec.hann(2048), 512, FS);
        ReassignedSpectrogram r = new Reassigner(ReassignParams.of(fp)).compute(cosine(44100, f0, a, 0.3));
        int checked = 0;
        for (int m = 4; m < r.frameCount() - 4; m++) {
            int k = r.peakBin(m);
            for (int kk = k - 1; kk <= k + 1; kk++) {
                assertEquals(f0, r.freqHz(m, kk), 1e-2, "frame " + m + " bin " + kk);
                // amplitude with scalloping removed: within 0.01 dB (image leakage ~1e-4 relative)
                assertEquals(0.0, 20 * Math.log10(r.amplitude(m, kk) / a), 0.01);
                // a stationary tone reassigns in time to the frame centre (no group delay)
                assertEquals(r.frameTimeSec(m), r.timeSec(m, kk), 0.05 / FS);
                assertTrue(r.convergence(m, kk) < 1e-3, "M = " + r.convergence(m, kk));
                checked++;
            }
        }
        assertTrue(checked > 200);
    }

    /** On a bin centre the raw magnitude (2|X|/Σh) reads A: the sinusoid scale. */
    @Test
    void onBinSinusoidMagnitudeReadsItsAmplitude() {
        FrameParams fp = FrameParams.of(WindowSpec.hann(1024), 256, FS);
        double f0 = 40 * FS / 1024;
        ReassignedSpectrogram r = new Reassigner(ReassignParams.of(fp)).compute(cosine(20000, f0, 0.25, 1.0));
        for (int m = 5; m < r.frameCount() - 5; m++) {
            assertEquals(40, r.peakBin(m));
            assertEquals(0.25, r.magnitude(m, 40), 0.25 * 1e-4); // image leakage at bin 40 of 1024 (Hann sidelobe decay)
        }
    }

    /**
     * Every window, analytic signal: no negative-frequency image, so the only error left is the
     * derivative window's O(ν²) consistency error, ~1e-6 Hz (measured); 1e-3 Hz leaves room.
     */
    @ParameterizedTest
    @EnumSource(WindowKind.class)
    void offBinSinusoidForEveryWindow(WindowKind kind) {
        double f0 = 3217.77;
        FrameParams fp = FrameParams.of(spec(kind, 2048, Symmetry.SYMMETRIC), 512, FS).withSignal(SignalModel.ANALYTIC);
        ReassignedSpectrogram r = new Reassigner(ReassignParams.of(fp)).compute(cosine(30000, f0, 0.7, 0));
        for (int m = 4; m < r.frameCount() - 4; m++) {
            int k = r.peakBin(m);
            assertEquals(f0, r.freqHz(m, k), 1e-3, kind + " frame " + m);
            assertEquals(0.0, 20 * Math.log10(r.amplitude(m, k) / 0.7), 0.01, kind + " amplitude");
        }
    }

    /**
     * Real signal, every window: the image at −f₀ leaks through the far sidelobes, which for a
     * window cut off at relative height e (both ends) decay like e/sin(ν/2), so the image at distance
     * Δ = 2ω₀ biases ω̂ by up to 2e/(N·g)·(Δ/2)/sin(Δ/2) rad/sample (g = coherent gain) — nearly
     * independent of f₀. Bound: 1.1× that (the sidelobes' exact shape), plus 1e-3 Hz for windows
     * that vanish at their ends (their far sidelobes fall faster).
     */
    @ParameterizedTest
    @EnumSource(WindowKind.class)
    void realSignalImageBiasStaysWithinItsPrediction(WindowKind kind) {
        double f0 = 3217.77;
        int n = 2048;
        FrameParams fp = FrameParams.of(spec(kind, n, Symmetry.SYMMETRIC), 512, FS);
        Reassigner re = new Reassigner(ReassignParams.of(fp));
        double[] h = re.windows().h();
        double peak = Arrays.stream(h).max().orElseThrow();
        double edge = Math.max(Math.abs(h[-re.windows().supportOffsetSamples()]), 0) / peak;
        double gain = re.windows().sumH() / n / peak;
        double delta = 2 * 2 * Math.PI * f0 / FS;
        double boundHz = 1.1 * 2 * edge / (n * gain) * (delta / 2) / Math.sin(delta / 2) * FS / (2 * Math.PI) + 1e-3;
        ReassignedSpectrogram r = re.compute(cosine(30000, f0, 0.7, 0));
        for (int m = 4; m < r.frameCount() - 4; m++) {
            int k = r.peakBin(m);
            assertEquals(f0, r.freqHz(m, k), boundHz, kind + " frame " + m + " bound " + boundHz);
        }
    }

    /**
     * A linear chirp's WVD is its IF line, and the spectrogram is that WVD smoothed by the window's:
     * reassignment puts the ridge back on the line. Points within 20 dB of each frame's peak, away
     * from the chirp's ends, have median |f̂ − f_IF(t̂)| ≤ 0.05 Hz. Analytic signal, so that the
     * real chirp's image (see {@link #realSignalImageBiasStaysWithinItsPrediction}) does not count.
     */
    @ParameterizedTest
    @EnumSource(WindowKind.class)
    void linearChirpLiesOnItsInstantaneousFrequencyLine(WindowKind kind) {
        double f0 = 1000;
        double rate = 8000; // Hz/s
        int len = 44100;
        FrameParams fp = FrameParams.of(spec(kind, 1024, Symmetry.SYMMETRIC), 256, FS).withSignal(SignalModel.ANALYTIC);
        ReassignedSpectrogram r = new Reassigner(ReassignParams.of(fp)).compute(linearChirp(len, f0, rate, 0.5));
        List<Double> dev = new ArrayList<>();
        for (int m = 0; m < r.frameCount(); m++) {
            int kp = r.peakBin(m);
            if (kp < 0) {
                continue;
            }
            double peak = r.magnitude(m, kp);
            for (int k = Math.max(0, kp - 8); k <= Math.min(r.binCount() - 1, kp + 8); k++) {
                if (!r.valid(m, k) || r.magnitude(m, k) < 0.1 * peak) {
                    continue;
                }
                double t = r.timeSec(m, k);
                if (t < 0.05 || t > 0.95) {
                    continue;
                }
                dev.add(Math.abs(r.freqHz(m, k) - (f0 + rate * t)));
            }
        }
        double[] d = dev.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        assertTrue(d.length > 500, "points " + d.length);
        double median = d[d.length / 2];
        assertTrue(median <= 0.05, kind + " median deviation " + median + " Hz");
    }

    /**
     * An impulse has M = 1 in every valid cell (real signal: the analytic signal of an impulse is
     * not an impulse); a tone M ≈ 0 at its peak (analytic signal: no image).
     */
    @ParameterizedTest
    @EnumSource(WindowKind.class)
    void mixedPartialSeparatesImpulsesFromSinusoids(WindowKind kind) {
        FrameParams fp = FrameParams.of(spec(kind, 1024, Symmetry.SYMMETRIC), 256, FS);
        ReassignedSpectrogram imp = new Reassigner(ReassignParams.of(fp).withFloorDb(-80)).compute(impulse(8000, 4000, 1));
        ReassignedSpectrogram tone = new Reassigner(ReassignParams.of(fp.withSignal(SignalModel.ANALYTIC)))
                .compute(cosine(8000, 2345.6, 1, 0));
        int m = imp.frameCount() / 2;
        for (int k = 0; k < imp.binCount(); k++) {
            if (imp.valid(m, k)) {
                // M − 1 = φ_tω = Re{X_tdh/X} − Re{X_th X_dh/X²} = (s₀−t)h′/h − (s₀−t)h′/h = 0 up to rounding
                assertEquals(1.0, imp.convergence(m, k), 1e-6);
            }
        }
        int kp = tone.peakBin(m);
        assertTrue(tone.convergence(m, kp) < 1e-3, kind + " tone M=" + tone.convergence(m, kp));
    }

    /**
     * α̂ = −φ_tt/φ_tω recovers the chirp rate: median over the interior peak bins within 1%
     * (analytic signal; on a real chirp the image's leakage into the second derivatives costs ~2%).
     */
    @ParameterizedTest
    @EnumSource(WindowKind.class)
    void chirpRateEstimateRecoversTheRate(WindowKind kind) {
        double rate = 20000;
        FrameParams fp = FrameParams.of(spec(kind, 1024, Symmetry.SYMMETRIC), 512, FS).withSignal(SignalModel.ANALYTIC);
        ReassignedSpectrogram r = new Reassigner(ReassignParams.of(fp)).compute(linearChirp(44100, 2000, rate, 0.5));
        double[] est = new double[r.frameCount()];
        int n = 0;
        for (int m = 0; m < r.frameCount(); m++) {
            double t = r.frameTimeSec(m);
            if (t < 0.1 || t > 0.9) {
                continue;
            }
            est[n++] = r.chirpRateHzPerSec(m, r.peakBin(m));
        }
        double[] s = Arrays.copyOf(est, n);
        Arrays.sort(s);
        assertEquals(rate, s[n / 2], 0.01 * rate, kind.toString());
    }

    /** With hop 127 the inside frame m and the centred frame m + 1 of a 256-window share their time. */
    @Test
    void edgePoliciesAgreeOnInteriorFrames() {
        WindowSpec w = WindowSpec.hann(256);
        FrameParams centred = FrameParams.of(w, 127, FS);
        FrameParams inside = centred.withEdges(EdgePolicy.INSIDE);
        double[] x = cosine(2000, 1234.5, 0.5, 0.1);
        ReassignedSpectrogram a = new Reassigner(ReassignParams.of(centred)).compute(x);
        ReassignedSpectrogram b = new Reassigner(ReassignParams.of(inside)).compute(x);
        assertEquals(1 + (2000 - 256) / 127, b.frameCount());
        assertEquals(127.5 / FS, b.frameTimeSec(0), 1e-15);
        assertEquals(0.5 / FS, a.frameTimeSec(0), 1e-15);
        for (int m = 0; m < b.frameCount(); m++) {
            assertEquals(b.frameTimeSec(m), a.frameTimeSec(m + 1), 1e-12);
            for (int k = 0; k < b.binCount(); k++) {
                assertEquals(b.freqHz(m, k), a.freqHz(m + 1, k), 1e-9);
                assertEquals(b.timeSec(m, k), a.timeSec(m + 1, k), 1e-12);
            }
        }
    }

    @Test
    void shortAndSilentSignalsGiveValidEmptyResults() {
        FrameParams fp = FrameParams.of(WindowSpec.hann(2048), 512, FS);
        Reassigner r = new Reassigner(ReassignParams.of(fp));
        ReassignedSpectrogram silent = r.compute(new double[5000]);
        assertEquals(0, silent.points().size());
        ReassignedSpectrogram shortOne = r.compute(cosine(100, 1000, 0.5, 0));
        assertTrue(shortOne.frameCount() >= 1);
        assertTrue(r.compute(new double[0]).frameCount() == 0);
    }

    @Test
    void nonFiniteSamplesAreRejected() {
        FrameParams fp = FrameParams.of(WindowSpec.hann(64), 16, FS);
        double[] x = new double[200];
        x[77] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Reassigner(ReassignParams.of(fp)).compute(x));
        assertTrue(e.getMessage().contains("77"));
    }

    /** The mirrored signs of the seed code move an impulse to 2·t − s₀: shown so the convention cannot silently flip. */
    @Test
    void mirroredSignsWouldMoveTheImpulseAwayFromItsSample() {
        FrameParams fp = FrameParams.of(WindowSpec.hann(512), 512, FS);
        ReassignedSpectrogram r = new Reassigner(ReassignParams.of(fp)).compute(impulse(4000, 2100, 1));
        int m = (int) Math.round(2100.0 / 512);
        double t = r.frameTimeSec(m) * FS;
        int k = 10;
        double tHat = r.timeSec(m, k) * FS;
        double mirrored = t - (tHat - t);
        assertEquals(2100, tHat, 1e-6);
        assertTrue(Math.abs(mirrored - 2100) > 10, "the test signal must sit off the frame centre");
    }
}
