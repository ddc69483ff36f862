package tfr.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

class SynthesizerTest {
    static final double FS = 44_100;
    static final double NYQ = FS / 2;

    static Synthesizer synth() {
        return new Synthesizer(SynthParams.of(FS).withNoise(BandwidthNoise.OFF));
    }

    static double frac(double c) {
        return c - Math.floor(c);
    }

    /** 10·log10(Σ ref² / Σ (x − ref)²) over samples [from, to]. */
    static double snrDb(double[] ref, double[] x, int from, int to) {
        double s = 0;
        double e = 0;
        for (int n = from; n <= to; n++) {
            s += ref[n] * ref[n];
            e += (x[n] - ref[n]) * (x[n] - ref[n]);
        }
        return e == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(s / e);
    }

    /**
     * Breakpoints of a signal with phase (in cycles) {@code cycles(t)} and frequency {@code freq(t)}
     * at sample times start, start + step, …, start + count·step.
     */
    static Partial exactPartial(double startSample, double stepSamples, int count, DoubleUnaryOperator cycles,
                                DoubleUnaryOperator freq, DoubleUnaryOperator amp, double phaseRad) {
        List<Breakpoint> b = new ArrayList<>();
        for (int k = 0; k <= count; k++) {
            double t = (startSample + k * stepSamples) / FS;
            b.add(Breakpoint.of(t, freq.applyAsDouble(t), amp.applyAsDouble(t),
                    2 * Math.PI * frac(cycles.applyAsDouble(t)) + phaseRad));
        }
        return Partial.of(b);
    }

    static double[] reference(int length, DoubleUnaryOperator cycles, DoubleUnaryOperator amp, double phaseRad) {
        double[] r = new double[length];
        for (int n = 0; n < length; n++) {
            double t = n / FS;
            r[n] = amp.applyAsDouble(t) * Math.cos(2 * Math.PI * frac(cycles.applyAsDouble(t)) + phaseRad);
        }
        return r;
    }

    // (a) -----------------------------------------------------------------------------------------

    @Test
    void steadyOffBinSinusoidIsReproducedAbove110Db() {
        double f = 1234.5678;
        DoubleUnaryOperator cyc = t -> f * t;
        for (double start : new double[] {1024, 1000.37}) { // integer and fractional breakpoint times
            Partial p = exactPartial(start, 512, 80, cyc, t -> f, t -> 0.7, 0.3);
            int len = (int) (start + 512 * 80) + 300;
            double[] x = synth().render(PartialSet.of(List.of(p)), len);
            double[] ref = reference(len, cyc, t -> 0.7, 0.3);
            double snr = snrDb(ref, x, (int) Math.ceil(start), (int) Math.floor(start + 512 * 80));
            assertTrue(snr >= 110, "start " + start + ": SNR " + snr + " dB");
        }
    }

    // (b) -----------------------------------------------------------------------------------------

    @Test
    void linearChirpIsReproducedExactlyByTheCubicAbove100Db() {
        // f(t) = 300 + 2000 t Hz over 2 s (to 4300 Hz): phase is quadratic, so the cubic's β is 0.
        DoubleUnaryOperator cyc = t -> 300 * t + 1000 * t * t;
        DoubleUnaryOperator freq = t -> 300 + 2000 * t;
        int count = 172; // 172 · 512 samples ≈ 2 s
        for (double start : new double[] {0, 77.25}) {
            for (DoubleUnaryOperator amp : List.<DoubleUnaryOperator>of(t -> 0.5, t -> 0.2 + 0.15 * t)) {
                Partial p = exactPartial(start, 512, count, cyc, freq, amp, 0.9);
                int len = (int) (start + 512 * count) + 100;
                double[] x = synth().render(PartialSet.of(List.of(p)), len);
                double[] ref = reference(len, cyc, amp, 0.9);
                double snr = snrDb(ref, x, (int) Math.ceil(start), (int) Math.floor(start + 512 * count));
                assertTrue(snr >= 100, "start " + start + ": SNR " + snr + " dB");
            }
        }
    }

