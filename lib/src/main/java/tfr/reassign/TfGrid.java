package tfr.reassign;

import java.util.Locale;
import java.util.Objects;

/**
 * A time × frequency accumulation grid: spectrogram energy is added point by point, either at the
 * nominal (frame time, bin frequency) coordinates of each STFT cell — an ordinary spectrogram — or at
 * the reassigned coordinates — a reassigned spectrogram.
 *
 * <h2>Mapping</h2>
 * The grid covers the half-open rectangle {@code [t0Sec, t1Sec) × [f0Hz, f1Hz)} with
 * {@code timePx × freqPx} cells. A point {@code (t, f)} lands in
 * <pre>
 *   timeIx = floor((t - t0Sec) / (t1Sec - t0Sec) * timePx)
 *   freqIx = floor((f - f0Hz) / (f1Hz - f0Hz) * freqPx)             LINEAR
 *   freqIx = floor(ln(f / f0Hz) / ln(f1Hz / f0Hz) * freqPx)         LOG
 * </pre>
 * Points outside the rectangle, and points with a NaN or infinite coordinate (reassignment of a
 * zero-energy cell divides 0 by 0), are dropped silently; {@link #pointCount()} counts the points that
 * landed. The range test is done on the coordinates themselves, so a point just below {@code t1Sec}
 * always lands (in the last cell) even when the floating-point product rounds up to {@code timePx};
 * a point within about one ulp of an inner cell edge may land on either side of it.
 *
 * <h2>Storage</h2>
 * One {@code double[timePx * freqPx]}, time-major: {@code index = timeIx * freqPx + freqIx}. The points of
 * one STFT frame land in one or two time rows, which keeps the cache warm in {@link #add}.
 *
 * <h2>Threads</h2>
 * Mutable and not thread-safe. Give each worker thread its own grid ({@link #like(TfGrid)}) and merge
 * the results with {@link #addAll(TfGrid)}. Pitfall: merging in a different order changes the sums in the
 * last bits (floating-point addition is not associative); compare merged grids with a tolerance.
 */
public final class TfGrid {
    /** Largest array length every JVM accepts. */
    private static final long MAX_CELLS = Integer.MAX_VALUE - 8;

    private final double t0Sec;
    private final double t1Sec;
    private final int timePx;
    private final double f0Hz;
    private final double f1Hz;
    private final int freqPx;
    private final FrequencyScale scale;

    /** Time pixels per second: {@code timePx / (t1Sec - t0Sec)}. */
    private final double timePxPerSec;
    /** Frequency origin in axis units: {@code f0Hz} (LINEAR) or {@code ln f0Hz} (LOG). */
    private final double freqOrigin;
    /** Frequency pixels per axis unit: per hertz (LINEAR) or per neper of ratio (LOG). */
    private final double freqPxPerUnit;
    private final boolean log;

    private final double[] cells;
    private long pointCount;

    private TfGrid(double t0Sec, double t1Sec, int timePx, double f0Hz, double f1Hz, int freqPx,
            FrequencyScale scale) {
        Objects.requireNonNull(scale, "scale must not be null");
        requireFinite("t0Sec", t0Sec);
        requireFinite("t1Sec", t1Sec);
        requireFinite("f0Hz", f0Hz);
        requireFinite("f1Hz", f1Hz);
        if (!(t1Sec > t0Sec)) {
            throw new IllegalArgumentException("t1Sec must be > t0Sec (" + t0Sec + "), got " + t1Sec);
        }
        if (!(f1Hz > f0Hz)) {
            throw new IllegalArgumentException("f1Hz must be > f0Hz (" + f0Hz + "), got " + f1Hz);
        }
        if (scale == FrequencyScale.LOG && !(f0Hz > 0)) {
            throw new IllegalArgumentException("f0Hz must be > 0 for a LOG scale, got " + f0Hz);
        }
        if (timePx < 1) {
            throw new IllegalArgumentException("timePx must be >= 1, got " + timePx);
        }
        if (freqPx < 1) {
            throw new IllegalArgumentException("freqPx must be >= 1, got " + freqPx);
        }
        long cellCount = (long) timePx * freqPx;
        if (cellCount > MAX_CELLS) {
            throw new IllegalArgumentException(
                    "timePx * freqPx must be <= " + MAX_CELLS + ", got " + timePx + " * " + freqPx);
        }
        this.t0Sec = t0Sec;
        this.t1Sec = t1Sec;
        this.timePx = timePx;
        this.f0Hz = f0Hz;
        this.f1Hz = f1Hz;
        this.freqPx = freqPx;
        this.scale = scale;
        this.log = scale == FrequencyScale.LOG;
        this.timePxPerSec = timePx / (t1Sec - t0Sec);
        this.freqOrigin = log ? Math.log(f0Hz) : f0Hz;
        double freqSpan = log ? Math.log(f1Hz) - Math.log(f0Hz) : f1Hz - f0Hz;
        this.freqPxPerUnit = freqPx / freqSpan;
        if (!Double.isFinite(timePxPerSec) || !(timePxPerSec > 0)) {
            throw new IllegalArgumentException("t1Sec - t0Sec must be a finite, resolvable span, got "
                    + t0Sec + " to " + t1Sec);
        }
        if (!Double.isFinite(freqPxPerUnit) || !(freqPxPerUnit > 0)) {
            throw new IllegalArgumentException("f1Hz - f0Hz must be a finite, resolvable span, got "
                    + f0Hz + " to " + f1Hz);
        }
        this.cells = new double[(int) cellCount];
    }

