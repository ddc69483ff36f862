package tfr.model;

import java.util.List;

/**
 * A partial: a sinusoidal trajectory given by breakpoints in strictly increasing time, between which
 * synthesis interpolates amplitude and frequency and meets every breakpoint's phase.
 *
 * @param label       harmonic label (0 = unlabelled, as in Loris; n ≥ 1 = the n-th harmonic)
 * @param breakpoints at least one breakpoint, times strictly increasing (an immutable copy is kept)
 */
public record Partial(int label, List<Breakpoint> breakpoints) {
    public Partial {
        if (label < 0) {
            throw new IllegalArgumentException("partial label must be >= 0, got " + label);
        }
        if (breakpoints == null || breakpoints.isEmpty()) {
            throw new IllegalArgumentException("a partial needs at least one breakpoint");
        }
        breakpoints = List.copyOf(breakpoints);
        for (int i = 1; i < breakpoints.size(); i++) {
            if (!(breakpoints.get(i).timeSec() > breakpoints.get(i - 1).timeSec())) {
                throw new IllegalArgumentException("partial breakpoint times must increase strictly: "
                        + breakpoints.get(i - 1).timeSec() + " s then " + breakpoints.get(i).timeSec() + " s (index " + i + ")");
            }
        }
    }

    /** An unlabelled partial. */
    public static Partial of(List<Breakpoint> breakpoints) {
        return new Partial(0, breakpoints);
    }

    public Partial withLabel(int l) {
        return new Partial(l, breakpoints);
    }

    public Partial withBreakpoints(List<Breakpoint> b) {
        return new Partial(label, b);
    }

    public int size() {
        return breakpoints.size();
    }

    public Breakpoint first() {
        return breakpoints.get(0);
    }

    public Breakpoint last() {
        return breakpoints.get(breakpoints.size() - 1);
    }

    public double startTimeSec() {
        return first().timeSec();
    }

    public double endTimeSec() {
        return last().timeSec();
    }

    public double durationSec() {
        return endTimeSec() - startTimeSec();
    }

    /** The largest breakpoint amplitude. */
    public double peakAmp() {
        double a = 0;
        for (Breakpoint b : breakpoints) {
            a = Math.max(a, b.amp());
        }
        return a;
    }

    /** Amplitude-weighted mean frequency, Hz (plain mean if every amplitude is 0). */
    public double meanFreqHz() {
        double sw = 0;
        double s = 0;
        double plain = 0;
        for (Breakpoint b : breakpoints) {
            sw += b.amp();
            s += b.amp() * b.freqHz();
            plain += b.freqHz();
        }
        return sw > 0 ? s / sw : plain / breakpoints.size();
    }

    /**
     * Frequency at time t by linear interpolation between breakpoints (the end values outside the
     * partial's span).
     */
    public double freqHzAt(double timeSec) {
        return interpolate(timeSec, true);
    }

    /** Amplitude at time t by linear interpolation between breakpoints; 0 outside the partial's span. */
    public double ampAt(double timeSec) {
        if (timeSec < startTimeSec() || timeSec > endTimeSec()) {
            return 0;
        }
        return interpolate(timeSec, false);
    }

    private double interpolate(double t, boolean freq) {
        List<Breakpoint> b = breakpoints;
        if (t <= b.get(0).timeSec()) {
            return freq ? b.get(0).freqHz() : b.get(0).amp();
        }
        int lo = 0;
        int hi = b.size() - 1;
        if (t >= b.get(hi).timeSec()) {
            return freq ? b.get(hi).freqHz() : b.get(hi).amp();
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (b.get(mid).timeSec() <= t) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Breakpoint p = b.get(lo);
        Breakpoint q = b.get(hi);
        double u = (t - p.timeSec()) / (q.timeSec() - p.timeSec());
        return freq ? p.freqHz() + u * (q.freqHz() - p.freqHz()) : p.amp() + u * (q.amp() - p.amp());
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Partial[label %d, %d breakpoints, %.4f..%.4f s, mean %.2f Hz, peak amp %.4g]",
                label, size(), startTimeSec(), endTimeSec(), meanFreqHz(), peakAmp());
    }
}
