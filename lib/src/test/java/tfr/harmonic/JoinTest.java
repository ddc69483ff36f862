package tfr.harmonic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/** Distiller, Sieve and Collator: counts, overlaps, breakpoints kept, and rendering unchanged. */
class JoinTest {
    static final JoinParams J = JoinParams.defaults();
    static final double CLEAR = J.clearanceSec();

    // ---- helpers

    private static Map<Breakpoint, Integer> multiset(List<Breakpoint> bs) {
        Map<Breakpoint, Integer> m = new HashMap<>();
        for (Breakpoint b : bs) {
            m.merge(b, 1, Integer::sum);
        }
        return m;
    }

    private static List<Breakpoint> all(List<Partial> ps) {
        List<Breakpoint> out = new ArrayList<>();
        for (Partial p : ps) {
            out.addAll(p.breakpoints());
        }
        return out;
    }

    /** Output breakpoints not in the input are zero-amplitude nulls; every input breakpoint in {@code kept} is in the output. */
    private static void assertKeptPlusNulls(List<Breakpoint> kept, List<Breakpoint> output, String what) {
        Map<Breakpoint, Integer> out = multiset(output);
        for (Breakpoint b : kept) {
            Integer c = out.get(b);
            assertTrue(c != null && c > 0, what + ": lost " + b);
            out.put(b, c - 1);
        }
        out.forEach((b, c) -> {
            if (c > 0) {
                assertEquals(0.0, b.amp(), what + ": extra breakpoint " + b + " is not a null");
            }
        });
    }

