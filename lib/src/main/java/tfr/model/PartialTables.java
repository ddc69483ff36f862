package tfr.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * {@link PartialSet} ⇄ Tablesaw {@link Table}, and a per-partial summary table.
 *
 * <h2>Breakpoint table ({@link #toTable}, {@link #fromTable})</h2>
 * One row per breakpoint, partials one after the other, breakpoints in time order:
 * <pre>
 * partial (int)   index of the partial in the set (0, 1, …)
 * label (int)     the partial's harmonic label (0 = unlabelled), repeated on each of its rows
 * time_s          breakpoint time, s
 * freq_hz         instantaneous frequency, Hz
 * amp             linear amplitude (full scale, not dB)
 * phase_rad       cosine phase at time_s, rad, in (−π, π]
 * bandwidth       noise fraction, 0..1
 * </pre>
 * The same column names as {@code tfr.io.PartialsCsv}, so a table written with Tablesaw's own CSV
 * writer reads back there and vice versa.
 *
 * <p>{@link #fromTable} is lenient about the table's shape and strict about its values: column order
 * is free and extra columns are ignored; {@code label} and {@code bandwidth} may be absent (then 0);
 * any numeric column type is accepted (int, long, short, float, double), but {@code partial} and
 * {@code label} must hold whole numbers ≥ 0. Rows are grouped by {@code partial}, partials in order of
 * first appearance (so a table sorted by time gives partials ordered by start), rows of one partial
 * in any order (sorted by time). Pitfalls, each an {@link IllegalArgumentException} naming the column
 * and the 0-based row: a missing (empty) cell, a value a {@link Breakpoint} cannot take (NaN or
 * negative amp, bandwidth outside [0, 1], …), two rows of one partial at the same time, and rows of
 * one partial with different labels. Phases are wrapped to (−π, π] as {@link Breakpoint} does, so a
 * table round trip is exact to the bit.
 *
 * <h2>Summary ({@link #summary})</h2>
 * One row per partial: {@code partial, label, breakpoints, start_s, end_s, duration_s, mean_freq_hz,
 * peak_amp}; {@code mean_freq_hz} is the amplitude-weighted mean of {@link Partial#meanFreqHz()}.
 */
public final class PartialTables {
    public static final String PARTIAL = "partial";
    public static final String LABEL = "label";
    public static final String TIME_S = "time_s";
    public static final String FREQ_HZ = "freq_hz";
    public static final String AMP = "amp";
    public static final String PHASE_RAD = "phase_rad";
    public static final String BANDWIDTH = "bandwidth";

    private PartialTables() {
    }

    /** The breakpoint table (class doc), named {@code "partials"}. */
    public static Table toTable(PartialSet set) {
        if (set == null) {
            throw new IllegalArgumentException("set must not be null");
        }
        int n = set.breakpointCount();
        int[] partial = new int[n];
        int[] label = new int[n];
        double[] t = new double[n];
        double[] f = new double[n];
        double[] a = new double[n];
        double[] ph = new double[n];
        double[] bw = new double[n];
        int r = 0;
        for (int i = 0; i < set.size(); i++) {
            Partial p = set.get(i);
            for (Breakpoint b : p.breakpoints()) {
                partial[r] = i;
                label[r] = p.label();
                t[r] = b.timeSec();
                f[r] = b.freqHz();
                a[r] = b.amp();
                ph[r] = b.phaseRad();
                bw[r] = b.bandwidth();
                r++;
            }
        }
        return Table.create("partials", IntColumn.create(PARTIAL, partial), IntColumn.create(LABEL, label),
                DoubleColumn.create(TIME_S, t), DoubleColumn.create(FREQ_HZ, f), DoubleColumn.create(AMP, a),
                DoubleColumn.create(PHASE_RAD, ph), DoubleColumn.create(BANDWIDTH, bw));
    }

    /**
     * The partials of a breakpoint table (class doc).
     *
     * @throws IllegalArgumentException for a missing required column, a non-numeric column, or a bad
     *                                  cell (message names column and row)
     */
    public static PartialSet fromTable(Table table) {
        if (table == null) {
            throw new IllegalArgumentException("table must not be null");
        }
        NumericColumn<?> cPartial = numeric(table, PARTIAL, true);
        NumericColumn<?> cTime = numeric(table, TIME_S, true);
        NumericColumn<?> cFreq = numeric(table, FREQ_HZ, true);
        NumericColumn<?> cAmp = numeric(table, AMP, true);
        NumericColumn<?> cPhase = numeric(table, PHASE_RAD, true);
        NumericColumn<?> cLabel = numeric(table, LABEL, false);
        NumericColumn<?> cBw = numeric(table, BANDWIDTH, false);

        Map<Integer, Group> groups = new LinkedHashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            int p = wholeNumber(cPartial, r);
            int label = cLabel == null ? 0 : wholeNumber(cLabel, r);
            double t = cell(cTime, r);
            double f = cell(cFreq, r);
            double a = cell(cAmp, r);
            double ph = cell(cPhase, r);
            double bw = cBw == null ? 0 : cell(cBw, r);
            if (!Double.isFinite(t)) {
                throw bad(r, TIME_S + " must be finite, got " + t);
            }
            if (!(f >= 0) || !Double.isFinite(f)) {
                throw bad(r, FREQ_HZ + " must be finite and >= 0, got " + f);
            }
            if (!(a >= 0) || !Double.isFinite(a)) {
                throw bad(r, AMP + " must be finite and >= 0, got " + a);
            }
            if (!Double.isFinite(ph)) {
                throw bad(r, PHASE_RAD + " must be finite, got " + ph);
            }
            if (!(bw >= 0 && bw <= 1)) {
                throw bad(r, BANDWIDTH + " must be in [0, 1], got " + bw);
            }
            Group g = groups.get(p);
            if (g == null) {
                g = new Group(label, r);
                groups.put(p, g);
            } else if (g.label != label) {
                throw bad(r, LABEL + " " + label + " differs from label " + g.label + " of partial " + p + " (row "
                        + g.firstRow + ")");
            }
            g.rows.add(new Row(r, new Breakpoint(t, f, a, ph, bw)));
        }
        List<Partial> partials = new ArrayList<>(groups.size());
        for (Map.Entry<Integer, Group> e : groups.entrySet()) {
            List<Row> rows = e.getValue().rows;
            rows.sort(Comparator.comparingDouble((Row x) -> x.bp.timeSec()));
            List<Breakpoint> bps = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                if (i > 0 && rows.get(i).bp.timeSec() == rows.get(i - 1).bp.timeSec()) {
                    int r1 = Math.min(rows.get(i).row, rows.get(i - 1).row);
                    int r2 = Math.max(rows.get(i).row, rows.get(i - 1).row);
                    throw new IllegalArgumentException("rows " + r1 + " and " + r2 + ": partial " + e.getKey()
                            + " has two breakpoints at " + TIME_S + " " + rows.get(i).bp.timeSec());
                }
                bps.add(rows.get(i).bp);
            }
            partials.add(new Partial(e.getValue().label, bps));
        }
        return new PartialSet(partials);
    }

    /** One row per partial (class doc), named {@code "partial summary"}. */
    public static Table summary(PartialSet set) {
        if (set == null) {
            throw new IllegalArgumentException("set must not be null");
        }
        int n = set.size();
        int[] idx = new int[n];
        int[] label = new int[n];
        int[] count = new int[n];
        double[] start = new double[n];
        double[] end = new double[n];
        double[] dur = new double[n];
        double[] mean = new double[n];
        double[] peak = new double[n];
        for (int i = 0; i < n; i++) {
            Partial p = set.get(i);
            idx[i] = i;
            label[i] = p.label();
            count[i] = p.size();
            start[i] = p.startTimeSec();
            end[i] = p.endTimeSec();
            dur[i] = p.durationSec();
            mean[i] = p.meanFreqHz();
            peak[i] = p.peakAmp();
        }
        return Table.create("partial summary", IntColumn.create(PARTIAL, idx), IntColumn.create(LABEL, label),
                IntColumn.create("breakpoints", count), DoubleColumn.create("start_s", start),
                DoubleColumn.create("end_s", end), DoubleColumn.create("duration_s", dur),
                DoubleColumn.create("mean_freq_hz", mean), DoubleColumn.create("peak_amp", peak));
    }

    // ---- internals ----

    private record Row(int row, Breakpoint bp) {
    }

    private static final class Group {
        final int label;
        final int firstRow;
        final List<Row> rows = new ArrayList<>();

        Group(int label, int firstRow) {
            this.label = label;
            this.firstRow = firstRow;
        }
    }

    private static NumericColumn<?> numeric(Table table, String name, boolean required) {
        if (!table.containsColumn(name)) {
            if (required) {
                throw new IllegalArgumentException("table has no column '" + name + "' (columns: "
                        + String.join(", ", table.columnNames()) + "; required: " + PARTIAL + ", " + TIME_S + ", "
                        + FREQ_HZ + ", " + AMP + ", " + PHASE_RAD + ")");
            }
            return null;
        }
        Column<?> c = table.column(name);
        if (!(c instanceof NumericColumn)) {
            throw new IllegalArgumentException("column '" + name + "' must be numeric, got " + c.type().name());
        }
        return (NumericColumn<?>) c;
    }

    private static double cell(NumericColumn<?> c, int r) {
        if (c.isMissing(r)) {
            throw bad(r, c.name() + " is missing");
        }
        return c.getDouble(r);
    }

    private static int wholeNumber(NumericColumn<?> c, int r) {
        double v = cell(c, r);
        if (!(v >= 0 && v <= Integer.MAX_VALUE) || v != Math.rint(v)) {
            throw bad(r, c.name() + " must be a whole number >= 0, got " + v);
        }
        return (int) v;
    }

    private static IllegalArgumentException bad(int row, String problem) {
        return new IllegalArgumentException("row " + row + ": " + problem);
    }
}
