package tfr.harmonic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * One partial per harmonic label (Loris' Distiller, Fitz &amp; Haken): the partials that share a label
 * n ≥ 1 become a single partial labelled n; unlabelled partials (label 0) pass unchanged.
 *
 * <h2>Rule</h2>
 * Within a label, partials are taken loudest first (energy {@code ∫a² dt} by the trapezoid rule over
 * the breakpoints; ties: peak amplitude, earlier start, input order). Each keeps the runs of its
 * breakpoints that stay at least {@link JoinParams#clearanceSec()} (= 2·fade + silence) away from
 * every piece kept before it; a run ends where the partial meets a kept piece. So where two partials
 * overlap in time the louder's breakpoints win, and the quieter contributes only outside the louder's
 * span plus the clearance. The kept pieces, in time order, are joined as {@link JoinParams} says: a
 * zero-amplitude breakpoint {@code fadeSec} after each piece and {@code fadeSec} before the next
 * (unless the end is already at amplitude 0, as the {@link tfr.analysis.Analyzer}'s end points are),
 * at the end's frequency with the phase carried linearly, φ ± 2π·f·fadeSec.
 *
 * <h2>Phase</h2>
 * Every kept breakpoint keeps its measured phase, and a null's phase is what a constant-frequency
 * fade gives, so rendering the distilled partial equals rendering each kept piece alone with the
 * synthesizer's fade (when {@link JoinParams#fadeSec} equals {@link tfr.synth.SynthParams#fadeSec}):
 * between the two nulls the cubic phase bridges the gap at zero amplitude, silently.
 *
 * <h2>Output order</h2>
 * Distilled partials in increasing label, then the unlabelled partials in their input order (as Loris).
 *
 * <p>Pitfalls: (1) the quieter partial's breakpoints dropped in an overlap are discarded, not absorbed
 * as bandwidth as Loris' {@code Partial::absorb} does, so their energy leaves the model; (2) Loris
 * prefers the longer partial and keeps at most one run of each shorter one, this prefers the louder
 * (energy, which favours long and loud alike) and keeps every run that fits; (3) a label's partials
 * that were wrongly labelled (an octave error in the reference) are joined all the same — check the
 * labels first ({@link Sieve} shows the conflicts without joining).
 */
public final class Distiller {
    private final JoinParams params;

    public Distiller(JoinParams params) {
        if (params == null) {
            throw new IllegalArgumentException("params must not be null");
        }
        this.params = params;
    }

    /** A distiller with {@link JoinParams#defaults()}. */
    public Distiller() {
        this(JoinParams.defaults());
    }

    public JoinParams params() {
        return params;
    }

    /** The distilled set (class doc): one partial per label ≥ 1, then the unlabelled partials. */
    public PartialSet distill(PartialSet set) {
        if (set == null) {
            throw new IllegalArgumentException("set must not be null");
        }
        List<Partial> partials = set.partials();
        TreeMap<Integer, List<Integer>> byLabel = new TreeMap<>();
        List<Partial> unlabelled = new ArrayList<>();
        for (int i = 0; i < partials.size(); i++) {
            Partial p = partials.get(i);
            if (p.label() == 0) {
                unlabelled.add(p);
            } else {
                byLabel.computeIfAbsent(p.label(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Partial> out = new ArrayList<>();
        for (var e : byLabel.entrySet()) {
            out.add(distillOne(partials, e.getValue(), e.getKey()));
        }
        out.addAll(unlabelled);
        return new PartialSet(out);
    }

    private Partial distillOne(List<Partial> partials, List<Integer> group, int label) {
        if (group.size() == 1) {
            return partials.get(group.get(0));
        }
        double clearance = params.clearanceSec();
        List<List<Breakpoint>> kept = new ArrayList<>();
        for (int i : Pieces.loudestFirst(partials, group)) {
            List<Breakpoint> b = partials.get(i).breakpoints();
            List<Breakpoint> run = new ArrayList<>();
            List<List<Breakpoint>> runs = new ArrayList<>();
            for (Breakpoint bp : b) {
                boolean free = true;
                for (List<Breakpoint> k : kept) {
                    double s = k.get(0).timeSec();
                    double e = k.get(k.size() - 1).timeSec();
                    if (Pieces.overlap(bp.timeSec(), bp.timeSec(), s, e, clearance)) {
                        free = false;
                        break;
                    }
                }
                if (free && !run.isEmpty() && separatedByKept(run.get(run.size() - 1).timeSec(), bp.timeSec(), kept)) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                if (free) {
                    run.add(bp);
                } else if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            }
            if (!run.isEmpty()) {
                runs.add(run);
            }
            kept.addAll(runs);
        }
        kept.sort(Comparator.comparingDouble(k -> k.get(0).timeSec()));
        return new Partial(label, Pieces.join(kept, params.fadeSec()));
    }

    /** Whether a kept piece lies between two free breakpoint times (then they belong to different runs). */
    private static boolean separatedByKept(double t0, double t1, List<List<Breakpoint>> kept) {
        for (List<Breakpoint> k : kept) {
            if (k.get(0).timeSec() > t0 && k.get(k.size() - 1).timeSec() < t1) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Distiller[" + params + "]";
    }
}
