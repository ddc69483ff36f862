package tfr.harmonic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/** The fundamental of analysed synthetic tones, and the frame-level search and its octave rule. */
class F0EstimatorTest {
    /** Largest relative f0 error accepted on analysed tones. */
    static final double TOLERANCE = 0.005;

    /** Every interior frame is voiced and within {@link #TOLERANCE} of the truth; returns the largest error. */
    static double checkTrack(Tones.Tone tone, F0Track track) {
        List<Integer> interior = Tones.interior(track);
        assertTrue(interior.size() >= 70, () -> tone.name() + ": " + track);
        double worst = 0;
        for (int i : interior) {
            double t = track.timeSec(i);
            double truth = tone.f0At().applyAsDouble(t);
            assertTrue(track.isVoiced(i), tone.name() + ": frame at " + t + " s not voiced, Q " + track.harmonicity(i));
            assertTrue(track.harmonicity(i) >= 0.9, tone.name() + ": Q " + track.harmonicity(i) + " at " + t + " s");
            double err = Math.abs(track.f0Hz(i) / truth - 1);
            worst = Math.max(worst, err);
            assertTrue(err < TOLERANCE, tone.name() + ": f0 " + track.f0Hz(i) + " Hz at " + t + " s, truth " + truth);
        }
        return worst;
    }

    @ParameterizedTest
    @ValueSource(doubles = {110, 220.5, 440})
    void steadyHarmonicToneWithinHalfAPercent(double f0) {
        Tones.Tone tone = Tones.steady(f0);
        F0Track track = new F0Estimator().estimate(tone.partials());
        checkTrack(tone, track);
        assertEquals(f0, track.medianVoicedHz(), f0 * 1e-3);
    }