    private static double maxAbsDiff(double[] a, double[] b) {
        assertEquals(a.length, b.length);
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    /** The largest number of intervals [start, end + clearance) covering one instant. */
    private static int maxDepth(List<Partial> ps) {
        TreeMap<Double, Integer> events = new TreeMap<>();
        for (Partial p : ps) {
            events.merge(p.startTimeSec(), 1, Integer::sum);
            events.merge(p.endTimeSec() + CLEAR, -1, Integer::sum);
        }
        int depth = 0;
        int best = 0;
        for (int d : events.values()) { // at equal times, ends (−1) and starts (+1) are netted: touching is not overlap
            depth += d;
            best = Math.max(best, depth);
        }
        return best;
    }

    // ---- Distiller

    @Test
    void distillLeavesOnePartialPerLabelOnAnAnalysedVibrato() {
        Tones.Tone tone = Tones.vibrato(440, 5.5, 50);
        F0Track track = new F0Estimator().estimate(tone.partials());
        PartialSet labelled = new Channelizer(track.envelope()).channelize(tone.partials());
        assertTrue(labelled.size() > 10, "the vibrato breaks the upper harmonics into fragments: " + labelled);
        PartialSet d = new Distiller().distill(labelled);
        List<Integer> labels = new ArrayList<>();
        for (Partial p : d.partials()) {
            labels.add(p.label());
        }
        TreeSet<Integer> distinct = new TreeSet<>();
        for (Partial p : labelled.partials()) {
            if (p.label() > 0) {
                distinct.add(p.label());
            }
        }
        assertEquals(new ArrayList<>(distinct), labels, "one partial per label, in label order");
        for (Partial p : d.partials()) {
            List<Partial> same = labelled.withLabel(p.label()).partials();
            // the loudest of the label is kept whole; every other breakpoint is an input one or a null
            Partial loudest = same.get(Pieces.loudestFirst(same, indices(same.size())).get(0));
            assertTrue(p.breakpoints().containsAll(loudest.breakpoints()), "label " + p.label());
            Map<Breakpoint, Integer> in = multiset(all(same));
            for (Breakpoint b : p.breakpoints()) {
                assertTrue(in.containsKey(b) || b.amp() == 0, "label " + p.label() + ": foreign " + b);
            }
            // the distilled harmonic spans the tone
            assertTrue(p.startTimeSec() < 0.1 && p.endTimeSec() > 0.9, p.toString());
        }
    }

    private static List<Integer> indices(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        return l;
    }

    @Test
    void distillRendersLikeTheKeptPieces() {
        // A loud, B quieter overlapping A's end, C after a gap: same label
        Partial a = withAmp(ChannelizerTest.steady(440, 0.2, 0.10, 0.40), 1).withLabel(1);
        Partial b = withAmp(ChannelizerTest.steady(441, 0.05, 0.30, 0.60), 1).withLabel(1);
        Partial c = withAmp(ChannelizerTest.steady(439, 0.1, 0.70, 0.90), 1).withLabel(1);
        Partial other = ChannelizerTest.steady(880, 0.1, 0.0, 1.0).withLabel(2);
        Partial noise = ChannelizerTest.steady(1234, 0.01, 0.2, 0.3);
        PartialSet set = PartialSet.of(List.of(b, noise, c, other, a));
        PartialSet d = new Distiller().distill(set);
        assertEquals(3, d.size());
        assertEquals(List.of(1, 2, 0), List.of(d.get(0).label(), d.get(1).label(), d.get(2).label()));
        assertEquals(other, d.get(1));
        assertEquals(noise, d.get(2));
        // B keeps only what lies a clearance after A's end
        List<Breakpoint> bTail = new ArrayList<>();
        for (Breakpoint x : b.breakpoints()) {
            if (x.timeSec() >= a.endTimeSec() + CLEAR) {
                bTail.add(x);
            }
        }
        assertTrue(bTail.size() > 5 && bTail.size() < b.size());
        assertKeptPlusNulls(all(List.of(a, Partial.of(bTail), c)), d.get(0).breakpoints(), "label 1");
        int len = (int) Math.ceil(1.1 * Tones.FS);
        double[] joined = Tones.render(PartialSet.of(List.of(d.get(0))), len);
        double[] pieces = Tones.render(PartialSet.of(List.of(a, Partial.of(bTail), c)), len);
        assertTrue(maxAbsDiff(joined, pieces) < 1e-9, "joined " + maxAbsDiff(joined, pieces));
    }

    private static Partial withAmp(Partial p, double scale) {
        List<Breakpoint> b = new ArrayList<>();
        for (Breakpoint x : p.breakpoints()) {
            b.add(x.withAmp(x.amp() * scale));
        }
        return p.withBreakpoints(b);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void distillOnRandomSets(long seed) {
        PartialSet set = RandomPartials.of(seed, 60);
        PartialSet d = new Distiller().distill(set);
        TreeSet<Integer> labels = new TreeSet<>();
        int unlabelled = 0;
        for (Partial p : set.partials()) {
            if (p.label() > 0) {
                labels.add(p.label());
            } else {
                unlabelled++;
            }
        }
        assertEquals(labels.size() + unlabelled, d.size());
        for (int i = 0; i < labels.size(); i++) {
            assertEquals(List.copyOf(labels).get(i), d.get(i).label());
        }
        assertEquals(set.withLabel(0).partials(), d.partials().subList(labels.size(), d.size()));
        for (int label : labels) {
            List<Partial> same = set.withLabel(label).partials();
            Partial out = d.withLabel(label).get(0);
            Partial loudest = same.get(Pieces.loudestFirst(same, indices(same.size())).get(0));
            assertTrue(out.breakpoints().containsAll(loudest.breakpoints()), "seed " + seed + " label " + label);
            Map<Breakpoint, Integer> in = multiset(all(same));
            for (Breakpoint b : out.breakpoints()) {
                assertTrue(in.containsKey(b) || b.amp() == 0, "seed " + seed + " label " + label + ": foreign " + b);
            }
        }
        // after the sieve, distilling drops nothing: every breakpoint of every survivor is kept
        PartialSet sieved = new Sieve().sieve(set);
        PartialSet ds = new Distiller().distill(sieved);
        for (int label : labels) {
            assertKeptPlusNulls(all(sieved.withLabel(label).partials()), ds.withLabel(label).get(0).breakpoints(),
                    "seed " + seed + " label " + label);
        }
        int len = new tfr.synth.Synthesizer(tfr.synth.SynthParams.of(Tones.FS)).lengthSamplesFor(set) + 10;
        assertTrue(maxAbsDiff(Tones.render(sieved, len), Tones.render(ds, len)) < 1e-9, "sieve + distill renders the same");
    }

    // ---- Sieve

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sieveOnRandomSets(long seed) {
        PartialSet set = RandomPartials.of(seed, 60);
        PartialSet s = new Sieve().sieve(set);
        assertEquals(set.size(), s.size());
        int unlabelledBySieve = 0;
        for (int i = 0; i < set.size(); i++) {
            Partial in = set.get(i);
            Partial out = s.get(i);
            assertEquals(in.breakpoints(), out.breakpoints());
            assertTrue(out.label() == in.label() || out.label() == 0);
            if (out.label() != in.label()) {
                unlabelledBySieve++;
                // it clashed with a louder survivor of its label
                boolean clash = false;
                for (Partial q : s.withLabel(in.label()).partials()) {
                    clash |= Pieces.overlap(in.startTimeSec(), in.endTimeSec(), q.startTimeSec(), q.endTimeSec(), CLEAR)
                            && Pieces.energy(q.breakpoints()) >= Pieces.energy(in.breakpoints());
                }
                assertTrue(clash, "seed " + seed + ": " + in + " unlabelled without a louder clash");
            }
        }
        assertTrue(unlabelledBySieve > 0, "the random sets have conflicts");
        for (int label = 1; label <= 3; label++) {
            List<Partial> same = s.withLabel(label).partials();
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    Partial p = same.get(i);
                    Partial q = same.get(j);
                    assertFalse(Pieces.overlap(p.startTimeSec(), p.endTimeSec(), q.startTimeSec(), q.endTimeSec(), CLEAR),
                            "seed " + seed + ": " + p + " and " + q);
                }
            }
            // the loudest partial of each label keeps it
            List<Partial> before = set.withLabel(label).partials();
            if (!before.isEmpty()) {
                Partial loudest = before.get(Pieces.loudestFirst(before, indices(before.size())).get(0));
                assertTrue(same.contains(loudest));
            }
        }
    }