    /**
     * An empty grid with a linear frequency axis.
     *
     * @param t0Sec  start of the time axis (inclusive), seconds; finite
     * @param t1Sec  end of the time axis (exclusive), seconds; {@code > t0Sec}
     * @param timePx number of time cells, {@code >= 1}
     * @param f0Hz   bottom of the frequency axis (inclusive), hertz; finite
     * @param f1Hz   top of the frequency axis (exclusive), hertz; {@code > f0Hz}
     * @param freqPx number of frequency cells, {@code >= 1}; {@code timePx * freqPx} must fit in an array
     * @throws IllegalArgumentException on any violated condition
     */
    public static TfGrid linear(double t0Sec, double t1Sec, int timePx, double f0Hz, double f1Hz, int freqPx) {
        return new TfGrid(t0Sec, t1Sec, timePx, f0Hz, f1Hz, freqPx, FrequencyScale.LINEAR);
    }

    /**
     * An empty grid with a logarithmic frequency axis (equal frequency ratio per cell).
     * Same parameters as {@link #linear}, but requires {@code 0 < f0Hz < f1Hz}.
     *
     * @throws IllegalArgumentException on any violated condition
     */
    public static TfGrid log(double t0Sec, double t1Sec, int timePx, double f0Hz, double f1Hz, int freqPx) {
        return new TfGrid(t0Sec, t1Sec, timePx, f0Hz, f1Hz, freqPx, FrequencyScale.LOG);
    }

    /** An empty grid with exactly the axes of {@code other} (for one worker thread each). */
    public static TfGrid like(TfGrid other) {
        Objects.requireNonNull(other, "other must not be null");
        return new TfGrid(other.t0Sec, other.t1Sec, other.timePx, other.f0Hz, other.f1Hz, other.freqPx,
                other.scale);
    }

    /**
     * Adds a frame of ordinary-spectrogram cells as boxes: cell k covers the hop around the frame
     * time, {@code [t − hop/2, t + hop/2)}, and its bin, {@code [kΔ − Δ/2, kΔ + Δ/2)}; its power
     * {@code w[k]} is shared among the pixels the box overlaps in proportion to the overlap (energy
     * is conserved, and the image has no gaps between frames whatever the pixel size). Package-private
     * hot path: powers are trusted to be finite and ≥ 0.
     */
    void addFrameBoxes(double frameTimeSec, double hopSec, double binHz, double[] w, boolean[] valid) {
        int c0 = Math.max(0, (int) Math.floor((frameTimeSec - 0.5 * hopSec - t0Sec) * timePxPerSec));
        int c1 = Math.min(timePx - 1, (int) Math.floor((frameTimeSec + 0.5 * hopSec - t0Sec) * timePxPerSec));
        if (c1 < c0 || hopSec <= 0) {
            return;
        }
        int nc = c1 - c0 + 1;
        double[] colShare = new double[nc];
        double lo = frameTimeSec - 0.5 * hopSec;
        double hi = frameTimeSec + 0.5 * hopSec;
        for (int c = c0; c <= c1; c++) {
            double a = Math.max(lo, t0Sec + c / timePxPerSec);
            double b = Math.min(hi, t0Sec + (c + 1) / timePxPerSec);
            colShare[c - c0] = Math.max(0, b - a) / hopSec;
        }
        long added = 0;
        double[] cl = cells;
        for (int k = 0; k < valid.length; k++) {
            if (!valid[k]) {
                continue;
            }
            double fLo = (k - 0.5) * binHz;
            double fHi = (k + 0.5) * binHz;
            if (fHi <= f0Hz || fLo >= f1Hz) {
                continue;
            }
            double power = w[k];
            int r0 = rowOf(Math.max(fLo, f0Hz));
            int r1 = rowOf(Math.min(fHi, f1Hz));
            for (int r = r0; r <= r1; r++) {
                double a = Math.max(fLo, rowEdgeHz(r));
                double b = Math.min(fHi, rowEdgeHz(r + 1));
                double fShare = (b - a) / binHz;
                if (fShare <= 0) {
                    continue;
                }
                double pr = power * fShare;
                for (int c = 0; c < nc; c++) {
                    cl[(c0 + c) * freqPx + r] += pr * colShare[c];
                }
            }
            added++;
        }
        pointCount += added;
    }

