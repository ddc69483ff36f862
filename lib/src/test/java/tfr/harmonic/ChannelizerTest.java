package tfr.harmonic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/** Harmonic labels against the estimated fundamental, and the stretched series. */
class ChannelizerTest {
    static Stream<Tones.Tone> tones() {
        return Stream.of(Tones.steady(110), Tones.steady(220.5), Tones.steady(440), Tones.vibrato(440, 5.5, 50),
                Tones.stretched(220, 1e-4, 10));
    }

    @ParameterizedTest
    @MethodSource("tones")
    void labelsRecoverTheHarmonicNumberOfEveryPartial(Tones.Tone tone) {
        F0Track track = new F0Estimator().estimate(tone.partials());
        Channelizer ch = new Channelizer(track.envelope(),
                ChannelizerParams.defaults().withInharmonicity(tone.inharmonicity()));
        PartialSet labelled = ch.channelize(tone.partials());
        assertEquals(tone.partials().size(), labelled.size());
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int i = 0; i < labelled.size(); i++) {
            Partial p = labelled.get(i);
            assertEquals(tone.partials().get(i).breakpoints(), p.breakpoints(), "breakpoints untouched");
            assertEquals(tone.trueLabel(p), p.label(), tone.name() + ": " + p);
            seen.add(p.label());
        }
        List<Integer> all = new ArrayList<>();
        for (int n = 1; n <= tone.harmonics(); n++) {
            all.add(n);
        }
        assertEquals(all, new ArrayList<>(seen), tone.name() + ": every harmonic found");
    }

    @Test
    void anOctaveLowReferenceDoublesEveryLabel() {
        // the documented pitfall: nothing looks wrong, every label is 2n
        Tones.Tone tone = Tones.steady(220.5);
        PartialSet labelled = new Channelizer(FrequencyEnvelope.constant(220.5 / 2)).channelize(tone.partials());
        for (Partial p : labelled.partials()) {
            assertEquals(2 * tone.trueLabel(p), p.label());
        }
    }

    @Test
    void stretchedSeriesNeedsTheInharmonicity() {
        double f1 = 65.4; // C2, a piano bass string
        double b = 4e-4;
        List<Partial> partials = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            partials.add(steady(Channelizer.stretchedHz(f1, n, b), 0.1 / n, 0, 0.5));
        }
        PartialSet set = PartialSet.of(partials);
        PartialSet stretched = new Channelizer(FrequencyEnvelope.constant(f1),
                ChannelizerParams.defaults().withInharmonicity(b)).channelize(set);
        PartialSet harmonic = new Channelizer(FrequencyEnvelope.constant(f1)).channelize(set);
        int wrong = 0;
        for (int n = 1; n <= 30; n++) {
            assertEquals(n, stretched.get(n - 1).label());
            wrong += harmonic.get(n - 1).label() != n ? 1 : 0;
        }
        assertTrue(wrong >= 10, "a harmonic grid mislabels the upper partials of a stiff string: " + wrong);
    }

    @Test
    void fractionalHarmonicInvertsTheStretchedSeries() {
        for (double b : new double[] {0, 1e-5, 1e-4, 1e-3, 1e-2}) {
            Channelizer ch = new Channelizer(FrequencyEnvelope.constant(100), ChannelizerParams.defaults().withInharmonicity(b));
            for (int n = 1; n <= 60; n++) {
                assertEquals(n, ch.fractionalHarmonic(0.3, Channelizer.stretchedHz(100, n, b)), 1e-9 * n, "B " + b);
            }
            for (int m = 1; m <= 5; m++) {
                for (int n = m + 1; n <= 40; n += 7) {
                    double est = Channelizer.inharmonicityFrom(Channelizer.stretchedHz(87, m, b), m,
                            Channelizer.stretchedHz(87, n, b), n);
                    assertEquals(b, est, 1e-9 * Math.max(b, 1e-3));
                }
            }
        }
    }

    @Test
    void voteNeedsAConsistentChannel() {
        FrequencyEnvelope ref = FrequencyEnvelope.constant(100);
        // between channels 2 and 3: no vote
        assertEquals(0, new Channelizer(ref).labelOf(steady(250, 0.1, 0, 0.2)));
        // 60% of the amplitude at 300 Hz, 40% at 200 Hz
        List<Breakpoint> b = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            b.add(Breakpoint.of(0.01 * i, i < 6 ? 300 : 200, 0.1, 0));
        }
        Partial wandering = Partial.of(b);
        assertEquals(3, new Channelizer(ref).labelOf(wandering));
        assertEquals(0, new Channelizer(ref, ChannelizerParams.defaults().withMinAgreement(0.7)).labelOf(wandering));
        // zero-amplitude breakpoints carry no vote; no reference, no label
        assertEquals(0, new Channelizer(ref).labelOf(steady(300, 0, 0, 0.1)));
        assertEquals(0, new Channelizer(t -> Double.NaN).labelOf(steady(300, 0.1, 0, 0.1)));
        // a reference that moves: the partial keeps channel 2 while the reference doubles
        List<Breakpoint> glide = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            glide.add(Breakpoint.of(0.1 * i, 2 * (100 + 10 * i), 0.1, 0));
        }
        assertEquals(2, new Channelizer(t -> 100 + 100 * t).labelOf(Partial.of(glide)));
    }

    @Test
    void validation() {
        assertThrows(IllegalArgumentException.class, () -> ChannelizerParams.defaults().withInharmonicity(-1e-4));
        assertThrows(IllegalArgumentException.class, () -> ChannelizerParams.defaults().withToleranceHarmonics(0.6));
        assertThrows(IllegalArgumentException.class, () -> ChannelizerParams.defaults().withMinAgreement(0));
        assertThrows(IllegalArgumentException.class, () -> FrequencyEnvelope.constant(0));
        assertThrows(IllegalArgumentException.class, () -> Channelizer.inharmonicityFrom(100, 2, 200, 2));
        assertNotEquals("", new Channelizer(FrequencyEnvelope.constant(100)).toString());
    }

    static Partial steady(double hz, double amp, double t0, double t1) {
        List<Breakpoint> b = new ArrayList<>();
        for (int i = 0; t0 + 0.01 * i <= t1 + 1e-12; i++) {
            double t = t0 + 0.01 * i;
            b.add(Breakpoint.of(t, hz, amp, 2 * Math.PI * hz * t));
        }
        return Partial.of(b);
    }
}