    @Test
    void vibratoFollowsTheInstantaneousFundamental() {
        Tones.Tone tone = Tones.vibrato(440, 5.5, 50);
        F0Track track = new F0Estimator().estimate(tone.partials());
        checkTrack(tone, track);
        // the track really follows the vibrato: it spans most of the ±50 cent swing
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i : Tones.interior(track)) {
            lo = Math.min(lo, track.f0Hz(i));
            hi = Math.max(hi, track.f0Hz(i));
        }
        double swingCents = 1200 * Math.log(hi / lo) / Math.log(2);
        assertTrue(swingCents > 90 && swingCents < 101, "swing " + swingCents + " cents");
    }

    @Test
    void stretchedSeriesGivesTheNominalFundamental() {
        Tones.Tone tone = Tones.stretched(220, 1e-4, 10);
        F0Track track = new F0Estimator().estimate(tone.partials());
        checkTrack(tone, track);
        // the estimate is a compromise above f1, never below it (every partial is sharp of n·f1)
        for (int i : Tones.interior(track)) {
            assertTrue(track.f0Hz(i) > 220, "f0 " + track.f0Hz(i));
        }
    }

    @Test
    void gridIsAbsoluteAndInsideTheSpan() {
        Tones.Tone tone = Tones.steady(220.5);
        F0Params params = F0Params.defaults().withHopSec(0.004);
        F0Track track = new F0Estimator(params).estimate(tone.partials());
        PartialSet set = tone.partials();
        assertTrue(track.timeSec(0) >= set.startTimeSec() && track.timeSec(0) - 0.004 < set.startTimeSec());
        double last = track.timeSec(track.size() - 1);
        assertTrue(last <= set.endTimeSec() && last + 0.004 > set.endTimeSec());
        for (int i = 0; i < track.size(); i++) {
            double k = track.timeSec(i) / 0.004;
            assertEquals(Math.rint(k), k, 1e-9);
        }
        assertEquals(0, new F0Estimator().estimate(PartialSet.empty()).size());
    }

    // ---- the frame search on exact partials

    private static double[] harmonics(double f0, int... ns) {
        double[] f = new double[ns.length];
        for (int i = 0; i < ns.length; i++) {
            f[i] = ns[i] * f0;
        }
        return f;
    }

    private static double[] oneOverN(int... ns) {
        double[] a = new double[ns.length];
        for (int i = 0; i < ns.length; i++) {
            a[i] = 0.3 / ns[i];
        }
        return a;
    }

    @Test
    void harmonicFrameGivesTheFundamentalNotASubharmonic() {
        F0Estimator e = new F0Estimator();
        int[] all = {1, 2, 3, 4, 5, 6, 7, 8};
        for (double f0 : new double[] {55, 100, 196, 440, 1000}) {
            F0Frame fr = e.estimateFrame(harmonics(f0, all), oneOverN(all));
            assertEquals(f0, fr.f0Hz(), f0 * 1e-12, "f0 " + f0);
            assertEquals(1, fr.harmonicity(), 1e-12);
            assertTrue(fr.voiced());
            // subharmonics have the same Q: the rule, not Q, picks f0
            assertEquals(1, F0Estimator.harmonicity(harmonics(f0, all), oneOverN(all), f0 / 2), 1e-12);
        }
    }

    @Test
    void missingFundamentalAndOddHarmonicsOnly() {
        F0Estimator e = new F0Estimator();
        int[] noFirst = {2, 3, 4, 5, 6, 7, 8};
        assertEquals(200, e.estimateFrame(harmonics(200, noFirst), oneOverN(noFirst)).f0Hz(), 1e-9);
        int[] odd = {1, 3, 5, 7, 9};
        assertEquals(200, e.estimateFrame(harmonics(200, odd), oneOverN(odd)).f0Hz(), 1e-9);
        int[] even = {2, 4, 6, 8}; // that is a 400 Hz tone
        assertEquals(400, e.estimateFrame(harmonics(200, even), oneOverN(even)).f0Hz(), 1e-9);
    }

    @Test
    void octaveToleranceDecidesWeakOddHarmonics() {
        // odd harmonics carry 1% of the energy: Q(2·f0) = 1 − 2·0.01 = 0.98
        double[] f = harmonics(150, 1, 2, 3, 4);
        double[] a = {Math.sqrt(0.005), Math.sqrt(0.6), Math.sqrt(0.005), Math.sqrt(0.39)};
        assertEquals(0.98, F0Estimator.harmonicity(f, a, 300), 1e-12);
        assertEquals(300, new F0Estimator().estimateFrame(f, a).f0Hz(), 1e-9, "default tolerance 0.05: the documented octave-up pitfall");
        assertEquals(150, new F0Estimator(F0Params.defaults().withOctaveToleranceQ(0.01)).estimateFrame(f, a).f0Hz(), 1e-9);
    }

    @Test
    void loneSinusoidAndRange() {
        F0Estimator e = new F0Estimator();
        assertEquals(300, e.estimateFrame(new double[] {300}, new double[] {0.5}).f0Hz(), 1e-9);
        // above the range: its highest subharmonic inside it
        assertEquals(1500, e.estimateFrame(new double[] {3000}, new double[] {0.5}).f0Hz(), 1e-9);
        F0Frame none = e.estimateFrame(new double[] {20}, new double[] {0.5});
        assertTrue(Double.isNaN(none.f0Hz()) && !none.voiced());
        F0Frame silent = e.estimateFrame(new double[] {300, 600}, new double[] {0, 0});
        assertTrue(Double.isNaN(silent.f0Hz()) && silent.levelDb() == Double.NEGATIVE_INFINITY && !silent.voiced());
    }

    @Test
    void inharmonicFrameIsUnvoiced() {
        // ideal membrane modes (Bessel zeros ratios): no common fundamental in 100..2000 Hz
        double[] f = {200, 200 * 1.593, 200 * 2.136, 200 * 2.296, 200 * 2.653, 200 * 2.918};
        double[] a = {0.3, 0.3, 0.3, 0.3, 0.3, 0.3};
        F0Frame fr = new F0Estimator(F0Params.defaults().withRangeHz(100, 2000)).estimateFrame(f, a);
        assertTrue(fr.harmonicity() < 0.9, fr.toString());
        assertFalse(fr.voiced());
    }

    @Test
    void levelFloor() {
        int[] all = {1, 2, 3};
        double[] quiet = {1e-4, 0.5e-4, 0.3e-4}; // −78 dB
        F0Frame fr = new F0Estimator().estimateFrame(harmonics(300, all), quiet);
        assertEquals(300, fr.f0Hz(), 1e-9);
        assertFalse(fr.voiced(), fr.toString());
        assertTrue(new F0Estimator(F0Params.defaults().withMinLevelDb(-90)).estimateFrame(harmonics(300, all), quiet).voiced());
    }

    @Test
    void harmonicityIsLorisFormula() {
        double[] f = {101, 203, 298, 411};
        double[] a = {0.5, 0.2, 0.1, 0.05};
        double num = 0;
        double den = 0;
        for (int k = 0; k < f.length; k++) {
            num += a[k] * a[k] * Math.cos(2 * Math.PI * f[k] / 100.7);
            den += a[k] * a[k];
        }
        assertEquals(num / den, F0Estimator.harmonicity(f, a, 100.7), 1e-15);
        // Q(2f0) = (E_even − E_odd)/E for exact harmonics
        int[] ns = {1, 2, 3, 4, 5};
        double[] amps = oneOverN(ns);
        double even = amps[1] * amps[1] + amps[3] * amps[3];
        double total = 0;
        for (double x : amps) {
            total += x * x;
        }
        assertEquals((2 * even - total) / total, F0Estimator.harmonicity(harmonics(100, ns), amps, 200), 1e-12);
    }

    @Test
    void trackFramesOfAHandMadeSet() {
        // two notes one after the other: 200 Hz then 300 Hz; the envelope glides between them
        Partial[] ps = new Partial[6];
        for (int n = 1; n <= 3; n++) {
            ps[n - 1] = line(n, 200, 0.0, 0.5);
            ps[n + 2] = line(n, 300, 0.6, 1.0);
        }
        F0Track track = new F0Estimator().estimate(PartialSet.of(List.of(ps)));
        F0Envelope env = track.envelope();
        for (int i = 0; i < track.size(); i++) {
            double t = track.timeSec(i);
            if (t <= 0.5) {
                assertEquals(200, track.f0Hz(i), 1e-9);
            } else if (t >= 0.6) {
                assertEquals(300, track.f0Hz(i), 1e-9);
            } else {
                assertFalse(track.isVoiced(i));
                assertTrue(Double.isNaN(track.f0Hz(i)));
            }
        }
        assertEquals(250, env.hzAt(0.55), 1e-9);
        assertEquals(200, env.hzAt(-1), 0);
        assertEquals(300, track.f0HzAt(7), 0);
    }

    private static Partial line(int n, double f0, double t0, double t1) {
        List<Breakpoint> b = new java.util.ArrayList<>();
        for (double t = t0; t <= t1 + 1e-12; t += 0.005) {
            b.add(Breakpoint.of(t, n * f0, 0.3 / n, 0));
        }
        return Partial.of(b);
    }

    @Test
    void envelopeMedianRemovesShortOctaveGlitches() {
        int n = 41;
        double[] t = new double[n];
        double[] f = new double[n];
        double[] q = new double[n];
        boolean[] v = new boolean[n];
        for (int i = 0; i < n; i++) {
            t[i] = 0.01 * i;
            f[i] = i == 20 || i == 21 ? 220 : 110;
            q[i] = 1;
            v[i] = i != 10;
        }
        F0Track track = new F0Track(t, f, q, v);
        assertEquals(40, track.voicedCount());
        assertEquals(110, track.envelope().hzAt(0.205), 0, "two glitch frames in a median of 5");
        assertEquals(220, track.envelope(1).hzAt(0.205), 0, "no median");
        assertEquals(110, track.envelope().hzAt(0.1), 0, "the unvoiced frame is bridged");
    }

    @Test
    void validation() {
        assertThrows(IllegalArgumentException.class, () -> F0Params.defaults().withRangeHz(500, 100));
        assertThrows(IllegalArgumentException.class, () -> F0Params.defaults().withThreshold(1.5));
        assertThrows(IllegalArgumentException.class, () -> F0Params.defaults().withHopSec(0));
        assertThrows(IllegalArgumentException.class, () -> new F0Track(new double[] {0, 0}, new double[2], new double[2],
                new boolean[2]));
        assertThrows(IllegalArgumentException.class, () -> new F0Track(new double[] {0}, new double[] {Double.NaN},
                new double[] {1}, new boolean[] {true}));
        assertThrows(IllegalArgumentException.class, () -> new F0Track(new double[] {0}, new double[] {100},
                new double[] {1}, new boolean[] {true}).envelope(4));
        String s = new F0Estimator().estimate(Tones.steady(220.5).partials()).toString();
        assertTrue(s.startsWith("F0Track[") && s.contains("frames") && !s.contains("[D@"), s);
        assertThrows(IllegalArgumentException.class, () -> new F0Estimator(F0Params.defaults().withHopSec(1e-9))
                .estimate(PartialSet.of(List.of(line(1, 100, 0, 100)))));
    }
}
