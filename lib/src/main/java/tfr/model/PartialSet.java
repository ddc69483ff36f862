package tfr.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A sound as a set of partials, with the selections researchers need (by duration, amplitude and
 * frequency range). Immutable; the order of partials is kept (it is their index in CSV and SDIF).
 *
 * @param partials the partials (an immutable copy is kept)
 */
public record PartialSet(List<Partial> partials) {
    public PartialSet {
        if (partials == null) {
            throw new IllegalArgumentException("partials must not be null");
        }
        partials = List.copyOf(partials);
    }

    public static PartialSet of(List<Partial> partials) {
        return new PartialSet(partials);
    }

    public static PartialSet empty() {
        return new PartialSet(List.of());
    }

    public int size() {
        return partials.size();
    }

    public boolean isEmpty() {
        return partials.isEmpty();
    }

    public Partial get(int i) {
        return partials.get(i);
    }

    /** Total number of breakpoints. */
    public int breakpointCount() {
        int n = 0;
        for (Partial p : partials) {
            n += p.size();
        }
        return n;
    }

    /** Earliest breakpoint time, s (NaN if empty). */
    public double startTimeSec() {
        double t = Double.POSITIVE_INFINITY;
        for (Partial p : partials) {
            t = Math.min(t, p.startTimeSec());
        }
        return partials.isEmpty() ? Double.NaN : t;
    }

    /** Latest breakpoint time, s (NaN if empty). */
    public double endTimeSec() {
        double t = Double.NEGATIVE_INFINITY;
        for (Partial p : partials) {
            t = Math.max(t, p.endTimeSec());
        }
        return partials.isEmpty() ? Double.NaN : t;
    }

    /** The partials that satisfy {@code keep}, in order. */
    public PartialSet select(Predicate<Partial> keep) {
        List<Partial> out = new ArrayList<>();
        for (Partial p : partials) {
            if (keep.test(p)) {
                out.add(p);
            }
        }
        return new PartialSet(out);
    }

    /** Partials lasting at least {@code minSec}. */
    public PartialSet withDurationAtLeast(double minSec) {
        return select(p -> p.durationSec() >= minSec);
    }

    /** Partials whose peak amplitude reaches {@code minAmp} (linear). */
    public PartialSet withPeakAmpAtLeast(double minAmp) {
        return select(p -> p.peakAmp() >= minAmp);
    }

    /** Partials whose amplitude-weighted mean frequency lies in [loHz, hiHz]. */
    public PartialSet inFrequencyRange(double loHz, double hiHz) {
        if (!(loHz <= hiHz)) {
            throw new IllegalArgumentException("frequency range must have loHz <= hiHz, got " + loHz + " > " + hiHz);
        }
        return select(p -> p.meanFreqHz() >= loHz && p.meanFreqHz() <= hiHz);
    }

    /** Partials carrying harmonic label {@code label}. */
    public PartialSet withLabel(int label) {
        return select(p -> p.label() == label);
    }

    @Override
    public String toString() {
        return partials.isEmpty() ? "PartialSet[0 partials]"
                : String.format(java.util.Locale.ROOT, "PartialSet[%d partials, %d breakpoints, %.4f..%.4f s]",
                        size(), breakpointCount(), startTimeSec(), endTimeSec());
    }
}
