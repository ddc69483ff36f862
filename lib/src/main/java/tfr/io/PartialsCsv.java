package tfr.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * A {@link PartialSet} as CSV: one row per breakpoint.
 *
 * <h2>Written</h2>
 * <pre>
 * partial,time_s,freq_hz,amp,phase_rad,bandwidth[,label]
 * 0,0.0123,440.5,0.25,-1.5707963267948966,0.0
 * </pre>
 * {@code partial} is the partial's index in the set (0, 1, …); {@code time_s} the breakpoint time in
 * s; {@code freq_hz} the instantaneous frequency in Hz; {@code amp} the linear amplitude on the
 * signal's full scale (a sinusoid {@code 0.5·cos(…)} has amp 0.5; not dB); {@code phase_rad} the
 * cosine phase at {@code time_s}, rad, in (−π, π]; {@code bandwidth} the noise fraction 0..1. The
 * trailing {@code label} column (harmonic label, 0 = unlabelled) is written only when some partial has
 * a label ≠ 0, so the header is exactly {@link #HEADER} otherwise. Rows come partial by partial, each
 * in time order. Numbers are written by {@link CsvWriter} in shortest round-trip form, so reading the
 * file back gives every double to the bit. UTF-8, {@code \n} line endings, atomic write.
 *
 * <h2>Read</h2>
 * The header must name at least {@code partial, time_s, freq_hz, amp, phase_rad}; {@code bandwidth}
 * and {@code label} are optional (absent: 0); column order is free, names are case-sensitive, extra
 * columns are ignored. Rows may come in any order: they are grouped by {@code partial} and sorted by
 * time within a partial; partials are returned in increasing {@code partial} number (numbers need not
 * be contiguous: 0, 3, 7 give three partials). Accepted: a UTF-8 byte-order mark, {@code \r\n} line
 * endings, blank lines, fields quoted RFC-4180 style (as R's {@code write.csv} quotes the header),
 * spaces around numbers, {@code NaN}/{@code inf} spellings (which then fail the value checks with a
 * clear message rather than "not a number").
 *
 * <p>Errors are {@link PartialsFormatException}s with a one-line message naming file and line, e.g.
 * {@code "partials.csv line 17: amp must be finite and >= 0, got -1"}: a missing required column, a
 * duplicate column, a row with the wrong number of fields, an empty or non-numeric field, a
 * non-integer {@code partial} or {@code label}, a value a {@link Breakpoint} cannot take, two rows of
 * one partial at the same time (the later line is named), and rows of one partial with different
 * labels. Pitfall: {@code phase_rad} outside (−π, π] is accepted and wrapped, so such a file does not
 * reproduce its own phase text on rewriting.
 */
public final class PartialsCsv {
    /** The header written when no partial has a label. */
    public static final List<String> HEADER = List.of("partial", "time_s", "freq_hz", "amp", "phase_rad", "bandwidth");
    /** The optional trailing column holding the partial's label. */
    public static final String LABEL = "label";

    private static final List<String> REQUIRED = List.of("partial", "time_s", "freq_hz", "amp", "phase_rad");

    private PartialsCsv() {
    }

    /**
     * Writes {@code set} (format: class doc), atomically.
     *
     * @throws OutputExistsException if the file exists and {@code overwrite} is {@link Overwrite#REFUSE}
     */
    public static void write(Path path, Overwrite overwrite, PartialSet set) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(overwrite, "overwrite");
        Objects.requireNonNull(set, "set");
        boolean labels = false;
        for (Partial p : set.partials()) {
            labels |= p.label() != 0;
        }
        List<String> header = new ArrayList<>(HEADER);
        if (labels) {
            header.add(LABEL);
        }
        try (CsvWriter csv = CsvWriter.open(path, overwrite, header)) {
            for (int i = 0; i < set.size(); i++) {
                Partial p = set.get(i);
                for (Breakpoint b : p.breakpoints()) {
                    csv.add(i).add(b.timeSec()).add(b.freqHz()).add(b.amp()).add(b.phaseRad()).add(b.bandwidth());
                    if (labels) {
                        csv.add(p.label());
                    }
                    csv.endRow();
                }
            }
            csv.commit();
        }
    }

    /**
     * Reads a partials CSV file (format: class doc). Messages start with {@code path.toString()}.
     *
     * @throws PartialsFormatException for malformed content
     * @throws IOException             if the file cannot be read (message names the file)
     */
    public static PartialSet read(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        byte[] bytes = AudioBytes.readFile(path);
        return parse(new String(bytes, StandardCharsets.UTF_8), path.toString());
    }

    /**
     * Parses partials CSV text held in memory.
     *
     * @param text       the whole file
     * @param sourceName the name error messages start with
     * @throws PartialsFormatException for malformed content
     */
    public static PartialSet parse(String text, String sourceName) throws PartialsFormatException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        return new Parser(text, sourceName).parse();
    }

    /** One breakpoint as read, with its line for messages. */
    private record Row(long line, Breakpoint bp) {
    }

    private static final class Group {
        final int label;
        final long labelLine;
        final List<Row> rows = new ArrayList<>();

        Group(int label, long labelLine) {
            this.label = label;
            this.labelLine = labelLine;
        }
    }

    private static final class Parser {
        private final String text;
        private final String name;
        private int pos;
        private long lineNo;

        Parser(String text, String name) {
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            this.name = name;
        }

        /** The next line without its terminator, or null at the end. */
        private String nextLine() {
            if (pos >= text.length()) {
                return null;
            }
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end);
            pos = nl < 0 ? text.length() : nl + 1;
            lineNo++;
            return line;
        }

        PartialSet parse() throws PartialsFormatException {
            String headerLine = nextLine();
            while (headerLine != null && headerLine.isBlank()) {
                headerLine = nextLine();
            }
            if (headerLine == null) {
                throw new PartialsFormatException(name, "", "empty file: no header line (expected "
                        + String.join(",", HEADER) + ")");
            }
            List<String> header = fields(headerLine);
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).trim();
                if (col.put(h, i) != null) {
                    throw PartialsFormatException.atLine(name, lineNo, "header names column '" + h + "' twice");
                }
            }
            for (String r : REQUIRED) {
                if (!col.containsKey(r)) {
                    throw PartialsFormatException.atLine(name, lineNo, "header has no column '" + r
                            + "' (required: " + String.join(",", REQUIRED) + "; found: " + headerLine.trim() + ")");
                }
            }
            int iPartial = col.get("partial");
            int iTime = col.get("time_s");
            int iFreq = col.get("freq_hz");
            int iAmp = col.get("amp");
            int iPhase = col.get("phase_rad");
            int iBw = col.getOrDefault("bandwidth", -1);
            int iLabel = col.getOrDefault(LABEL, -1);

            TreeMap<Integer, Group> groups = new TreeMap<>();
            String line;
            while ((line = nextLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = fields(line);
                if (f.size() != header.size()) {
                    throw PartialsFormatException.atLine(name, lineNo, "has " + f.size() + " fields but the header has "
                            + header.size() + " columns");
                }
                int partial = whole(f.get(iPartial), "partial");
                int label = iLabel < 0 ? 0 : whole(f.get(iLabel), LABEL);
                double t = number(f.get(iTime), "time_s");
                double fr = number(f.get(iFreq), "freq_hz");
                double a = number(f.get(iAmp), "amp");
                double ph = number(f.get(iPhase), "phase_rad");
                double bw = iBw < 0 ? 0 : number(f.get(iBw), "bandwidth");
                if (!Double.isFinite(t)) {
                    throw bad("time_s must be finite, got " + f.get(iTime).trim());
                }
                if (!(fr >= 0) || !Double.isFinite(fr)) {
                    throw bad("freq_hz must be finite and >= 0, got " + f.get(iFreq).trim());
                }
                if (!(a >= 0) || !Double.isFinite(a)) {
                    throw bad("amp must be finite and >= 0, got " + f.get(iAmp).trim());
                }
                if (!Double.isFinite(ph)) {
                    throw bad("phase_rad must be finite, got " + f.get(iPhase).trim());
                }
                if (!(bw >= 0 && bw <= 1)) {
                    throw bad("bandwidth must be in [0, 1], got " + f.get(iBw).trim());
                }
                Group g = groups.get(partial);
                if (g == null) {
                    g = new Group(label, lineNo);
                    groups.put(partial, g);
                } else if (g.label != label) {
                    throw bad("label " + label + " differs from label " + g.label + " of partial " + partial
                            + " on line " + g.labelLine);
                }
                g.rows.add(new Row(lineNo, new Breakpoint(t, fr, a, ph, bw)));
            }

            List<Partial> partials = new ArrayList<>(groups.size());
            for (Map.Entry<Integer, Group> e : groups.entrySet()) {
                List<Row> rows = e.getValue().rows;
                rows.sort(Comparator.comparingDouble((Row r) -> r.bp.timeSec()));
                List<Breakpoint> bps = new ArrayList<>(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    Row r = rows.get(i);
                    if (i > 0 && r.bp.timeSec() == rows.get(i - 1).bp.timeSec()) {
                        Row q = rows.get(i - 1);
                        long later = Math.max(r.line, q.line);
                        long earlier = Math.min(r.line, q.line);
                        throw PartialsFormatException.atLine(name, later, "partial " + e.getKey()
                                + " has a second breakpoint at time_s " + r.bp.timeSec() + " (the first is on line "
                                + earlier + ")");
                    }
                    bps.add(r.bp);
                }
                partials.add(new Partial(e.getValue().label, bps));
            }
            return new PartialSet(partials);
        }

        private PartialsFormatException bad(String problem) {
            return PartialsFormatException.atLine(name, lineNo, problem);
        }

        /** Splits one line into fields; RFC 4180 quotes allowed (no line breaks inside them). */
        private List<String> fields(String line) throws PartialsFormatException {
            List<String> out = new ArrayList<>();
            int i = 0;
            int n = line.length();
            while (true) {
                // leading spaces before an opening quote are allowed
                int j = i;
                while (j < n && line.charAt(j) == ' ') {
                    j++;
                }
                if (j < n && line.charAt(j) == '"') {
                    StringBuilder sb = new StringBuilder();
                    j++;
                    while (true) {
                        if (j >= n) {
                            throw bad("unterminated quoted field (quoted line breaks are not supported)");
                        }
                        char c = line.charAt(j);
                        if (c == '"') {
                            if (j + 1 < n && line.charAt(j + 1) == '"') {
                                sb.append('"');
                                j += 2;
                            } else {
                                j++;
                                break;
                            }
                        } else {
                            sb.append(c);
                            j++;
                        }
                    }
                    while (j < n && line.charAt(j) == ' ') {
                        j++;
                    }
                    if (j < n && line.charAt(j) != ',') {
                        throw bad("text after a closing quote in field " + (out.size() + 1));
                    }
                    out.add(sb.toString());
                    i = j;
                } else {
                    int c = line.indexOf(',', i);
                    int end = c < 0 ? n : c;
                    out.add(line.substring(i, end));
                    i = end;
                }
                if (i >= n) {
                    return out;
                }
                i++; // skip the comma
                if (i == n) {
                    out.add("");
                    return out;
                }
            }
        }

        /** A number; NaN and infinity spellings are returned as such for the range checks to report. */
        private double number(String field, String column) throws PartialsFormatException {
            String s = field.trim();
            if (s.isEmpty()) {
                throw bad(column + " is empty");
            }
            boolean plain = true;
            for (int k = 0; k < s.length() && plain; k++) {
                char c = s.charAt(k);
                plain = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
            }
            if (plain) {
                try {
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    // fall through to the message below
                }
            } else {
                String u = s.toLowerCase(java.util.Locale.ROOT);
                String mag = u.startsWith("-") || u.startsWith("+") ? u.substring(1) : u;
                if (mag.equals("nan")) {
                    return Double.NaN;
                }
                if (mag.equals("inf") || mag.equals("infinity")) {
                    return u.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                }
            }
            throw bad(column + " is not a number: \"" + s + "\"");
        }

        private int whole(String field, String column) throws PartialsFormatException {
            String s = field.trim();
            if (s.isEmpty()) {
                throw bad(column + " is empty");
            }
            try {
                long v = Long.parseLong(s);
                if (v >= 0 && v <= Integer.MAX_VALUE) {
                    return (int) v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad(column + " must be a whole number in [0, " + Integer.MAX_VALUE + "], got " + s);
        }
    }
}
