package tfr.harmonic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tfr.model.Breakpoint;
import tfr.model.Partial;

/** Shared by the Distiller, Sieve and Collator: loudness order, overlap and the join with null breakpoints. */
final class Pieces {
    private Pieces() {
    }

    /** {@code ∫a² dt} by the trapezoid rule over the breakpoints (0 for a single breakpoint), amp²·s. */
    static double energy(List<Breakpoint> b) {
        double e = 0;
        for (int i = 1; i < b.size(); i++) {
            Breakpoint p = b.get(i - 1);
            Breakpoint q = b.get(i);
            e += 0.5 * (p.amp() * p.amp() + q.amp() * q.amp()) * (q.timeSec() - p.timeSec());
        }
        return e;
    }

    /**
     * Loudest first: larger energy, then larger peak amplitude, then earlier start, then lower index in
     * {@code partials} (so the order is total and the result never depends on the input's order beyond that).
     */
    static List<Integer> loudestFirst(List<Partial> partials, List<Integer> indices) {
        double[] energy = new double[partials.size()];
        for (int i : indices) {
            energy[i] = energy(partials.get(i).breakpoints());
        }
        List<Integer> order = new ArrayList<>(indices);
        order.sort(Comparator.<Integer>comparingDouble(i -> -energy[i])
                .thenComparingDouble(i -> -partials.get(i).peakAmp())
                .thenComparingDouble(i -> partials.get(i).startTimeSec())
                .thenComparingInt(i -> i));
        return order;
    }

    /** Whether [s1, e1] and [s2, e2] come closer than {@code clearance} (touching at exactly the clearance is not). */
    static boolean overlap(double s1, double e1, double s2, double e2, double clearance) {
        return s1 < e2 + clearance && s2 < e1 + clearance;
    }

    /**
     * The pieces (each a breakpoint list, in increasing time, each at least {@code clearance} after
     * the previous) as one breakpoint list: between pieces, a null breakpoint {@code fadeSec} after the
     * earlier piece's last breakpoint and one {@code fadeSec} before the later piece's first, each
     * unless that end is already at amplitude 0. Nulls keep the end's frequency and bandwidth and carry
     * its phase linearly, so each piece renders as it would alone with the synthesizer's fades.
     */
    static List<Breakpoint> join(List<List<Breakpoint>> pieces, double fadeSec) {
        List<Breakpoint> out = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            List<Breakpoint> piece = pieces.get(k);
            if (k > 0) {
                Breakpoint first = piece.get(0);
                if (first.amp() > 0) {
                    out.add(nullAt(first, -fadeSec));
                }
            }
            out.addAll(piece);
            if (k < pieces.size() - 1) {
                Breakpoint last = piece.get(piece.size() - 1);
                if (last.amp() > 0) {
                    out.add(nullAt(last, fadeSec));
                }
            }
        }
        return out;
    }

    /** A zero-amplitude breakpoint {@code dt} from {@code b} at b's frequency, phase advanced by 2π·f·dt. */
    static Breakpoint nullAt(Breakpoint b, double dt) {
        return new Breakpoint(b.timeSec() + dt, b.freqHz(), 0.0, b.phaseRad() + 2 * Math.PI * b.freqHz() * dt,
                b.bandwidth());
    }
}
