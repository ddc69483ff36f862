package tfr.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * Reads partials from an SDIF file (version 3): Loris' {@link SdifFrameType#RBEP RBEP} frames or
 * standard {@link SdifFrameType#TRC_1 1TRC} frames (SPEAR, Max/MSP, IRCAM, Loris), detected from the
 * content. Byte layout: see {@link SdifWriter}.
 *
 * <h2>What is read</h2>
 * <ul>
 *   <li>Frames with signature {@code RBEP}, {@code 1TRC} or {@code RBEL} are opened and their matrices
 *       dispatched by matrix signature, as Loris does: {@code RBEP} matrices (≥ 6 columns: index,
 *       frequency, amplitude, phase, noise = bandwidth, time offset; breakpoint time = frame time +
 *       offset), {@code 1TRC} matrices (≥ 4 columns: index, frequency, amplitude, phase; breakpoint time
 *       = frame time, bandwidth 0), {@code RBEL} matrices (≥ 2 columns: index, label). Extra columns are
 *       ignored; other matrices in these frames are skipped by size. Numbers may be float32, float64,
 *       or signed/unsigned integers of 1 to 8 bytes.</li>
 *   <li>{@code 1NVT} frames: their text matrix of {@code name\tvalue} lines becomes
 *       {@link Contents#nameValues()} (later tables override earlier keys).</li>
 *   <li>Every other frame is skipped by its size field. A frame whose matrices end after its declared
 *       size (Loris 1.x computes the size of float64 frames as if the data were 4-byte) is accepted: the
 *       next frame is taken to start after the later of the two ends.</li>
 * </ul>
 *
 * <h2>Building partials</h2>
 * <b>RBEP</b>: one partial per index (any stream), breakpoints sorted by time, partials in increasing
 * index (indices need not be contiguous). <b>1TRC</b>: rows are followed per (stream, index) through
 * the frames in file order; a row continues its index's partial unless the index was last seen more
 * than 1.5 frame intervals earlier, in which case a new partial starts (SPEAR-style index re-use).
 * The frame interval is {@code frame_interval_s} from a 1NVT table when present, else the median
 * difference between consecutive distinct frame times of the stream (with a single frame: no splits).
 * 1TRC partials are ordered by stream, index, then start time. <b>Labels</b> from RBEL apply to every
 * partial with that index. Phases are wrapped to (−π, π] ({@link Breakpoint}).
 *
 * <h2>Rejected</h2>
 * With a one-line {@link PartialsFormatException} naming the file and byte offset, e.g.
 * {@code "x.sdif at byte 1032: truncated: 1TRC matrix of 40 rows × 4 columns needs 1280 data bytes but
 * only 96 remain"}: not starting with {@code SDIF}, a file shorter than a header, header size not a
 * multiple of 8 or &lt; 8, SDIF version &lt; 3, truncated frames or matrices, frame sizes &lt; 16,
 * negative matrix counts, rows or columns, an unknown matrix data type in a frame that is read, text
 * where numbers are expected, too few columns, an index that is not a whole number ≥ 0, a value a
 * {@link Breakpoint} cannot take (NaN, negative amplitude, bandwidth outside [0, 1], …), two rows for
 * the same partial at the same time, 1TRC frames out of time order within a stream, files mixing RBEP
 * and 1TRC data, and files with neither (unless a TFR Lab name-value table names the type: then an
 * empty {@link PartialSet}).
 */
public final class SdifReader {
    private static final int TRC = SdifFrameType.TRC_1.code();
    private static final int RBEP = SdifFrameType.RBEP.code();

    private SdifReader() {
    }

    /**
     * What a file holds.
     *
     * @param partials         the partials
     * @param frameType        the partial data found (or named by a TFR Lab name-value table)
     * @param nameValues       all 1NVT entries, in file order (an unmodifiable copy is kept)
     * @param frameCount       number of frames in the file, of any type
     * @param frameIntervalSec 1TRC: the interval used to split re-used indices, of the first (lowest-ID)
     *                         1TRC stream (NaN for RBEP, +∞ when that stream has one frame time)
     */
    public record Contents(PartialSet partials, SdifFrameType frameType, Map<String, String> nameValues,
                           int frameCount, double frameIntervalSec) {
        public Contents {
            Objects.requireNonNull(partials, "partials");
            Objects.requireNonNull(frameType, "frameType");
            Objects.requireNonNull(nameValues, "nameValues");
            nameValues = Collections.unmodifiableMap(new LinkedHashMap<>(nameValues));
            if (frameCount < 0) {
                throw new IllegalArgumentException("frameCount must be >= 0, got " + frameCount);
            }
        }

        @Override
        public String toString() {
            return "SdifReader.Contents[" + frameType.signature() + ", " + partials.size() + " partials, "
                    + partials.breakpointCount() + " breakpoints, " + frameCount + " frames, " + nameValues.size()
                    + " name-values]";
        }
    }

    /**
     * The partials of an SDIF file. Messages start with {@code path.toString()}.
     *
     * @throws PartialsFormatException for malformed content (class doc)
     * @throws IOException             if the file cannot be read (message names the file)
     */
    public static PartialSet read(Path path) throws IOException {
        return readContents(path).partials();
    }

    /** The partials and file details of an SDIF file; errors as {@link #read(Path)}. */
    public static Contents readContents(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        return decode(AudioBytes.readFile(path), path.toString());
    }

    /**
     * Decodes SDIF contents held in memory.
     *
     * @param bytes the whole file
     * @param name  the source name error messages start with
     * @throws PartialsFormatException for malformed content (class doc)
     */
    public static Contents decode(byte[] bytes, String name) throws PartialsFormatException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(name, "name");
        return new Decoder(bytes, name).decode();
    }

    /** One breakpoint as read, with the byte offset of its row. */
    private record Entry(Breakpoint bp, long offset) {
    }

    /** One 1TRC row before partials are formed. */
    private record TrcRow(int index, double freq, double amp, double phase, long offset) {
    }

    /** One 1TRC frame's rows. */
    private record TrcFrame(double time, long offset, List<TrcRow> rows) {
    }

    private static final class Decoder {
        private final byte[] b;
        private final String name;
        private final Map<String, String> nameValues = new LinkedHashMap<>();
        private final TreeMap<Integer, List<Entry>> rbep = new TreeMap<>();
        private final TreeMap<Integer, List<TrcFrame>> trcStreams = new TreeMap<>();
        private final Map<Integer, Integer> labels = new HashMap<>();
        private long firstRbep = -1;
        private long firstTrc = -1;
        private int frameCount;

        Decoder(byte[] b, String name) {
            this.b = b;
            this.name = name;
        }

        private PartialsFormatException err(long offset, String problem) {
            return PartialsFormatException.atByte(name, offset, problem);
        }

        private int i32(int p) {
            return (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | (b[p + 3] & 0xff);
        }

        private long i64(int p) {
            return (long) i32(p) << 32 | (i32(p + 4) & 0xffffffffL);
        }

        private static String sig(int code) {
            StringBuilder sb = new StringBuilder(4);
            for (int s = 24; s >= 0; s -= 8) {
                int c = (code >>> s) & 0xff;
                sb.append(c >= 0x20 && c < 0x7f ? (char) c : '?');
            }
            return sb.toString();
        }

        Contents decode() throws PartialsFormatException {
            int len = b.length;
            if (len == 0) {
                throw new PartialsFormatException(name, "", "empty file (0 bytes)");
            }
            if (len < 4 || i32(0) != SdifWriter.SDIF) {
                throw err(0, "not an SDIF file: expected \"SDIF\", found \""
                        + (len < 4 ? sigPrefix(len) : sig(i32(0))) + "\"");
            }
            if (len < 16) {
                throw err(len, "truncated: the SDIF header needs 16 bytes, the file has " + len);
            }
            int hsize = i32(4);
            if (hsize < 8 || hsize % 8 != 0) {
                throw err(4, "bad SDIF header size " + hsize + " (must be a multiple of 8, at least 8)");
            }
            if (8L + hsize > len) {
                throw err(4, "truncated: the SDIF header declares " + hsize + " bytes but only " + (len - 8) + " remain");
            }
            int version = i32(8);
            if (version < 3) {
                throw err(8, "SDIF version " + version + " is not supported (need version 3)");
            }
            int pos = 8 + hsize;
            while (pos < len) {
                pos = frame(pos);
            }
            return build();
        }

        private String sigPrefix(int len) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) {
                int c = b[i] & 0xff;
                sb.append(c >= 0x20 && c < 0x7f ? (char) c : '?');
            }
            return sb.toString();
        }

        /** Reads the frame at {@code pos}; returns the position of the next one. */
        private int frame(int pos) throws PartialsFormatException {
            int len = b.length;
            if (len - pos < 24) {
                throw err(pos, "truncated: a frame header needs 24 bytes but only " + (len - pos) + " remain");
            }
            int fsig = i32(pos);
            int size = i32(pos + 4);
            if (size < 16) {
                throw err(pos + 4, sig(fsig) + " frame size " + size
                        + " is less than the 16 bytes of its time, stream ID and matrix count");
            }
            long declaredEnd = pos + 8L + size;
            if (declaredEnd > len) {
                throw err(pos, "truncated: " + sig(fsig) + " frame declares " + size + " bytes but only "
                        + (len - pos - 8) + " remain");
            }
            double time = Double.longBitsToDouble(i64(pos + 8));
            int stream = i32(pos + 16);
            int matrices = i32(pos + 20);
            frameCount++;
            boolean partialFrame = fsig == TRC || fsig == RBEP || fsig == SdifWriter.RBEL;
            if (!partialFrame && fsig != SdifWriter.NVT) {
                return (int) declaredEnd;
            }
            if (matrices < 0) {
                throw err(pos + 20, sig(fsig) + " frame has a negative matrix count " + matrices);
            }
            if (partialFrame && !Double.isFinite(time)) {
                throw err(pos + 8, sig(fsig) + " frame time must be finite, got " + time);
            }
            TrcFrame trcFrame = null;
            int p = pos + 24;
            for (int m = 0; m < matrices; m++) {
                if (len - p < 16) {
                    throw err(p, "truncated: matrix " + (m + 1) + " of " + matrices + " in the " + sig(fsig)
                            + " frame needs a 16-byte header but only " + (len - p) + " bytes remain");
                }
                int msig = i32(p);
                int type = i32(p + 4);
                int rows = i32(p + 8);
                int cols = i32(p + 12);
                if (rows < 0 || cols < 0) {
                    throw err(p + 8, sig(msig) + " matrix has " + rows + " rows and " + cols
                            + " columns; counts must be >= 0");
                }
                int elem = elementSize(type, p + 4, msig);
                long cells = (long) rows * cols;
                long dataBytes = cells * elem;
                long padded = (dataBytes + 7) & ~7L;
                int data = p + 16;
                if (cells > len || data + padded > len) {
                    throw err(p, "truncated: " + sig(msig) + " matrix of " + rows + " rows × " + cols + " columns needs "
                            + padded + " data bytes but only " + (len - data) + " remain");
                }
                if (fsig == SdifWriter.NVT) {
                    if (msig == SdifWriter.NVT && (type == SdifWriter.TEXT || type == 0x0401)) {
                        nameValues(data, (int) dataBytes);
                    }
                } else if (msig == RBEP) {
                    if (firstRbep < 0) {
                        firstRbep = p;
                    }
                    rbepMatrix(p, type, elem, rows, cols, time);
                } else if (msig == TRC) {
                    if (firstTrc < 0) {
                        firstTrc = p;
                    }
                    if (trcFrame == null) {
                        trcFrame = new TrcFrame(time, pos, new ArrayList<>());
                        List<TrcFrame> frames = trcStreams.computeIfAbsent(stream, s -> new ArrayList<>());
                        if (!frames.isEmpty() && time < frames.get(frames.size() - 1).time) {
                            throw err(pos + 8, "1TRC frame time " + time + " s is earlier than the previous frame's "
                                    + frames.get(frames.size() - 1).time + " s in stream " + stream);
                        }
                        frames.add(trcFrame);
                    }
                    trcMatrix(p, type, elem, rows, cols, trcFrame.rows);
                } else if (msig == SdifWriter.RBEL) {
                    rbelMatrix(p, type, elem, rows, cols);
                }
                p = (int) (data + padded);
            }
            if (firstRbep >= 0 && firstTrc >= 0) {
                throw err(Math.max(firstRbep, firstTrc), "file mixes RBEP and 1TRC partial data; cannot tell which to read");
            }
            return (int) Math.max(declaredEnd, p);
        }

        /** Bytes per element of a matrix data type; rejects unknown types. */
        private int elementSize(int type, long at, int msig) throws PartialsFormatException {
            switch (type) {
                case 0x0004: case 0x0008:
                case 0x0101: case 0x0102: case 0x0104: case 0x0108:
                case 0x0201: case 0x0202: case 0x0204: case 0x0208:
                case 0x0301: case 0x0401:
                    return type & 0xff;
                default:
                    throw err(at, "unknown data type 0x" + String.format("%04X", type) + " in " + sig(msig)
                            + " matrix (known: 0x0004 float32, 0x0008 float64, 0x01nn/0x02nn integers, 0x0301 text, "
                            + "0x0401 bytes)");
            }
        }

        /** Element {@code i} (row-major) of a numeric matrix whose data start at {@code data}. */
        private double value(int type, int data, long i) {
            int q = (int) (data + i * (type & 0xff));
            switch (type) {
                case 0x0004: return Float.intBitsToFloat(i32(q));
                case 0x0008: return Double.longBitsToDouble(i64(q));
                case 0x0101: return b[q];
                case 0x0102: return (short) ((b[q] & 0xff) << 8 | (b[q + 1] & 0xff));
                case 0x0104: return i32(q);
                case 0x0108: return i64(q);
                case 0x0201: return b[q] & 0xff;
                case 0x0202: return (b[q] & 0xff) << 8 | (b[q + 1] & 0xff);
                case 0x0204: return i32(q) & 0xffffffffL;
                case 0x0208: {
                    long v = i64(q);
                    return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
                }
                default: throw new IllegalStateException("not numeric: " + type);
            }
        }

        private void requireNumeric(int p, int type, int msig, int cols, int minCols, String columns)
                throws PartialsFormatException {
            if (type == SdifWriter.TEXT || type == 0x0401) {
                throw err(p + 4, sig(msig) + " matrix holds " + (type == SdifWriter.TEXT ? "text" : "bytes")
                        + " (data type 0x" + String.format("%04X", type) + "); expected numbers");
            }
            if (cols < minCols) {
                throw err(p + 12, sig(msig) + " matrix has " + cols + " columns, need at least " + minCols + " ("
                        + columns + ")");
            }
        }

        private int index(double v, long at, String what) throws PartialsFormatException {
            if (!(v >= 0 && v <= Integer.MAX_VALUE) || v != Math.rint(v)) {
                throw err(at, what + ": index must be a whole number >= 0, got " + v);
            }
            return (int) v;
        }

        private Breakpoint breakpoint(long at, String what, double t, double f, double a, double ph, double bw)
                throws PartialsFormatException {
            try {
                return new Breakpoint(t, f, a, ph, bw);
            } catch (IllegalArgumentException e) {
                throw err(at, what + ": " + e.getMessage());
            }
        }

        private void rbepMatrix(int p, int type, int elem, int rows, int cols, double frameTime)
                throws PartialsFormatException {
            requireNumeric(p, type, RBEP, cols, 6, "index, frequency, amplitude, phase, noise, time offset");
            int data = p + 16;
            for (int r = 0; r < rows; r++) {
                long c0 = (long) r * cols;
                long at = data + c0 * elem;
                int idx = index(value(type, data, c0), at, "RBEP row " + r);
                String what = "RBEP row " + r + " (index " + idx + ")";
                double offset = value(type, data, c0 + 5);
                if (!Double.isFinite(offset)) {
                    throw err(at, what + ": time offset must be finite, got " + offset);
                }
                Breakpoint bp = breakpoint(at, what, frameTime + offset, value(type, data, c0 + 1),
                        value(type, data, c0 + 2), value(type, data, c0 + 3), value(type, data, c0 + 4));
                rbep.computeIfAbsent(idx, k -> new ArrayList<>()).add(new Entry(bp, at));
            }
        }

        private void trcMatrix(int p, int type, int elem, int rows, int cols, List<TrcRow> out)
                throws PartialsFormatException {
            requireNumeric(p, type, TRC, cols, 4, "index, frequency, amplitude, phase");
            int data = p + 16;
            for (int r = 0; r < rows; r++) {
                long c0 = (long) r * cols;
                long at = data + c0 * elem;
                int idx = index(value(type, data, c0), at, "1TRC row " + r);
                out.add(new TrcRow(idx, value(type, data, c0 + 1), value(type, data, c0 + 2), value(type, data, c0 + 3),
                        at));
            }
        }

        private void rbelMatrix(int p, int type, int elem, int rows, int cols) throws PartialsFormatException {
            requireNumeric(p, type, SdifWriter.RBEL, cols, 2, "index, label");
            int data = p + 16;
            for (int r = 0; r < rows; r++) {
                long c0 = (long) r * cols;
                long at = data + c0 * elem;
                int idx = index(value(type, data, c0), at, "RBEL row " + r);
                double label = value(type, data, c0 + 1);
                if (!(label >= 0 && label <= Integer.MAX_VALUE) || label != Math.rint(label)) {
                    throw err(at, "RBEL row " + r + " (index " + idx + "): label must be a whole number >= 0, got "
                            + label);
                }
                labels.put(idx, (int) label);
            }
        }

        private void nameValues(int data, int n) {
            String text = new String(b, data, n, StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                String l = line.replace("\0", "").replace("\r", "");
                int tab = l.indexOf('\t');
                if (tab > 0) {
                    nameValues.put(l.substring(0, tab).trim(), l.substring(tab + 1).trim());
                }
            }
        }

        private Contents build() throws PartialsFormatException {
            if (firstRbep >= 0) {
                return new Contents(buildRbep(), SdifFrameType.RBEP, nameValues, frameCount, Double.NaN);
            }
            if (firstTrc >= 0) {
                double[] interval = {Double.POSITIVE_INFINITY};
                PartialSet set = buildTrc(interval);
                return new Contents(set, SdifFrameType.TRC_1, nameValues, frameCount, interval[0]);
            }
            String named = nameValues.get(SdifWriter.KEY_FRAME_TYPE);
            if (SdifWriter.CREATOR.equals(nameValues.get(SdifWriter.KEY_CREATOR)) && named != null) {
                for (SdifFrameType t : SdifFrameType.values()) {
                    if (t.signature().equals(named)) {
                        return new Contents(PartialSet.empty(), t, nameValues, frameCount,
                                t == SdifFrameType.RBEP ? Double.NaN : Double.POSITIVE_INFINITY);
                    }
                }
            }
            throw new PartialsFormatException(name, "", "no RBEP or 1TRC partial data in " + frameCount + " frames");
        }

        private PartialSet buildRbep() throws PartialsFormatException {
            List<Partial> partials = new ArrayList<>(rbep.size());
            for (Map.Entry<Integer, List<Entry>> e : rbep.entrySet()) {
                List<Entry> es = e.getValue();
                es.sort(Comparator.comparingDouble((Entry x) -> x.bp.timeSec()));
                List<Breakpoint> bps = new ArrayList<>(es.size());
                for (int i = 0; i < es.size(); i++) {
                    if (i > 0 && es.get(i).bp.timeSec() == es.get(i - 1).bp.timeSec()) {
                        long a = Math.min(es.get(i).offset, es.get(i - 1).offset);
                        long z = Math.max(es.get(i).offset, es.get(i - 1).offset);
                        throw err(z, "RBEP index " + e.getKey() + " has a second breakpoint at " + es.get(i).bp.timeSec()
                                + " s (the first is at byte " + a + ")");
                    }
                    bps.add(es.get(i).bp);
                }
                partials.add(new Partial(labels.getOrDefault(e.getKey(), 0), bps));
            }
            return new PartialSet(partials);
        }

        /** A 1TRC partial being collected. */
        private static final class Open {
            final int stream;
            final int index;
            final List<Breakpoint> bps = new ArrayList<>();
            double lastTime;

            Open(int stream, int index) {
                this.stream = stream;
                this.index = index;
            }
        }

        private PartialSet buildTrc(double[] intervalOut) throws PartialsFormatException {
            double fromTable = Double.NaN;
            String iv = nameValues.get(SdifWriter.KEY_FRAME_INTERVAL);
            if (iv != null) {
                try {
                    fromTable = Double.parseDouble(iv);
                } catch (NumberFormatException e) {
                    fromTable = Double.NaN;
                }
            }
            List<Open> done = new ArrayList<>();
            for (Map.Entry<Integer, List<TrcFrame>> s : trcStreams.entrySet()) {
                List<TrcFrame> frames = s.getValue();
                double interval = fromTable > 0 && Double.isFinite(fromTable) ? fromTable : medianStep(frames);
                if (s.getKey().equals(trcStreams.firstKey())) {
                    intervalOut[0] = interval;
                }
                double maxGap = 1.5 * interval;
                Map<Integer, Open> open = new HashMap<>();
                for (TrcFrame f : frames) {
                    for (TrcRow r : f.rows) {
                        Open o = open.get(r.index);
                        if (o != null && o.lastTime == f.time) {
                            throw err(r.offset, "1TRC index " + r.index + " appears twice at " + f.time + " s in stream "
                                    + s.getKey());
                        }
                        if (o == null || f.time - o.lastTime > maxGap) {
                            o = new Open(s.getKey(), r.index);
                            open.put(r.index, o);
                            done.add(o);
                        }
                        o.bps.add(breakpoint(r.offset, "1TRC row (index " + r.index + ")", f.time, r.freq, r.amp,
                                r.phase, 0));
                        o.lastTime = f.time;
                    }
                }
            }
            done.sort(Comparator.comparingInt((Open o) -> o.stream).thenComparingInt(o -> o.index)
                    .thenComparingDouble(o -> o.bps.get(0).timeSec()));
            List<Partial> partials = new ArrayList<>(done.size());
            for (Open o : done) {
                partials.add(new Partial(labels.getOrDefault(o.index, 0), o.bps));
            }
            return new PartialSet(partials);
        }

        /** Median of the positive steps between consecutive frame times; +∞ with fewer than two times. */
        private static double medianStep(List<TrcFrame> frames) {
            double[] steps = new double[frames.size()];
            int n = 0;
            for (int i = 1; i < frames.size(); i++) {
                double d = frames.get(i).time - frames.get(i - 1).time;
                if (d > 0) {
                    steps[n++] = d;
                }
            }
            if (n == 0) {
                return Double.POSITIVE_INFINITY;
            }
            Arrays.sort(steps, 0, n);
            return n % 2 == 1 ? steps[n / 2] : 0.5 * (steps[n / 2 - 1] + steps[n / 2]);
        }
    }
}
