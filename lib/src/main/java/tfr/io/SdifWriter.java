package tfr.io;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * Writes a {@link PartialSet} as an SDIF file (Sound Description Interchange Format, version 3, as
 * specified by CNMAT and IRCAM), in Loris' exact {@link SdifFrameType#RBEP RBEP} layout or the
 * resampled standard {@link SdifFrameType#TRC_1 1TRC} layout. Atomic (see {@link AtomicFiles}).
 *
 * <h2>Byte layout</h2>
 * All numbers big-endian. The file is a header and a sequence of frames:
 * <pre>
 * header   "SDIF"  int32 8 (bytes that follow)  int32 3 (SDIF version)  int32 1 (types version)
 * frame    signature(4)  int32 size (bytes after this field)  float64 time  int32 stream  int32 matrices
 * matrix   signature(4)  int32 data type  int32 rows  int32 columns  data row-major, zero-padded to 8
 * </pre>
 * Data types: {@code 0x0008} float64 (all numeric matrices here), {@code 0x0301} UTF-8 text. Every
 * frame's size field equals 16 + the bytes of its matrices (headers, data, padding), so readers that
 * skip frames by size stay in step.
 *
 * <h2>Frames written, in order</h2>
 * <ol>
 *   <li>{@code 1NVT} name-value table (IRCAM convention: time −{@link Double#MAX_VALUE}, stream
 *       {@code 0xFFFFFFFD}, one {@code 1NVT} text matrix of {@code n} rows × 1 column holding
 *       {@code name\tvalue\n} lines): {@code creator TFR Lab}, {@code frame_type RBEP|1TRC},
 *       {@code partials <n>}, and {@code max_frame_span_s} (RBEP) or {@code frame_interval_s} (1TRC).</li>
 *   <li>Only if some partial has a label ≠ 0: an {@code RBEL} frame (Loris convention: stream 2, one
 *       {@code RBEL} matrix, float64 columns index, label, one row per partial; time 0, or the first
 *       breakpoint's time if that is negative, to keep frame times non-decreasing).</li>
 *   <li>The partial frames, stream 1, one matrix each of the frame's own signature, rows in increasing
 *       partial index; partial index = position in the {@link PartialSet}. Frames without rows are
 *       not written.</li>
 * </ol>
 *
 * <h2>RBEP frame grouping</h2>
 * All breakpoints are sorted by time (ties by partial index). A frame starts at the first breakpoint
 * not yet written, and its time is that breakpoint's time, so all time offsets are ≥ 0. The following
 * breakpoints join the frame until one (a) lies more than {@code maxFrameSpanSec} after the frame
 * time, or (b) belongs to a partial that already has a row in the frame (Loris' rule: one breakpoint
 * per partial per frame), or (c) would not come back exactly: {@code frameTime + (t − frameTime) != t}
 * in double arithmetic (rare; only when t and the frame time differ by more than a factor 2, e.g. near
 * 0). That breakpoint starts the next frame. Readers rebuild {@code t = frameTime + offset}, which by
 * (c) is the original double, so every field (time, frequency, amplitude, phase, bandwidth, label)
 * round-trips to the bit. Phases are stored as held, in (−π, π] (Loris writes [0, 2π); phase is
 * periodic, so Loris reads either).
 *
 * <h2>1TRC resampling</h2>
 * Frames lie on the grid {@code t_k = k · frameIntervalSec} (integer k, computed as a product, not
 * accumulated). A partial has a row in frame k iff {@code start ≤ t_k ≤ end}; a partial whose span
 * contains no grid time is left out (counted in {@link Result#omittedPartialCount()}). With
 * {@code b_j} the last breakpoint at or before {@code t_k}: frequency and amplitude are interpolated
 * linearly between {@code b_j} and {@code b_{j+1}} (exact at a breakpoint); the phase is
 * {@code φ_j + 2π·∫f dt} from {@code t_j} to {@code t_k} with the linearly interpolated frequency, i.e.
 * {@code φ_j + π·(t_k − t_j)·(f_j + f(t_k))}, stored in [0, 2π) as Loris does. This is an
 * approximation: it ignores the phase the next breakpoint asks for, so the phase can drift from
 * {@code φ_{j+1}} by the model's phase correction (exact for a steady partial whose breakpoints agree
 * with its frequency). Bandwidth is not stored.
 */
public final class SdifWriter {
    /** Default RBEP frame span: a frame holds breakpoints at most this long after its time, s. */
    public static final double DEFAULT_MAX_FRAME_SPAN_SEC = 0.01;
    /** The {@code creator} written to the name-value table. */
    public static final String CREATOR = "TFR Lab";

    static final int SDIF = SdifFrameType.code("SDIF");
    static final int NVT = SdifFrameType.code("1NVT");
    static final int RBEL = SdifFrameType.code("RBEL");
    static final int FLOAT32 = 0x0004;
    static final int FLOAT64 = 0x0008;
    static final int TEXT = 0x0301;
    static final int DATA_STREAM = 1;
    static final int LABEL_STREAM = 2;
    static final int NVT_STREAM = 0xFFFFFFFD;
    /** Name-value keys. */
    static final String KEY_CREATOR = "creator";
    static final String KEY_FRAME_TYPE = "frame_type";
    static final String KEY_PARTIALS = "partials";
    static final String KEY_FRAME_INTERVAL = "frame_interval_s";
    static final String KEY_MAX_SPAN = "max_frame_span_s";
    /** Most rows a 1TRC file may get (about 3 GB); guards against a tiny frame interval. */
    static final long MAX_ROWS = 100_000_000L;

    private SdifWriter() {
    }

    /**
     * What was written.
     *
     * @param frameType           RBEP or 1TRC
     * @param partialCount        partials written (have at least one row)
     * @param omittedPartialCount 1TRC only: partials whose span holds no grid time (0 for RBEP)
     * @param frameCount          partial frames written (without the 1NVT and RBEL frames)
     * @param rowCount            partial rows written (RBEP: the number of breakpoints)
     */
    public record Result(SdifFrameType frameType, int partialCount, int omittedPartialCount, long frameCount,
                         long rowCount) {
        public Result {
            Objects.requireNonNull(frameType, "frameType");
            if (partialCount < 0 || omittedPartialCount < 0 || frameCount < 0 || rowCount < 0) {
                throw new IllegalArgumentException("counts must be >= 0");
            }
        }

        @Override
        public String toString() {
            return "SdifWriter.Result[" + frameType.signature() + ", " + partialCount + " partials"
                    + (omittedPartialCount > 0 ? " (" + omittedPartialCount + " omitted)" : "") + ", " + frameCount
                    + " frames, " + rowCount + " rows]";
        }
    }

    /** Writes RBEP with {@link #DEFAULT_MAX_FRAME_SPAN_SEC}. */
    public static Result writeRbep(Path path, Overwrite overwrite, PartialSet set) throws IOException {
        return writeRbep(path, overwrite, set, DEFAULT_MAX_FRAME_SPAN_SEC);
    }

    /**
     * Writes RBEP frames (exact; class doc).
     *
     * @param maxFrameSpanSec largest time offset within a frame, s (finite, ≥ 0; 0 gives one frame per
     *                        distinct breakpoint time)
     * @throws OutputExistsException    if the file exists and {@code overwrite} is {@link Overwrite#REFUSE}
     * @throws IllegalArgumentException for a bad {@code maxFrameSpanSec}
     */
    public static Result writeRbep(Path path, Overwrite overwrite, PartialSet set, double maxFrameSpanSec)
            throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(overwrite, "overwrite");
        Objects.requireNonNull(set, "set");
        checkSpan(maxFrameSpanSec);
        Result[] r = new Result[1];
        AtomicFiles.write(path, overwrite, out -> r[0] = rbep(out, set, maxFrameSpanSec));
        return r[0];
    }

    /**
     * Writes 1TRC frames on a regular grid (lossy; class doc).
     *
     * @param frameIntervalSec grid step, s (finite, &gt; 0)
     * @throws OutputExistsException    if the file exists and {@code overwrite} is {@link Overwrite#REFUSE}
     * @throws IllegalArgumentException for a bad {@code frameIntervalSec}, or one so small that the file
     *                                  would exceed 10^8 rows
     */
    public static Result write1Trc(Path path, Overwrite overwrite, PartialSet set, double frameIntervalSec)
            throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(overwrite, "overwrite");
        Objects.requireNonNull(set, "set");
        checkInterval(set, frameIntervalSec);
        Result[] r = new Result[1];
        AtomicFiles.write(path, overwrite, out -> r[0] = trc(out, set, frameIntervalSec));
        return r[0];
    }

    /** The RBEP file's bytes (same as {@link #writeRbep(Path, Overwrite, PartialSet, double)}). */
    public static byte[] encodeRbep(PartialSet set, double maxFrameSpanSec) {
        Objects.requireNonNull(set, "set");
        checkSpan(maxFrameSpanSec);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            rbep(bytes, set, maxFrameSpanSec);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: in-memory stream
        }
        return bytes.toByteArray();
    }

    /** The 1TRC file's bytes (same as {@link #write1Trc}). */
    public static byte[] encode1Trc(PartialSet set, double frameIntervalSec) {
        Objects.requireNonNull(set, "set");
        checkInterval(set, frameIntervalSec);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            trc(bytes, set, frameIntervalSec);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: in-memory stream
        }
        return bytes.toByteArray();
    }

    // ---- validation ----

    private static void checkSpan(double span) {
        if (!(span >= 0) || !Double.isFinite(span)) {
            throw new IllegalArgumentException("maxFrameSpanSec must be finite and >= 0, got " + span);
        }
    }

    private static void checkInterval(PartialSet set, double d) {
        if (!(d > 0) || !Double.isFinite(d)) {
            throw new IllegalArgumentException("frameIntervalSec must be finite and > 0, got " + d);
        }
        long rows = 0;
        for (Partial p : set.partials()) {
            double ks = p.startTimeSec() / d;
            double ke = p.endTimeSec() / d;
            if (Math.abs(ks) > 0x1p52 || Math.abs(ke) > 0x1p52) {
                throw new IllegalArgumentException("frameIntervalSec " + d + " is too small for breakpoint times up to "
                        + Math.max(Math.abs(p.startTimeSec()), Math.abs(p.endTimeSec())) + " s");
            }
            rows += Math.max(0, lastK(p.endTimeSec(), d) - firstK(p.startTimeSec(), d) + 1);
            if (rows > MAX_ROWS) {
                throw new IllegalArgumentException("frameIntervalSec " + d + " gives more than " + MAX_ROWS
                        + " 1TRC rows; use a larger interval");
            }
        }
    }

    /** Smallest k with k·d ≥ t. */
    static long firstK(double t, double d) {
        long k = (long) Math.ceil(t / d);
        while (k * d < t) {
            k++;
        }
        while ((k - 1) * d >= t) {
            k--;
        }
        return k;
    }

    /** Largest k with k·d ≤ t. */
    static long lastK(double t, double d) {
        long k = (long) Math.floor(t / d);
        while (k * d > t) {
            k--;
        }
        while ((k + 1) * d <= t) {
            k++;
        }
        return k;
    }

    /** The 1NVT entries every TFR Lab file carries: creator, frame type, partial count, and the frame-type's own setting. */
    private static Map<String, String> nameValues(SdifFrameType type, PartialSet set, String key, double value) {
        Map<String, String> nv = new LinkedHashMap<>();
        nv.put(KEY_CREATOR, CREATOR);
        nv.put(KEY_FRAME_TYPE, type.signature());
        nv.put(KEY_PARTIALS, Integer.toString(set.size()));
        nv.put(key, Double.toString(value));
        return nv;
    }

    // ---- RBEP ----

    private static Result rbep(OutputStream os, PartialSet set, double span) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        preamble(out, set, nameValues(SdifFrameType.RBEP, set, KEY_MAX_SPAN, span));

        int n = set.breakpointCount();
        int[] part = new int[n];
        int[] bpIndex = new int[n];
        double[] time = new double[n];
        Integer[] order = new Integer[n];
        int r = 0;
        for (int i = 0; i < set.size(); i++) {
            List<Breakpoint> bps = set.get(i).breakpoints();
            for (int j = 0; j < bps.size(); j++) {
                part[r] = i;
                bpIndex[r] = j;
                time[r] = bps.get(j).timeSec();
                order[r] = r;
                r++;
            }
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer x) -> time[x]).thenComparingInt(x -> part[x]));

        int[] stamp = new int[set.size()];
        Arrays.fill(stamp, -1);
        int frameNo = 0;
        long frames = 0;
        double frameTime = 0;
        List<Integer> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int x = order[k];
            double t = time[x];
            if (!rows.isEmpty() && (t - frameTime > span || stamp[part[x]] == frameNo
                    || frameTime + (t - frameTime) != t)) {
                writeRbepFrame(out, set, rows, part, bpIndex, frameTime);
                frames++;
                frameNo++;
                rows.clear();
            }
            if (rows.isEmpty()) {
                frameTime = t;
            }
            rows.add(x);
            stamp[part[x]] = frameNo;
        }
        if (!rows.isEmpty()) {
            writeRbepFrame(out, set, rows, part, bpIndex, frameTime);
            frames++;
        }
        out.flush();
        return new Result(SdifFrameType.RBEP, set.size(), 0, frames, n);
    }

    private static void writeRbepFrame(DataOutputStream out, PartialSet set, List<Integer> rows, int[] part,
                                       int[] bpIndex, double frameTime) throws IOException {
        rows.sort(Comparator.comparingInt(x -> part[x]));
        int sig = SdifFrameType.RBEP.code();
        frameHeader(out, sig, frameTime, DATA_STREAM, rows.size(), 6);
        out.writeInt(sig);
        out.writeInt(FLOAT64);
        out.writeInt(rows.size());
        out.writeInt(6);
        for (int x : rows) {
            Breakpoint b = set.get(part[x]).breakpoints().get(bpIndex[x]);
            out.writeDouble(part[x]);
            out.writeDouble(b.freqHz());
            out.writeDouble(b.amp());
            out.writeDouble(b.phaseRad());
            out.writeDouble(b.bandwidth());
            out.writeDouble(b.timeSec() - frameTime);
        }
    }

    // ---- 1TRC ----

    /** A partial being resampled: its index, grid range and breakpoint cursor. */
    private static final class Track {
        final int index;
        final List<Breakpoint> bps;
        final long kFirst;
        final long kLast;
        int j;

        Track(int index, Partial p, double d) {
            this.index = index;
            this.bps = p.breakpoints();
            this.kFirst = firstK(p.startTimeSec(), d);
            this.kLast = lastK(p.endTimeSec(), d);
        }
    }

    private static Result trc(OutputStream os, PartialSet set, double d) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        preamble(out, set, nameValues(SdifFrameType.TRC_1, set, KEY_FRAME_INTERVAL, d));

        List<Track> pending = new ArrayList<>();
        int omitted = 0;
        for (int i = 0; i < set.size(); i++) {
            Track tr = new Track(i, set.get(i), d);
            if (tr.kFirst > tr.kLast) {
                omitted++;
            } else {
                pending.add(tr);
            }
        }
        pending.sort(Comparator.comparingLong((Track tr) -> tr.kFirst).thenComparingInt(tr -> tr.index));
        List<Track> active = new ArrayList<>();
        int next = 0;
        long frames = 0;
        long rowCount = 0;
        long k = pending.isEmpty() ? 0 : pending.get(0).kFirst;
        int sig = SdifFrameType.TRC_1.code();
        double[] row = new double[4];
        while (next < pending.size() || !active.isEmpty()) {
            if (active.isEmpty()) {
                k = Math.max(k, pending.get(next).kFirst);
            }
            boolean changed = false;
            while (next < pending.size() && pending.get(next).kFirst <= k) {
                active.add(pending.get(next++));
                changed = true;
            }
            if (changed) {
                active.sort(Comparator.comparingInt(tr -> tr.index));
            }
            double t = k * d;
            frameHeader(out, sig, t, DATA_STREAM, active.size(), 4);
            out.writeInt(sig);
            out.writeInt(FLOAT64);
            out.writeInt(active.size());
            out.writeInt(4);
            for (Track tr : active) {
                resample(tr, t, row);
                for (double v : row) {
                    out.writeDouble(v);
                }
            }
            frames++;
            rowCount += active.size();
            long kk = k;
            active.removeIf(tr -> tr.kLast <= kk);
            k++;
        }
        out.flush();
        return new Result(SdifFrameType.TRC_1, set.size() - omitted, omitted, frames, rowCount);
    }

    /** Fills {@code row} with index, frequency, amplitude and phase of {@code tr} at time t (class doc). */
    private static void resample(Track tr, double t, double[] row) {
        List<Breakpoint> b = tr.bps;
        while (tr.j + 1 < b.size() && b.get(tr.j + 1).timeSec() <= t) {
            tr.j++;
        }
        Breakpoint p = b.get(tr.j);
        double f = p.freqHz();
        double a = p.amp();
        double dt = t - p.timeSec();
        if (dt > 0 && tr.j + 1 < b.size()) {
            Breakpoint q = b.get(tr.j + 1);
            double u = dt / (q.timeSec() - p.timeSec());
            f = p.freqHz() + u * (q.freqHz() - p.freqHz());
            a = p.amp() + u * (q.amp() - p.amp());
        }
        double phase = Breakpoint.wrap(p.phaseRad() + Math.PI * dt * (p.freqHz() + f));
        if (phase < 0) {
            phase += 2 * Math.PI;
        }
        row[0] = tr.index;
        row[1] = f;
        row[2] = a;
        row[3] = phase;
    }

    // ---- shared pieces ----

    /** The file header, the 1NVT frame, and the RBEL frame if any label is set. */
    private static void preamble(DataOutputStream out, PartialSet set, Map<String, String> nameValues)
            throws IOException {
        out.writeInt(SDIF);
        out.writeInt(8);
        out.writeInt(3);
        out.writeInt(1);

        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : nameValues.entrySet()) {
            sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
        }
        byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
        int padded = (text.length + 7) & ~7;
        out.writeInt(NVT);
        out.writeInt(16 + 16 + padded);
        out.writeDouble(-Double.MAX_VALUE);
        out.writeInt(NVT_STREAM);
        out.writeInt(1);
        out.writeInt(NVT);
        out.writeInt(TEXT);
        out.writeInt(text.length);
        out.writeInt(1);
        out.write(text);
        out.write(new byte[padded - text.length]);

        boolean labels = false;
        for (Partial p : set.partials()) {
            labels |= p.label() != 0;
        }
        if (labels) {
            double t = Math.min(0.0, set.startTimeSec());
            frameHeader(out, RBEL, t, LABEL_STREAM, set.size(), 2);
            out.writeInt(RBEL);
            out.writeInt(FLOAT64);
            out.writeInt(set.size());
            out.writeInt(2);
            for (int i = 0; i < set.size(); i++) {
                out.writeDouble(i);
                out.writeDouble(set.get(i).label());
            }
        }
    }

    /** A frame header for one float64 matrix of rows × cols (no padding needed: 8-byte elements). */
    private static void frameHeader(DataOutputStream out, int sig, double time, int stream, int rows, int cols)
            throws IOException {
        long size = 16 + 16 + 8L * rows * cols;
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("an SDIF frame of " + rows + " rows × " + cols
                    + " float64 columns exceeds the 2 GiB frame size limit");
        }
        out.writeInt(sig);
        out.writeInt((int) size);
        out.writeDouble(time);
        out.writeInt(stream);
        out.writeInt(1);
    }
}
