package tfr.stft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tfr.window.AuxWindow;
import tfr.window.AuxiliaryWindows;
import tfr.window.DerivativeMethod;
import tfr.window.WindowSpec;

class StftTest {
    static final double FS = 8000;

    static double[] noise(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble(-1, 1);
        }
        return x;
    }

    /** Direct evaluation of the definition X(t, ω) = Σ_s x[s]·h[s − t]·e^{−jωs} (origin reference). */
    @Test
    void matchesTheDefinitionInBothPhaseReferences() {
        double[] x = noise(1000, 1);
        FrameParams fp = new FrameParams(WindowSpec.hann(101), DerivativeMethod.ANALYTIC, 37, 256, EdgePolicy.CENTRED, FS);
        ComplexStft origin = ComplexStft.of(x, fp, PhaseReference.ORIGIN);
        ComplexStft window = ComplexStft.of(x, fp, PhaseReference.WINDOW);
        double[] h = AuxiliaryWindows.window(fp.window());
        for (int m : new int[] {0, 1, 13, origin.frameCount() - 1}) {
            long start = fp.frameStartSample(m);
            double t = fp.frameTimeSamples(m);
            for (int k : new int[] {0, 1, 50, 128}) {
                double w = fp.binOmega(k);
                double re = 0;
                double im = 0;
                for (int n = 0; n < h.length; n++) {
                    long s = start + n;
                    if (s < 0 || s >= x.length) {
                        continue;
                    }
                    re += x[(int) s] * h[n] * Math.cos(w * s);
                    im -= x[(int) s] * h[n] * Math.sin(w * s);
                }
                // sums of 101 terms of size ≤ 1: round-off ~1e-13
                assertEquals(re, origin.re(m, k), 1e-10);
                assertEquals(im, origin.im(m, k), 1e-10);
                // X̃ = X·e^{jωt}
                double wr = re * Math.cos(w * t) - im * Math.sin(w * t);
                double wi = re * Math.sin(w * t) + im * Math.cos(w * t);
                assertEquals(wr, window.re(m, k), 1e-10);
                assertEquals(wi, window.im(m, k), 1e-10);
            }
        }
    }

    @Test
    void severalWindowsInOnePassEqualSeparatePasses() {
        double[] x = noise(5000, 2);
        FrameParams fp = FrameParams.of(WindowSpec.kaiser(255, 7), 64, FS);
        ComplexStft[] all = ComplexStft.of(x, fp, PhaseReference.ORIGIN, AuxWindow.H, AuxWindow.TH, AuxWindow.DH);
        ComplexStft th = ComplexStft.of(x, fp, PhaseReference.ORIGIN, AuxWindow.TH)[0];
        for (int m = 0; m < th.frameCount(); m += 7) {
            for (int k = 0; k < th.binCount(); k += 5) {
                assertEquals(th.re(m, k), all[1].re(m, k), 0.0);
                assertEquals(th.im(m, k), all[1].im(m, k), 0.0);
            }
        }
    }

    /** A steady tone in the window reference advances by ω₀·hop per frame in every bin near it. */
    @Test
    void windowReferencedPhaseAdvancesByTheToneFrequency() {
        double f0 = 1000;
        int hop = 50;
        double[] x = new double[4000];
        for (int n = 0; n < x.length; n++) {
            x[n] = Math.cos(2 * Math.PI * f0 * n / FS);
        }
        FrameParams fp = new FrameParams(WindowSpec.hann(401), DerivativeMethod.ANALYTIC, hop, 512, EdgePolicy.CENTRED, FS);
        ComplexStft s = ComplexStft.of(x, fp, PhaseReference.WINDOW);
        int k = 64; // 1000 Hz exactly
        double expected = 2 * Math.PI * f0 * hop / FS;
        for (int m = 10; m < 60; m++) {
            double d = s.phaseRad(m + 1, k) - s.phaseRad(m, k) - expected;
            d = Math.IEEEremainder(d, 2 * Math.PI);
            assertEquals(0, d, 1e-6);
        }
    }

    @Test
    void frameGeometry() {
        FrameParams even = FrameParams.of(WindowSpec.hann(1024), 256, 44100);
        assertEquals(-511, even.frameStartSample(0));
        assertEquals(0.5, even.frameTimeSamples(0));
        assertEquals(4, even.frameCount(1024));
        assertEquals(1, even.frameCount(1));
        assertEquals(0, even.frameCount(0));
        FrameParams inside = even.withEdges(EdgePolicy.INSIDE);
        assertEquals(0, inside.frameCount(1000));
        assertEquals(1, inside.frameCount(1024));
        assertEquals(511.5, inside.frameTimeSamples(0));
        assertEquals(1024, even.fftSize());
        assertEquals(513, even.binCount());
    }

    @Test
    void impossibleFramingIsRejectedWithTheParameterNamed() {
        WindowSpec w = WindowSpec.hann(1024);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new FrameParams(w, DerivativeMethod.ANALYTIC, 0, 1024, EdgePolicy.CENTRED, FS)).getMessage().contains("hopSamples"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new FrameParams(w, DerivativeMethod.ANALYTIC, 256, 512, EdgePolicy.CENTRED, FS)).getMessage().contains("fftSize"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new FrameParams(w, DerivativeMethod.ANALYTIC, 256, 1024, EdgePolicy.CENTRED, 0)).getMessage().contains("sampleRateHz"));
    }

    @Test
    void pipelineDeliversBlocksInOrderWithBoundedBlocks() {
        List<Integer> seen = new ArrayList<>();
        int[] created = {0};
        new FramePipeline<int[]>(3, 2).run(100, () -> {
            created[0]++;
            return new int[3];
        }, (b, first, n) -> {
            for (int i = 0; i < n; i++) {
                b[i] = first + i;
            }
        }, (b, first, n) -> {
            for (int i = 0; i < n; i++) {
                seen.add(b[i]);
            }
        }, null);
        assertEquals(100, seen.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(i, seen.get(i));
        }
        assertTrue(created[0] <= 4, "blocks created: " + created[0]);
    }

    @Test
    void fftMatchesNaiveDftForOddAndEvenSizes() {
        for (int size : new int[] {8, 9, 15, 16, 100}) {
            double[] x = noise(size, size);
            double[] re = new double[size / 2 + 1];
            double[] im = new double[size / 2 + 1];
            new Fft(size).realForward(x, re, im);
            for (int k = 0; k <= size / 2; k++) {
                double r = 0;
                double i = 0;
                for (int n = 0; n < size; n++) {
                    r += x[n] * Math.cos(2 * Math.PI * k * n / size);
                    i -= x[n] * Math.sin(2 * Math.PI * k * n / size);
                }
                assertEquals(r, re[k], 1e-10);
                assertEquals(i, im[k], 1e-10);
            }
        }
    }
}
