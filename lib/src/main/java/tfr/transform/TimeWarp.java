package tfr.transform;

import java.util.ArrayList;
import java.util.List;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * Time stretch and dilation (Loris' Dilator): a monotonic map of time that moves chosen time points
 * ({@code fromSec[i] → toSec[i]}, e.g. note onsets of one performance onto another's) and stretches
 * linearly between them; beyond the first and last point times shift with slope 1. {@link #ratio(double)}
 * is the plain stretch t → S·t. Frequencies do not change.
 *
 * <h2>Phase</h2>
 * Between breakpoints the new advance is the old unwrapped advance plus the trapezoid phase of the
 * added time, Δφ′ = Δφ + π(f₀ + f₁)(Δt′ − Δt), from the first breakpoint's phase on: a steady tone
 * stays exactly consistent at its frequency, whatever the stretch, and S = 1 changes nothing.
 */
public final class TimeWarp {
    private final double[] from;
    private final double[] to;
    private final double scale;

    private TimeWarp(double[] from, double[] to, double scale) {
        this.from = from;
        this.to = to;
        this.scale = scale;
    }

    /** t → S·t. */
    public static TimeWarp ratio(double s) {
        if (!(s > 0) || !Double.isFinite(s)) {
            throw new IllegalArgumentException("time ratio must be finite and > 0, got " + s);
        }
        return new TimeWarp(null, null, s);
    }

    /** Moves fromSec[i] to toSec[i] (both strictly increasing, same length ≥ 1). */
    public static TimeWarp of(double[] fromSec, double[] toSec) {
        if (fromSec == null || toSec == null || fromSec.length == 0 || fromSec.length != toSec.length) {
            throw new IllegalArgumentException("time warp needs as many target as source time points, at least one");
        }
        for (int i = 0; i < fromSec.length; i++) {
            if (!Double.isFinite(fromSec[i]) || !Double.isFinite(toSec[i])) {
                throw new IllegalArgumentException("time warp point " + i + " must be finite");
            }
            if (i > 0 && (!(fromSec[i] > fromSec[i - 1]) || !(toSec[i] > toSec[i - 1]))) {
                throw new IllegalArgumentException("time warp points must increase strictly (point " + i + ")");
            }
        }
        return new TimeWarp(fromSec.clone(), toSec.clone(), Double.NaN);
    }

    /** The new time of t. */
    public double map(double t) {
        if (from == null) {
            return scale * t;
        }
        int n = from.length;
        if (t <= from[0]) {
            return to[0] + (t - from[0]);
        }
        if (t >= from[n - 1]) {
            return to[n - 1] + (t - from[n - 1]);
        }
        int hi = 1;
        while (from[hi] < t) {
            hi++;
        }
        int lo = hi - 1;
        return to[lo] + (t - from[lo]) * (to[hi] - to[lo]) / (from[hi] - from[lo]);
    }

    /** The warped partials. */
    public PartialSet apply(PartialSet set) {
        if (set == null) {
            throw new IllegalArgumentException("set must not be null");
        }
        if (from == null && scale == 1.0) {
            return set;
        }
        List<Partial> out = new ArrayList<>(set.size());
        for (Partial p : set.partials()) {
            List<Breakpoint> b = p.breakpoints();
            List<Breakpoint> nb = new ArrayList<>(b.size());
            double phase = b.get(0).phaseRad();
            double prevT = map(b.get(0).timeSec());
            nb.add(b.get(0).withTimeSec(prevT));
            for (int i = 1; i < b.size(); i++) {
                Breakpoint a = b.get(i - 1);
                Breakpoint c = b.get(i);
                double t = map(c.timeSec());
                double dtOld = c.timeSec() - a.timeSec();
                double dtNew = t - prevT;
                phase += PhaseTrack.unwrappedAdvance(a, c) + Math.PI * (a.freqHz() + c.freqHz()) * (dtNew - dtOld);
                phase = Breakpoint.wrap(phase);
                nb.add(new Breakpoint(t, c.freqHz(), c.amp(), phase, c.bandwidth()));
                prevT = t;
            }
            out.add(p.withBreakpoints(nb));
        }
        return PartialSet.of(out);
    }

    @Override
    public String toString() {
        return from == null ? "TimeWarp[ratio " + scale + "]" : "TimeWarp[" + from.length + " points]";
    }
}
