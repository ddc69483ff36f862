package tfr.harmonic;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * Removes label conflicts without joining anything (Loris' Sieve, Fitz &amp; Haken): of the partials
 * sharing a label n ≥ 1, a partial that overlaps a louder one — comes closer to it in time than
 * {@link JoinParams#clearanceSec()} — loses its label (becomes 0). The survivors of each label are
 * then pairwise separated by the clearance, so a {@link Distiller} joins them without dropping a
 * breakpoint, and the unlabelled ones can go to the {@link Collator} or be rendered as they are.
 *
 * <p>Order: within a label, loudest first (energy ∫a² dt, then peak amplitude, earlier start, input
 * order), each kept if it clears every partial kept before it. The output has the same partials in
 * the same order with the same breakpoints; only labels change, and only to 0.
 *
 * <p>Pitfall: Loris' Sieve keeps the longer partial; energy keeps the louder, which for a long, faint
 * partial against a short, strong one may differ. Greedy order is not the maximum number of
 * survivors: one loud partial spanning two quieter, disjoint ones keeps its label and unlabels both.
 */
public final class Sieve {
    private final JoinParams params;

    public Sieve(JoinParams params) {
        if (params == null) {
            throw new IllegalArgumentException("params must not be null");
        }
        this.params = params;
    }

    /** A sieve with {@link JoinParams#defaults()}. */
    public Sieve() {
        this(JoinParams.defaults());
    }

    public JoinParams params() {
        return params;
    }

    /** The set with conflicting labels set to 0 (class doc). */
    public PartialSet sieve(PartialSet set) {
        if (set == null) {
            throw new IllegalArgumentException("set must not be null");
        }
        List<Partial> partials = set.partials();
        TreeMap<Integer, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < partials.size(); i++) {
            if (partials.get(i).label() != 0) {
                byLabel.computeIfAbsent(partials.get(i).label(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Partial> out = new ArrayList<>(partials);
        double clearance = params.clearanceSec();
        for (List<Integer> group : byLabel.values()) {
            List<Partial> accepted = new ArrayList<>();
            for (int i : Pieces.loudestFirst(partials, group)) {
                Partial p = partials.get(i);
                boolean clash = false;
                for (Partial q : accepted) {
                    if (Pieces.overlap(p.startTimeSec(), p.endTimeSec(), q.startTimeSec(), q.endTimeSec(), clearance)) {
                        clash = true;
                        break;
                    }
                }
                if (clash) {
                    out.set(i, p.withLabel(0));
                } else {
                    accepted.add(p);
                }
            }
        }
        return new PartialSet(out);
    }

    @Override
    public String toString() {
        return "Sieve[" + params + "]";
    }
}