    /** Row holding frequency f (clamped into the grid). */
    private int rowOf(double freqHz) {
        double u = log ? Math.log(freqHz) : freqHz;
        return Math.max(0, Math.min(freqPx - 1, (int) ((u - freqOrigin) * freqPxPerUnit)));
    }

    /** Lower edge of row r in Hz (r = freqPx gives the top edge). */
    private double rowEdgeHz(int r) {
        if (r >= freqPx) {
            return f1Hz;
        }
        if (r <= 0) {
            return f0Hz;
        }
        return fromFreqUnits(freqOrigin + r / freqPxPerUnit);
    }

    /**
     * Adds a whole frame of reassigned points: power {@code w[k]} at ({@code t[k]}, {@code f[k]})
     * for every k with {@code valid[k]}. The hot path of reassigned-spectrogram accumulation;
     * powers are trusted to be finite and ≥ 0 (package-private for that reason).
     */
    void addFrame(double[] t, double[] f, double[] w, boolean[] valid) {
        int n = valid.length;
        long added = 0;
        double[] c = cells;
        for (int k = 0; k < n; k++) {
            if (!valid[k]) {
                continue;
            }
            double ts = t[k];
            double fh = f[k];
            if (!(ts >= t0Sec && ts < t1Sec && fh >= f0Hz && fh < f1Hz)) {
                continue;
            }
            int timeIx = Math.min((int) ((ts - t0Sec) * timePxPerSec), timePx - 1);
            double freqUnits = log ? Math.log(fh) : fh;
            int freqIx = Math.min((int) ((freqUnits - freqOrigin) * freqPxPerUnit), freqPx - 1);
            c[timeIx * freqPx + freqIx] += w[k];
            added++;
        }
        pointCount += added;
    }

    /**
     * Adds {@code weight} to the cell holding {@code (timeSec, freqHz)}; see the class comment for the
     * mapping. Points outside {@code [t0Sec, t1Sec) × [f0Hz, f1Hz)} or with a non-finite coordinate are
     * dropped. Allocation-free; this is the hot path (tens of millions of calls per file).
     *
     * @param weight energy to add, finite and {@code >= 0} (a zero weight still counts as a point)
     * @throws IllegalArgumentException if {@code weight} is negative, NaN or infinite — that is a bug
     *         upstream, and one NaN would poison the whole cell
     */
    public void add(double timeSec, double freqHz, double weight) {
        if (!(weight >= 0.0 && weight <= Double.MAX_VALUE)) {
            throw badWeight(weight);
        }
        // Negated tests so that NaN fails them and is dropped.
        if (!(timeSec >= t0Sec && timeSec < t1Sec && freqHz >= f0Hz && freqHz < f1Hz)) {
            return;
        }
        int timeIx = (int) ((timeSec - t0Sec) * timePxPerSec);
        if (timeIx >= timePx) {
            timeIx = timePx - 1; // t just below t1Sec whose product rounded up
        }
        double freqUnits = log ? Math.log(freqHz) : freqHz;
        int freqIx = (int) ((freqUnits - freqOrigin) * freqPxPerUnit);
        if (freqIx >= freqPx) {
            freqIx = freqPx - 1;
        }
        cells[timeIx * freqPx + freqIx] += weight;
        pointCount++;
    }

    private static IllegalArgumentException badWeight(double weight) {
        return new IllegalArgumentException("weight must be finite and >= 0, got " + weight);
    }

