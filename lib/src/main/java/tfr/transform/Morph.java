package tfr.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * Morphing between two labelled sounds (Loris' Morpher) with a time-varying weight α(t) ∈ [0, 1]
 * (0: sound A, 1: sound B). Partials correspond by harmonic label (label them first, e.g. with
 * {@code tfr.harmonic}); for each label present in both, at the union of both partials' breakpoint times:
 * <pre>
 *   f = f_A^{1−α}·f_B^{α}           (pitch interpolates on a log-frequency scale)
 *   a = a_A^{1−α}·a_B^{α}           (amplitude in the log domain: loudness, not intensity, interpolates)
 *   a = (1−α)a_A + α·a_B            where one of them is silent or absent (no log of 0)
 *   bw = (1−α)bw_A + α·bw_B
 * </pre>
 * each source read at the time by its own cubic phase (frequency) and linear amplitude. The phase is
 * re-integrated by the trapezoid rule from the first breakpoint. Unlabelled partials and labels found in
 * one sound only are kept with their amplitudes times (1 − α) (from A) or α (from B), phases unchanged.
 * A constant α of exactly 0 or 1 returns A or B themselves (phases included). If a label occurs on
 * several partials of one sound, the longest one is morphed and the others are treated as unlabelled.
 */
public final class Morph {
    private Morph() {
    }

    /** The morph of A and B with weight α(t) (t in seconds). */
    public static PartialSet apply(PartialSet a, PartialSet b, Curve alpha) {
        if (a == null || b == null || alpha == null) {
            throw new IllegalArgumentException("sounds and weight must not be null");
        }
        if (!(alpha.min() >= 0 && alpha.max() <= 1)) {
            throw new IllegalArgumentException("morph weight must be in [0, 1], got " + alpha.min() + ".." + alpha.max());
        }
        if (alpha.isConstant() && alpha.at(0) == 0.0) {
            return a;
        }
        if (alpha.isConstant() && alpha.at(0) == 1.0) {
            return b;
        }
        Map<Integer, Partial> la = byLabel(a);
        Map<Integer, Partial> lb = byLabel(b);
        List<Partial> out = new ArrayList<>();
        for (Map.Entry<Integer, Partial> e : la.entrySet()) {
            Partial pb = lb.get(e.getKey());
            if (pb != null) {
                out.add(morph(e.getValue(), pb, alpha).withLabel(e.getKey()));
            }
        }
        for (Partial p : a.partials()) {
            if (la.get(p.label()) != p || !lb.containsKey(p.label())) {
                scaled(p, alpha, true, out);
            }
        }
        for (Partial p : b.partials()) {
            if (lb.get(p.label()) != p || !la.containsKey(p.label())) {
                scaled(p, alpha, false, out);
            }
        }
        return PartialSet.of(out);
    }

    /** The longest partial of each label ≥ 1. */
    static Map<Integer, Partial> byLabel(PartialSet s) {
        Map<Integer, Partial> m = new TreeMap<>();
        for (Partial p : s.partials()) {
            if (p.label() > 0) {
                Partial q = m.get(p.label());
                if (q == null || p.durationSec() > q.durationSec()) {
                    m.put(p.label(), p);
                }
            }
        }
        return m;
    }

    private static void scaled(Partial p, Curve alpha, boolean fromA, List<Partial> out) {
        List<Breakpoint> nb = new ArrayList<>(p.size());
        boolean audible = false;
        for (Breakpoint x : p.breakpoints()) {
            double w = alpha.at(x.timeSec());
            double amp = x.amp() * (fromA ? 1 - w : w);
            audible |= amp > 0;
            nb.add(x.withAmp(amp));
        }
        if (audible) {
            out.add(p.withBreakpoints(nb));
        }
    }

    private static Partial morph(Partial pa, Partial pb, Curve alpha) {
        TreeSet<Double> times = new TreeSet<>();
        for (Breakpoint x : pa.breakpoints()) {
            times.add(x.timeSec());
        }
        for (Breakpoint x : pb.breakpoints()) {
            times.add(x.timeSec());
        }
        List<Breakpoint> nb = new ArrayList<>(times.size());
        for (double t : times) {
            Breakpoint va = PhaseTrack.valueAt(pa, t);
            Breakpoint vb = PhaseTrack.valueAt(pb, t);
            double w = alpha.at(t);
            double f;
            if (va == null) {
                f = vb.freqHz();
            } else if (vb == null) {
                f = va.freqHz();
            } else {
                f = va.freqHz() > 0 && vb.freqHz() > 0
                        ? Math.exp((1 - w) * Math.log(va.freqHz()) + w * Math.log(vb.freqHz()))
                        : (1 - w) * va.freqHz() + w * vb.freqHz();
            }
            double aa = va == null ? 0 : va.amp();
            double ab = vb == null ? 0 : vb.amp();
            double amp = aa > 0 && ab > 0 ? Math.exp((1 - w) * Math.log(aa) + w * Math.log(ab)) : (1 - w) * aa + w * ab;
            double bw = (1 - w) * (va == null ? 0 : va.bandwidth()) + w * (vb == null ? 0 : vb.bandwidth());
            double phase = va != null ? va.phaseRad() : vb.phaseRad();
            nb.add(new Breakpoint(t, Math.max(0, f), amp, phase, Math.min(1, Math.max(0, bw))));
        }
        return Partial.of(PhaseTrack.reintegrate(nb));
    }
}
