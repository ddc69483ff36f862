package tfr.harmonic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * Fewer unlabelled partials (Loris' Collator, Fitz &amp; Haken): unlabelled partials that do not
 * overlap in time are joined into as few partials as possible, so that a model with many short noise
 * fragments has fewer oscillators (and fewer SDIF tracks). Labelled partials pass unchanged.
 *
 * <h2>Rule (interval partitioning)</h2>
 * Unlabelled partials are taken in order of start time; each is appended to the collated partial
 * that ended earliest, if that one ended at least {@link JoinParams#clearanceSec()} before it starts,
 * otherwise it starts a new collated partial. Appending inserts the {@link JoinParams} nulls (a
 * zero-amplitude breakpoint {@code fadeSec} after the earlier piece, one {@code fadeSec} before the
 * later, phases carried linearly), so every piece renders as it would alone. This greedy order is
 * optimal: the number of collated partials equals the largest number of unlabelled partials that
 * pairwise overlap (closer than the clearance) at one time — no partitioning can use fewer.
 * (Loris sorts by end time and takes the first fitting partial.)
 *
 * <p>Output: the labelled partials in input order, then the collated ones (label 0) in order of their
 * first start. Every input breakpoint is kept; only nulls are added.
 *
 * <p>Pitfall: pieces joined into one partial may be far apart in frequency; the cubic phase sweeps
 * between them at zero amplitude, which is silent but makes frequency plots of collated partials
 * look like long diagonal lines. Collate for storage and synthesis, not for display.
 */
public final class Collator {
    private final JoinParams params;

    public Collator(JoinParams params) {
        if (params == null) {
            throw new IllegalArgumentException("params must not be null");
        }
        this.params = params;
    }

    /** A collator with {@link JoinParams#defaults()}. */
    public Collator() {
        this(JoinParams.defaults());
    }

    public JoinParams params() {
        return params;
    }

    /** The collated set (class doc). */
    public PartialSet collate(PartialSet set) {
        if (set == null) {
            throw new IllegalArgumentException("set must not be null");
        }
        List<Partial> out = new ArrayList<>();
        List<Partial> unlabelled = new ArrayList<>();
        for (Partial p : set.partials()) {
            (p.label() == 0 ? unlabelled : out).add(p);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < unlabelled.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> unlabelled.get(i).startTimeSec())
                .thenComparingDouble(i -> unlabelled.get(i).endTimeSec()).thenComparingInt(i -> i));
        List<List<List<Breakpoint>>> chains = new ArrayList<>();
        List<Double> chainEnd = new ArrayList<>();
        PriorityQueue<Integer> byEnd = new PriorityQueue<>(
                Comparator.<Integer>comparingDouble(chainEnd::get).thenComparingInt(c -> c));
        double clearance = params.clearanceSec();
        for (int i : order) {
            Partial p = unlabelled.get(i);
            Integer c = byEnd.peek();
            if (c != null && chainEnd.get(c) + clearance <= p.startTimeSec()) {
                byEnd.poll();
            } else {
                c = chains.size();
                chains.add(new ArrayList<>());
                chainEnd.add(0.0);
            }
            chains.get(c).add(p.breakpoints());
            chainEnd.set(c, p.endTimeSec());
            byEnd.add(c);
        }
        for (List<List<Breakpoint>> chain : chains) {
            out.add(new Partial(0, Pieces.join(chain, params.fadeSec())));
        }
        return new PartialSet(out);
    }

    @Override
    public String toString() {
        return "Collator[" + params + "]";
    }
}
