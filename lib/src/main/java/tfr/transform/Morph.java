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
            double[] va = valueAt(pa, t);
            double[] vb = valueAt(pb, t);
            double w = alpha.at(t);
            double f;
            if (va == null) {
                f = vb[0];
            } else if (vb == null) {
                f = va[0];
            } else {
                f = va[0] > 0 && vb[0] > 0 ? Math.exp((1 - w) * Math.log(va[0]) + w * Math.log(vb[0])) : (1 - w) * va[0] + w * vb[0];
            }
            double aa = va == null ? 0 : va[1];
            double ab = vb == null ? 0 : vb[1];
            double amp = aa > 0 && ab > 0 ? Math.exp((1 - w) * Math.log(aa) + w * Math.log(ab)) : (1 - w) * aa + w * ab;
            double bw = (1 - w) * (va == null ? 0 : va[2]) + w * (vb == null ? 0 : vb[2]);
            double phase = va != null ? va[3] : vb[3];
            nb.add(new Breakpoint(t, Math.max(0, f), amp, phase, Math.min(1, Math.max(0, bw))));
        }
        return Partial.of(PhaseTrack.reintegrate(nb));
    }

    /** {freq (cubic), amp, bandwidth, phase} of p at t, or null outside its span. */
    static double[] valueAt(Partial p, double t) {
        List<Breakpoint> b = p.breakpoints();
        if (t < p.startTimeSec() || t > p.endTimeSec()) {
            return null;
        }
        for (int i = 0; i < b.size(); i++) {
            Breakpoint c = b.get(i);
            if (c.timeSec() == t) {
                return new double[] {c.freqHz(), c.amp(), c.bandwidth(), c.phaseRad()};
            }
            if (c.timeSec() > t) {
                Breakpoint prev = b.get(i - 1);
                double[] cubic = PhaseTrack.cubicAt(prev, c, t);
                double u = (t - prev.timeSec()) / (c.timeSec() - prev.timeSec());
                return new double[] {Math.max(0, cubic[1]), prev.amp() + u * (c.amp() - prev.amp()),
                    prev.bandwidth() + u * (c.bandwidth() - prev.bandwidth()), Breakpoint.wrap(cubic[0])};
            }
        }
        return null;
    }
}