    /**
     * Adds every cell of {@code other} into this grid, and its point count.
     *
     * @throws IllegalArgumentException if the axes differ ({@link #sameAxes})
     */
    public void addAll(TfGrid other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!sameAxes(other)) {
            throw new IllegalArgumentException("other must have the same axes as this grid, got " + other
                    + " vs " + this);
        }
        double[] src = other.cells;
        for (int i = 0; i < cells.length; i++) {
            cells[i] += src[i];
        }
        pointCount += other.pointCount;
    }

    /** True if {@code other} has exactly (bit for bit) the same time and frequency axes and scale. */
    public boolean sameAxes(TfGrid other) {
        return other != null
                && Double.compare(t0Sec, other.t0Sec) == 0 && Double.compare(t1Sec, other.t1Sec) == 0
                && timePx == other.timePx
                && Double.compare(f0Hz, other.f0Hz) == 0 && Double.compare(f1Hz, other.f1Hz) == 0
                && freqPx == other.freqPx && scale == other.scale;
    }

    /**
     * Sum of all cells, i.e. the sum of the weights of the points that landed (energy conservation).
     * Plain summation in index order: relative rounding error is at most about {@code cells * 1e-16}.
     */
    public double total() {
        double sum = 0;
        for (double v : cells) {
            sum += v;
        }
        return sum;
    }

    /** Largest cell value; 0 for an empty grid. */
    public double max() {
        double max = 0;
        for (double v : cells) {
            if (v > max) {
                max = v;
            }
        }
        return max;
    }

    /**
     * The accumulated weight of one cell.
     *
     * @throws IllegalArgumentException if an index is outside {@code [0, timePx)} / {@code [0, freqPx)}
     */
    public double value(int timeIx, int freqIx) {
        checkIndex("timeIx", timeIx, timePx);
        checkIndex("freqIx", freqIx, freqPx);
        return cells[timeIx * freqPx + freqIx];
    }

    /** A copy of all cells, time-major: {@code values()[timeIx * freqPx() + freqIx]}. */
    public double[] values() {
        return cells.clone();
    }

    /** Number of points that landed in the grid (dropped points are not counted), including merged ones. */
    public long pointCount() {
        return pointCount;
    }

    /** Number of time cells. */
    public int timePx() {
        return timePx;
    }

    /** Number of frequency cells. */
    public int freqPx() {
        return freqPx;
    }

    /** Start of the time axis (inclusive), seconds. */
    public double t0Sec() {
        return t0Sec;
    }

    /** End of the time axis (exclusive), seconds. */
    public double t1Sec() {
        return t1Sec;
    }

    /** Bottom of the frequency axis (inclusive), hertz. */
    public double f0Hz() {
        return f0Hz;
    }

    /** Top of the frequency axis (exclusive), hertz. */
    public double f1Hz() {
        return f1Hz;
    }

    /** How the frequency axis is divided. */
    public FrequencyScale scale() {
        return scale;
    }

    /**
     * Centre of time cell {@code timeIx}: {@code t0Sec + (timeIx + 0.5) * (t1Sec - t0Sec) / timePx}.
     *
     * @throws IllegalArgumentException if {@code timeIx} is outside {@code [0, timePx)}
     */
    public double timeSecAt(int timeIx) {
        checkIndex("timeIx", timeIx, timePx);
        return t0Sec + (timeIx + 0.5) * ((t1Sec - t0Sec) / timePx);
    }

    /**
     * Centre of frequency cell {@code freqIx}: the arithmetic mean of its edges on a LINEAR axis,
     * {@code f0Hz + (freqIx + 0.5) * (f1Hz - f0Hz) / freqPx}; the geometric mean on a LOG axis,
     * {@code f0Hz * (f1Hz / f0Hz)^((freqIx + 0.5) / freqPx)}.
     *
     * @throws IllegalArgumentException if {@code freqIx} is outside {@code [0, freqPx)}
     */
    public double freqHzAt(int freqIx) {
        checkIndex("freqIx", freqIx, freqPx);
        return fromFreqUnits(freqOrigin + (freqIx + 0.5) / freqPxPerUnit);
    }

    /** The time cell holding {@code timeSec} (same mapping as {@link #add}), or -1 if it is outside the axis. */
    public int timeIndexOf(double timeSec) {
        if (!(timeSec >= t0Sec && timeSec < t1Sec)) {
            return -1;
        }
        return Math.min((int) ((timeSec - t0Sec) * timePxPerSec), timePx - 1);
    }

    /** The frequency cell holding {@code freqHz} (same mapping as {@link #add}), or -1 if it is outside the axis. */
    public int freqIndexOf(double freqHz) {
        if (!(freqHz >= f0Hz && freqHz < f1Hz)) {
            return -1;
        }
        double freqUnits = log ? Math.log(freqHz) : freqHz;
        return Math.min((int) ((freqUnits - freqOrigin) * freqPxPerUnit), freqPx - 1);
    }

    private double fromFreqUnits(double units) {
        return log ? Math.exp(units) : units;
    }

    /** Shape, axes with units, scale and point count; never the cell values. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TfGrid[%d x %d px, %.3f–%.3f s, %.1f–%.1f Hz %s, %d points]",
                timePx, freqPx, t0Sec, t1Sec, f0Hz, f1Hz, scale, pointCount);
    }

    private static void requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
    }

    private static void checkIndex(String name, int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(name + " must be in [0, " + size + "), got " + index);
        }
    }
}