    @Test
    void quadraticPhaseHoldsAcrossIrregularBreakpointSpacing() {
        DoubleUnaryOperator cyc = t -> 440 * t - 150 * t * t; // 440 Hz falling at 300 Hz/s
        List<Breakpoint> b = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(5);
        double n = 300;
        while (n < 40_000) {
            double t = n / FS;
            b.add(Breakpoint.of(t, 440 - 300 * t, 0.4, 2 * Math.PI * frac(cyc.applyAsDouble(t))));
            n += r.nextDouble(40, 3000);
        }
        Partial p = Partial.of(b);
        double[] x = synth().render(PartialSet.of(List.of(p)), 41_000);
        double[] ref = reference(41_000, cyc, t -> 0.4, 0);
        double snr = snrDb(ref, x, 300, (int) Math.floor(p.endTimeSec() * FS));
        assertTrue(snr >= 100, "SNR " + snr + " dB");
    }

    // (c) -----------------------------------------------------------------------------------------

    @Test
    void everyBreakpointSampleEqualsItsAmplitudeTimesCosineOfItsPhase() {
        SplittableRandom r = new SplittableRandom(42);
        for (int trial = 0; trial < 20; trial++) {
            List<Breakpoint> b = new ArrayList<>();
            int n = r.nextInt(-200, 500);
            List<Integer> samples = new ArrayList<>();
            for (int k = 0; k < 30; k++) {
                // Inconsistent on purpose: random frequency, phase and amplitude at every breakpoint.
                b.add(Breakpoint.of(n / FS, r.nextDouble(50, 8000), r.nextDouble(0.05, 1),
                        r.nextDouble(-Math.PI, Math.PI)));
                samples.add(n);
                n += r.nextInt(8, 2500);
            }
            Partial p = Partial.of(b);
            double[] x = synth().render(PartialSet.of(List.of(p)), n + 100);
            for (int k = 0; k < b.size(); k++) {
                int s = samples.get(k);
                if (s < 0) {
                    continue;
                }
                Breakpoint bp = b.get(k);
                assertEquals(bp.amp() * Math.cos(bp.phaseRad()), x[s], 1e-9, "trial " + trial + " breakpoint " + k);
            }
        }
    }