    // ---- Collator

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void collateOnRandomSets(long seed) {
        PartialSet set = RandomPartials.of(seed, 80);
        List<Partial> unlabelled = set.withLabel(0).partials();
        List<Partial> labelled = set.select(p -> p.label() > 0).partials();
        PartialSet c = new Collator().collate(set);
        assertEquals(labelled, c.partials().subList(0, labelled.size()), "labelled partials pass unchanged, first");
        List<Partial> collated = c.partials().subList(labelled.size(), c.size());
        assertEquals(maxDepth(unlabelled), collated.size(), "seed " + seed + ": the fewest partials possible");
        assertTrue(collated.size() < unlabelled.size(), "seed " + seed + ": collation reduces the count");
        for (Partial p : collated) {
            assertEquals(0, p.label());
        }
        assertKeptPlusNulls(all(unlabelled), all(collated), "seed " + seed);
        // each input partial lies whole inside one collated partial, and no other piece comes within the clearance
        for (Partial u : unlabelled) {
            int holders = 0;
            for (Partial p : collated) {
                if (p.breakpoints().containsAll(u.breakpoints())) {
                    holders++;
                    for (Breakpoint b : p.breakpoints()) {
                        boolean inside = b.timeSec() >= u.startTimeSec() && b.timeSec() <= u.endTimeSec();
                        boolean near = b.timeSec() > u.startTimeSec() - CLEAR + J.fadeSec() - 1e-12
                                && b.timeSec() < u.endTimeSec() + CLEAR - J.fadeSec() + 1e-12;
                        assertTrue(!near || inside || b.amp() == 0, "seed " + seed + ": " + b + " too close to " + u);
                        if (inside) {
                            assertTrue(u.breakpoints().contains(b), "seed " + seed + ": foreign " + b + " inside " + u);
                        }
                    }
                }
            }
            assertEquals(1, holders, "seed " + seed + ": " + u);
        }
        int len = new tfr.synth.Synthesizer(tfr.synth.SynthParams.of(Tones.FS)).lengthSamplesFor(set) + 10;
        assertTrue(maxAbsDiff(Tones.render(set, len), Tones.render(c, len)) < 1e-9, "collation renders the same");
    }

    @Test
    void collateKeepsTouchingPartialsApart() {
        Partial p = ChannelizerTest.steady(300, 0.1, 0.0, 0.1);
        Partial justClear = ChannelizerTest.steady(500, 0.1, 0.1 + CLEAR, 0.2);
        Partial tooClose = ChannelizerTest.steady(700, 0.1, 0.1 + CLEAR * 0.9, 0.2);
        assertEquals(1, new Collator().collate(PartialSet.of(List.of(p, justClear))).size());
        assertEquals(2, new Collator().collate(PartialSet.of(List.of(p, tooClose))).size());
        assertEquals(PartialSet.empty(), new Collator().collate(PartialSet.empty()));
        assertEquals(PartialSet.empty(), new Distiller().distill(PartialSet.empty()));
    }

    @Test
    void validation() {
        assertThrows(IllegalArgumentException.class, () -> new JoinParams(0, 0.001));
        assertThrows(IllegalArgumentException.class, () -> new JoinParams(0.001, -1));
        assertThrows(IllegalArgumentException.class, () -> new Distiller(null));
        assertEquals(0.003, JoinParams.defaults().clearanceSec(), 1e-15);
        assertTrue(JoinParams.defaults().toString().contains("ms"));
    }
}
