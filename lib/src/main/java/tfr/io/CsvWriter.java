package tfr.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Streaming, atomic CSV writer for numeric tables with a header row.
 *
 * <pre>{@code
 * try (CsvWriter csv = CsvWriter.open(path, Overwrite.REFUSE, List.of("time_s", "freq_hz", "peak"))) {
 *     for (...) {
 *         csv.add(timeSec).add(freqHz).add(peakIndex).endRow();   // or csv.row(t, f, p)
 *     }
 *     csv.commit();   // only now does the file appear
 * }
 * }</pre>
 *
 * <h2>Atomicity</h2>
 * Rows go to a temporary file beside the destination ({@link AtomicFiles#open}); {@link #commit()}
 * renames it into place. If an exception escapes before {@code commit()}, or {@code close()} is
 * reached without it, the temporary file is deleted and the destination is left as it was.
 *
 * <h2>Format</h2>
 * UTF-8, comma-separated, {@code \n} line endings, one header row, no trailing comma. Text fields
 * are quoted (RFC 4180) when they contain a comma, quote, CR or LF; quotes inside are doubled.
 * <ul>
 *   <li>{@code double}, default: the shortest decimal that reads back to the identical double, in
 *       {@link Double#toString(double)} layout ({@code 0.1}, {@code 440.0}, {@code 1.0E-5},
 *       {@code 1.234E7}); every CSV reader parses it. (Computed exactly and fast for 7e-12 to 9e15;
 *       outside that range {@code Double.toString} is used, which on JDK 17 is occasionally one digit
 *       longer than the shortest but still reads back exactly.)</li>
 *   <li>{@code double} with {@code significantDigits} p (1 to 15): rounded to p significant digits,
 *       trailing zeros dropped, like C's {@code %.pg}: plain notation when the decimal exponent is in
 *       {@code [-4, p)} ({@code 440}, {@code 0.00123}), otherwise {@code 1.5e-07} style without
 *       padding ({@code 1.5e-7}). Correctly rounded except for values within ~1e-16 relative of a
 *       rounding tie.</li>
 *   <li>NaN: an <b>empty field</b> (read as missing by pandas, R and most spreadsheets).
 *       Infinities: {@code inf} and {@code -inf}.</li>
 *   <li>{@code long}/{@code int}: plain integers ({@code 42}, no {@code .0}).</li>
 * </ul>
 * Speed: no {@code String.format}; numbers are formatted straight into a byte buffer. About 1e6
 * rows of three doubles and an integer per second on a busy 2-core machine, in either mode.
 *
 * <p>Not thread-safe. Errors from misuse ({@code add} after {@code commit}, wrong field count) are
 * {@link IllegalStateException}/{@link IllegalArgumentException} naming the file and row.
 */
public final class CsvWriter implements Closeable {
    private static final double[] POW10 = new double[23];
    private static final long[] LPOW10 = new long[19];

    static {
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = Double.parseDouble("1e" + i);
        }
        LPOW10[0] = 1;
        for (int i = 1; i < LPOW10.length; i++) {
            LPOW10[i] = LPOW10[i - 1] * 10;
        }
    }

    private final AtomicFiles.AtomicOutput target;
    private final OutputStream out;
    private final String name;
    private final int columns;
    private final int significantDigits;
    private final byte[] buf = new byte[1 << 16];
    private final byte[] digits = new byte[24];
    private int pos;
    private int fieldInRow;
    private long rowCount;
    private boolean finished;

    private CsvWriter(AtomicFiles.AtomicOutput target, List<String> header, int significantDigits) {
        this.target = target;
        this.out = target.stream();
        this.name = target.path().toString();
        this.columns = header.size();
        this.significantDigits = significantDigits;
    }

    /**
     * Opens a CSV file whose doubles are written in shortest round-trip form (class doc).
     *
     * @param header column names, at least one, no duplicates; names with units are recommended
     *               ({@code "time_s"})
     * @throws OutputExistsException if {@code path} exists and {@code overwrite} is {@link Overwrite#REFUSE}
     */
    public static CsvWriter open(Path path, Overwrite overwrite, List<String> header) throws IOException {
        return openWith(path, overwrite, header, 0);
    }

    /**
     * Opens a CSV file whose doubles are rounded to {@code significantDigits} significant digits.
     *
     * @param significantDigits 1 to 15
     * @throws IllegalArgumentException if {@code significantDigits} is outside 1..15
     */
    public static CsvWriter open(Path path, Overwrite overwrite, List<String> header, int significantDigits)
            throws IOException {
        if (significantDigits < 1 || significantDigits > 15) {
            throw new IllegalArgumentException("significantDigits must be in 1..15 (use the open() without it for exact "
                    + "round-trip output), got " + significantDigits);
        }
        return openWith(path, overwrite, header, significantDigits);
    }

    /** @param digits 0 for round-trip form, else significant digits */
    private static CsvWriter openWith(Path path, Overwrite overwrite, List<String> header, int digits)
            throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(header, "header");
        if (header.isEmpty()) {
            throw new IllegalArgumentException("header must name at least one column");
        }
        Set<String> seen = new HashSet<>();
        for (String h : header) {
            Objects.requireNonNull(h, "header contains null");
            if (!seen.add(h)) {
                throw new IllegalArgumentException("header has a duplicate column name '" + h + "'");
            }
        }
        List<String> copy = new ArrayList<>(header);
        AtomicFiles.AtomicOutput target = AtomicFiles.open(path, overwrite);
        CsvWriter w = new CsvWriter(target, copy, digits);
        try {
            for (String h : copy) {
                w.add(h);
            }
            w.endRowUnchecked();
        } catch (IOException | RuntimeException e) {
            target.close();
            throw e;
        }
        return w;
    }

    /** Number of data rows completed so far (the header not counted). */
    public long rowCount() {
        return rowCount;
    }

    /** Number of columns (from the header). */
    public int columnCount() {
        return columns;
    }

    /**
     * Appends a double field (format: see class doc; NaN is an empty field). Pitfall: a {@code float}
     * argument is widened first, so {@code 0.1f} prints as {@code 0.10000000149011612}.
     */
    public CsvWriter add(double value) throws IOException {
        startField();
        if (Double.isNaN(value)) {
            return this;
        }
        if (Double.isInfinite(value)) {
            ascii(value > 0 ? "inf" : "-inf");
        } else if (significantDigits == 0) {
            pos = ShortestDouble.write(value, buf, pos);
        } else {
            writeSignificant(value, significantDigits);
        }
        return this;
    }

    /** Appends an integer field. */
    public CsvWriter add(long value) throws IOException {
        startField();
        writeLong(value);
        return this;
    }

    /** Appends a text field, quoted when needed (RFC 4180); null is an empty field. */
    public CsvWriter add(String text) throws IOException {
        startField();
        if (text == null || text.isEmpty()) {
            return this;
        }
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        byte[] bytes = (quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > buf.length - pos) {
            flushBuffer();
        }
        if (bytes.length > buf.length) {
            out.write(bytes);
        } else {
            System.arraycopy(bytes, 0, buf, pos, bytes.length);
            pos += bytes.length;
        }
        return this;
    }

    /**
     * Ends the current row.
     *
     * @throws IllegalStateException if the row does not have exactly {@link #columnCount()} fields
     */
    public void endRow() throws IOException {
        if (fieldInRow != columns) {
            throw new IllegalStateException(name + ": row " + (rowCount + 1) + " has " + fieldInRow
                    + " fields but the header has " + columns + " columns");
        }
        endRowUnchecked();
        rowCount++;
    }

    /**
     * Writes one row of doubles.
     *
     * @throws IllegalArgumentException if {@code values.length != columnCount()}
     */
    public void row(double... values) throws IOException {
        if (fieldInRow != 0) {
            throw new IllegalStateException(name + ": row " + (rowCount + 1) + " was started with add(); finish it with endRow()");
        }
        if (values.length != columns) {
            throw new IllegalArgumentException(name + ": row " + (rowCount + 1) + " has " + values.length
                    + " values but the header has " + columns + " columns");
        }
        for (double v : values) {
            add(v);
        }
        endRow();
    }

    /**
     * Finishes the file: flushes, closes and renames it into place.
     *
     * @throws IllegalStateException if a row is unfinished, or already committed or closed
     */
    public void commit() throws IOException {
        checkOpen();
        if (fieldInRow != 0) {
            throw new IllegalStateException(name + ": commit() in the middle of row " + (rowCount + 1));
        }
        flushBuffer();
        target.commit();
        finished = true;
    }

    /**
     * Without a successful {@link #commit()}: discards the temporary file, leaving no output. After a
     * commit: does nothing. Idempotent.
     */
    @Override
    public void close() throws IOException {
        finished = true;
        target.close();
    }

    /** Path, shape and state only. */
    @Override
    public String toString() {
        return "CsvWriter[" + name + ", " + columns + " columns, " + rowCount + " rows"
                + (target.isCommitted() ? ", committed" : finished ? ", discarded" : "") + "]";
    }

    // ---- internals ----

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException(name + ": CSV writer is already " + (target.isCommitted() ? "committed" : "closed"));
        }
    }

    private void startField() throws IOException {
        checkOpen();
        if (fieldInRow == columns) {
            throw new IllegalStateException(name + ": row " + (rowCount + 1) + " has more fields than the header's "
                    + columns + " columns");
        }
        if (buf.length - pos < 64) {
            flushBuffer();
        }
        if (fieldInRow > 0) {
            buf[pos++] = ',';
        }
        fieldInRow++;
    }

    private void endRowUnchecked() throws IOException {
        if (pos == buf.length) {
            flushBuffer();
        }
        buf[pos++] = '\n';
        fieldInRow = 0;
    }

    private void flushBuffer() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    /** ASCII text of at most ~30 chars (a number); startField left 63 bytes free. */
    private void ascii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    private void writeLong(long v) {
        if (v == Long.MIN_VALUE) {
            ascii("-9223372036854775808");
            return;
        }
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + (v % 10));
            v /= 10;
        } while (v != 0);
        while (n > 0) {
            buf[pos++] = digits[--n];
        }
    }

    /** {@code a · 10^k} with as few roundings as possible (one when |k| <= 22). */
    private static double scale10(double a, int k) {
        while (k > 22) {
            a *= 1e22;
            k -= 22;
        }
        while (k < -22) {
            a /= 1e22;
            k += 22;
        }
        return k >= 0 ? a * POW10[k] : a / POW10[-k];
    }

    private void writeSignificant(double v, int p) {
        if (v == 0) {
            buf[pos++] = '0';
            return;
        }
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        int e = (int) Math.floor(Math.log10(v));
        long m = Math.round(scale10(v, p - 1 - e));
        if (m >= LPOW10[p]) {
            e++;
            m = Math.round(scale10(v, p - 1 - e));
        } else if (m < LPOW10[p - 1]) {
            e--;
            m = Math.round(scale10(v, p - 1 - e));
        }
        if (m >= LPOW10[p]) { // rounding carried into a new digit, e.g. 9.9996 -> 10.000
            e++;
            m /= 10;
        }
        int n = p;
        while (n > 1 && m % 10 == 0) {
            m /= 10;
            n--;
        }
        for (int i = n - 1; i >= 0; i--) {
            digits[i] = (byte) ('0' + (m % 10));
            m /= 10;
        }
        if (e >= -4 && e < p) {
            if (e >= 0) {
                for (int i = 0; i <= e; i++) {
                    buf[pos++] = i < n ? digits[i] : (byte) '0';
                }
                if (n > e + 1) {
                    buf[pos++] = '.';
                    for (int i = e + 1; i < n; i++) {
                        buf[pos++] = digits[i];
                    }
                }
            } else {
                buf[pos++] = '0';
                buf[pos++] = '.';
                for (int i = -1; i > e; i--) {
                    buf[pos++] = '0';
                }
                for (int i = 0; i < n; i++) {
                    buf[pos++] = digits[i];
                }
            }
        } else {
            buf[pos++] = digits[0];
            if (n > 1) {
                buf[pos++] = '.';
                for (int i = 1; i < n; i++) {
                    buf[pos++] = digits[i];
                }
            }
            buf[pos++] = 'e';
            writeLong(e);
        }
    }
}