    @Test
    void instantaneousFrequencyAtBreakpointsIsTheBreakpointFrequencyOnBothSides() {
        // Render the partial as cos φ and (phases − π/2) as sin φ; the unwrapped phase atan2(sin, cos)
        // then gives φ′ at a breakpoint sample m by second-order one-sided differences that stay in one
        // segment: (3·d₁ − d₂)/(2h) with d₁ = φ(m±1) − φ(m), d₂ = φ(m±2) − φ(m±1) (error h²·φ‴/3,
        // ~0.01 Hz here). Random, inconsistent phases make the cubics far from linear.
        SplittableRandom r = new SplittableRandom(9);
        List<Breakpoint> cos = new ArrayList<>();
        List<Breakpoint> sin = new ArrayList<>();
        int n = 100;
        List<Integer> at = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            double f = r.nextDouble(200, 3000);
            double ph = r.nextDouble(-Math.PI, Math.PI);
            cos.add(Breakpoint.of(n / FS, f, 1, ph));
            sin.add(Breakpoint.of(n / FS, f, 1, ph - Math.PI / 2));
            at.add(n);
            n += 700;
        }
        double[] c = synth().render(PartialSet.of(List.of(Partial.of(cos))), n);
        double[] s = synth().render(PartialSet.of(List.of(Partial.of(sin))), n);
        for (int k = 1; k < at.size() - 1; k++) {
            int m = at.get(k);
            for (int dir : new int[] {1, -1}) {
                double p0 = Math.atan2(s[m], c[m]);
                double p1 = Math.atan2(s[m + dir], c[m + dir]);
                double p2 = Math.atan2(s[m + 2 * dir], c[m + 2 * dir]);
                double d1 = Breakpoint.wrap(p1 - p0);
                double d2 = Breakpoint.wrap(p2 - p1);
                double fHz = dir * (3 * d1 - d2) * FS / (4 * Math.PI);
                assertEquals(cos.get(k).freqHz(), fHz, 0.1, "breakpoint " + k + (dir > 0 ? " right" : " left"));
            }
        }
    }

    // (d) -----------------------------------------------------------------------------------------

    @Test
    void zeroAmplitudeEndsLeaveTheOutsideExactlyZero() {
        List<Breakpoint> b = List.of(Breakpoint.of(1000.5 / FS, 500, 0, 0.1), Breakpoint.of(2000 / FS, 510, 0.8, 1),
                Breakpoint.of(3000.25 / FS, 520, 0.6, -2), Breakpoint.of(4000 / FS, 530, 0, 0.5));
        double[] x = synth().render(PartialSet.of(List.of(Partial.of(b))), 5000);
        for (int n = 0; n <= 1000; n++) {
            assertEquals(0.0, x[n], 0.0, "n=" + n);
        }
        for (int n = 4001; n < 5000; n++) {
            assertEquals(0.0, x[n], 0.0, "n=" + n);
        }
        assertEquals(0.0, x[4000], 1e-15); // amplitude 0 at the last breakpoint
        assertNotEquals(0.0, x[1001]);
        assertNotEquals(0.0, x[3999]);
    }

    @Test
    void nonZeroEndsFadeLinearlyOverFadeSecAtConstantFrequency() {
        for (double fadeSec : new double[] {0.001, 0.005}) {
            double t0 = 2000 / FS;
            double tL = 6000.25 / FS;
            double f0 = 440;
            double fL = 660;
            double ph0 = 0.4;
            double phL = -1.3;
            List<Breakpoint> b = List.of(Breakpoint.of(t0, f0, 0.8, ph0), Breakpoint.of(4000 / FS, 550, 0.7, 2.0),
                    Breakpoint.of(tL, fL, 0.5, phL));
            Synthesizer s = new Synthesizer(SynthParams.of(FS).withNoise(BandwidthNoise.OFF).withFadeSec(fadeSec));
            double[] x = s.render(PartialSet.of(List.of(Partial.of(b))), 10_000);
            double fade = fadeSec * FS;
            int firstNonZero = -1;
            int lastNonZero = -1;
            for (int n = 0; n < x.length; n++) {
                if (x[n] != 0) {
                    lastNonZero = n;
                    if (firstNonZero < 0) {
                        firstNonZero = n;
                    }
                }
            }
            // The fade starts exactly fadeSec before t0 and ends exactly fadeSec after tL.
            assertEquals((int) Math.floor(2000 - fade) + 1, firstNonZero, "fade-in start, fade " + fadeSec);
            assertEquals((int) Math.ceil(6000.25 + fade) - 1, lastNonZero, "fade-out end, fade " + fadeSec);
            for (int n = firstNonZero; n < 2000; n++) {
                double t = n / FS;
                double env = 0.8 * (1 - (t0 - t) / fadeSec);
                assertEquals(env * Math.cos(ph0 + 2 * Math.PI * f0 * (t - t0)), x[n], 1e-12, "fade-in n=" + n);
            }
            for (int n = 6001; n <= lastNonZero; n++) {
                double t = n / FS;
                double env = 0.5 * (1 - (t - tL) / fadeSec);
                assertEquals(env * Math.cos(phL + 2 * Math.PI * fL * (t - tL)), x[n], 1e-12, "fade-out n=" + n);
            }
        }
    }

    @Test
    void zeroFadeTimeGivesAbruptEndsAndAnIsolatedBreakpointATriangle() {
        Synthesizer abrupt = new Synthesizer(SynthParams.of(FS).withNoise(BandwidthNoise.OFF).withFadeSec(0));
        List<Breakpoint> b = List.of(Breakpoint.of(100 / FS, 1000, 0.5, 0.2), Breakpoint.of(200 / FS, 1000, 0.5, 0.3));
        double[] x = abrupt.render(PartialSet.of(List.of(Partial.of(b))), 300);
        for (int n = 0; n < 100; n++) {
            assertEquals(0.0, x[n], 0.0);
        }
        assertEquals(0.5 * Math.cos(0.2), x[100], 1e-12);
        assertEquals(0.5 * Math.cos(0.3), x[200], 1e-12);
        for (int n = 201; n < 300; n++) {
            assertEquals(0.0, x[n], 0.0);
        }
        // A single breakpoint with the default fade: a 2-ms triangle centred on it.
        Partial one = Partial.of(List.of(Breakpoint.of(500 / FS, 300, 1, 0)));
        double[] y = synth().render(PartialSet.of(List.of(one)), 1000);
        assertEquals(1.0, y[500], 1e-12);
        double t10 = 10 / FS;
        assertEquals((1 - t10 / 0.001) * Math.cos(2 * Math.PI * 300 * t10), y[510], 1e-12);
        assertEquals((1 - t10 / 0.001) * Math.cos(-2 * Math.PI * 300 * t10), y[490], 1e-12);
        assertEquals(0.0, y[500 - 45], 0.0);
        assertEquals(0.0, y[500 + 45], 0.0);
    }

    // (e) -----------------------------------------------------------------------------------------

    @Test
    void partialsAboveNyquistAreSilent() {
        List<Breakpoint> b = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            b.add(Breakpoint.of(k * 512 / FS, 23_000 + 10 * k, 0.9, k));
        }
        Breakpoint atNyquist = Breakpoint.of(0.05, NYQ, 1, 0);
        double[] x = synth().render(PartialSet.of(List.of(Partial.of(b), Partial.of(List.of(atNyquist)))), 12_000);
        for (double v : x) {
            assertEquals(0.0, v, 0.0);
        }
    }

    @Test
    void aChirpLeavingTheBandIsMutedExactlyWhereItsFrequencyReachesNyquist() {
        // 20 kHz rising at 40 kHz/s: crosses 22.05 kHz at t = 51.25 ms (sample 2260.1).
        DoubleUnaryOperator cyc = t -> 20_000 * t + 20_000 * t * t;
        DoubleUnaryOperator freq = t -> 20_000 + 40_000 * t;
        Partial p = exactPartial(0, 256, 20, cyc, freq, t -> 0.5, 0);
        double[] x = synth().render(PartialSet.of(List.of(p)), 6000);
        double[] ref = reference(6000, cyc, t -> 0.5, 0);
        for (int n = 0; n < 6000; n++) {
            double f = freq.applyAsDouble(n / FS);
            if (f >= NYQ) {
                assertEquals(0.0, x[n], 0.0, "n=" + n + " at " + f + " Hz");
            }
        }
        // Up to the last in-band breakpoint (sample 2048, 21.86 kHz) the output is the exact chirp.
        assertTrue(snrDb(ref, x, 0, 2048) > 100);
        // Between it and the crossing the amplitude ramps towards 0 at the next (muted) breakpoint.
        for (int n = 2049; n <= 2260; n++) {
            double env = 0.5 * (1 - (n - 2048) / 256.0);
            assertEquals(env * ref[n] / 0.5, x[n], 1e-9, "n=" + n);
        }
    }

    /** The MQ cubic in radians, written independently of the implementation; returns {φ, φ′/2π}. */
    static double[] cubic(Breakpoint b0, Breakpoint b1, double t) {
        double T = b1.timeSec() - b0.timeSec();
        double w0 = 2 * Math.PI * b0.freqHz();
        double w1 = 2 * Math.PI * b1.freqHz();
        double m = Math.rint(((b0.phaseRad() + w0 * T - b1.phaseRad()) + (w1 - w0) * T / 2) / (2 * Math.PI));
        double e = b1.phaseRad() + 2 * Math.PI * m - b0.phaseRad() - w0 * T;
        double alpha = 3 * e / (T * T) - (w1 - w0) / T;
        double beta = -2 * e / (T * T * T) + (w1 - w0) / (T * T);
        double tau = t - b0.timeSec();
        return new double[] {b0.phaseRad() + w0 * tau + alpha * tau * tau + beta * tau * tau * tau,
                (w0 + 2 * alpha * tau + 3 * beta * tau * tau) / (2 * Math.PI)};
    }

    @Test
    void samplesWhereTheCubicLeavesZeroToNyquistAreGatedOthersAreUntouched() {
        // Equal end frequencies and a phase mismatch of ±0.45 cycle make the cubic's frequency swing by
        // 1.5·0.45/T ≈ 58 Hz mid-segment: above Nyquist from 22 kHz, below 0 Hz from 20 Hz.
        double tA = 100 / FS;
        double tB = 612 / FS;
        double[][] cases = {{22_000, 0.45}, {20, -0.45}};
        for (double[] c : cases) {
            double f = c[0];
            double phB = Breakpoint.wrap(0.3 + 2 * Math.PI * (f * (tB - tA) + c[1]));
            Breakpoint b0 = Breakpoint.of(tA, f, 0.6, 0.3);
            Breakpoint b1 = Breakpoint.of(tB, f, 0.6, phB);
            double[] x = synth().render(PartialSet.of(List.of(Partial.of(List.of(b0, b1)))), 700);
            int gated = 0;
            for (int n = 100; n < 612; n++) {
                double[] pf = cubic(b0, b1, n / FS);
                if (pf[1] >= NYQ + 0.01 || pf[1] < -0.01) {
                    assertEquals(0.0, x[n], 0.0, f + " Hz case, n=" + n + " at " + pf[1] + " Hz");
                    gated++;
                } else if (pf[1] < NYQ - 0.01 && pf[1] >= 0.01) {
                    assertEquals(0.6 * Math.cos(pf[0]), x[n], 1e-9, f + " Hz case, n=" + n);
                }
            }
            assertTrue(gated > 100, f + " Hz case: only " + gated + " samples gated");
        }
    }

    // Structure -----------------------------------------------------------------------------------

    @Test
    void clippingAndNegativeTimesGiveTheSameWaveformAsAShiftedPartial() {
        // Breakpoints from −10 ms to well past the buffer; the same partial shifted by +1000 samples
        // (phases unchanged, so the waveform shifts) rendered into a longer buffer agrees to 1e-10.
        List<Breakpoint> b = new ArrayList<>();
        List<Breakpoint> shifted = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(3);
        for (int k = 0; k < 40; k++) {
            double t = -0.01 + k * 0.013;
            double f = 300 + 50 * Math.sin(k);
            double ph = r.nextDouble(-3, 3);
            b.add(Breakpoint.of(t, f, 0.5, ph));
            shifted.add(Breakpoint.of(t + 1000 / FS, f, 0.5, ph));
        }
        double[] x = synth().render(PartialSet.of(List.of(Partial.of(b))), 8000);
        double[] y = synth().render(PartialSet.of(List.of(Partial.of(shifted))), 9000);
        for (int n = 0; n < 8000; n++) {
            assertEquals(y[n + 1000], x[n], 1e-10, "n=" + n);
        }
        // A shorter buffer is a bit-identical prefix.
        double[] shorter = synth().render(PartialSet.of(List.of(Partial.of(b))), 3333);
        for (int n = 0; n < shorter.length; n++) {
            assertEquals(x[n], shorter[n], 0.0);
        }
        // Entirely outside the buffer: nothing, no exception.
        Partial late = Partial.of(List.of(Breakpoint.of(1e6, 100, 1, 0), Breakpoint.of(1e6 + 1, 100, 1, 0)));
        Partial early = Partial.of(List.of(Breakpoint.of(-5, 100, 1, 0), Breakpoint.of(-4, 100, 1, 0)));
        double[] z = synth().render(PartialSet.of(List.of(late, early)), 100);
        assertArrayEquals(new double[100], z);
    }

    @Test
    void renderIsTheInOrderSumOfAddToAndReportsProgress() {
        List<Partial> ps = new ArrayList<>();
        for (int h = 1; h <= 7; h++) {
            final int hh = h;
            ps.add(exactPartial(0, 512, 20, t -> 220 * hh * t, t -> 220 * hh, t -> 0.3 / hh, 0.1 * h).withLabel(h));
        }
        PartialSet set = PartialSet.of(ps);
        Synthesizer s = synth();
        List<Double> fractions = new ArrayList<>();
        double[] x = s.render(set, 12_000, (stage, frac) -> {
            assertEquals("synthesis", stage);
            fractions.add(frac);
        });
        double[] y = new double[12_000];
        for (int i = 0; i < set.size(); i++) {
            s.addTo(y, set.get(i), i);
        }
        assertArrayEquals(y, x, 0.0);
        assertEquals(0.0, fractions.get(0));
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1));
        }
        assertArrayEquals(new double[0], s.render(PartialSet.empty(), 0));
        assertArrayEquals(new double[5], s.render(PartialSet.empty(), 5, null));
    }

    @Test
    void lengthSamplesForCoversTheLastFade() {
        Synthesizer s = synth();
        Partial a = Partial.of(List.of(Breakpoint.of(0, 100, 1, 0), Breakpoint.of(1000 / FS, 100, 1, 0)));
        Partial z = Partial.of(List.of(Breakpoint.of(0, 100, 1, 0), Breakpoint.of(1500.5 / FS, 100, 0, 0)));
        assertEquals(0, s.lengthSamplesFor(PartialSet.empty()));
        assertEquals(1000 + 44 + 1, s.lengthSamplesFor(PartialSet.of(List.of(a)))); // 1 ms = 44.1 samples
        assertEquals(1501, s.lengthSamplesFor(PartialSet.of(List.of(a, z))));
        double[] x = s.render(PartialSet.of(List.of(a)), s.lengthSamplesFor(PartialSet.of(List.of(a))) + 10);
        for (int n = 1045; n < x.length; n++) {
            assertEquals(0.0, x[n], 0.0);
        }
    }
}
