package tfr.io;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Minimal JSON (RFC 8259) writer and parser for metadata, results and ground truth.
 *
 * <h2>Writing</h2>
 * Pretty-printed with 2-space indentation, UTF-8, a final newline. Arrays and lists whose elements
 * are all scalars (numbers, strings, booleans, null) are written on one line
 * ({@code "freqs_hz": [440.0, 880.0]}); others one element per line. Supported values:
 * <ul>
 *   <li>{@code Map} — an object in the map's iteration order (use {@code LinkedHashMap} for insertion
 *       order); keys must be String, enum (its name), Number, Boolean or Character.</li>
 *   <li>{@code Collection}, {@code Object[]} and primitive arrays ({@code double[]}, {@code int[]},
 *       {@code long[]}, {@code float[]}, {@code short[]}, {@code byte[]} (as numbers),
 *       {@code boolean[]}, {@code char[]} (as one string)) — arrays. Nested arrays nest.</li>
 *   <li>records — an object of their components in declaration order (component name → value).</li>
 *   <li>{@code Double}/{@code Float} — shortest round-trip digits in {@link Double#toString} /
 *       {@link Float#toString} layout ({@code 440.0}, {@code 1.0E-5}), which read back to the same value; NaN and ±Infinity become {@code null} (JSON has no such numbers).
 *       Integer types and {@code BigInteger}/{@code BigDecimal} — exact.</li>
 *   <li>{@code String}, {@code Character}, enums (their name), {@link Path} (its string form),
 *       {@code Boolean}, {@code null}.</li>
 * </ul>
 * String escaping: {@code "} and {@code \}, control characters (as {@code \n}, {@code \t}, ... or
 * {@code \}{@code u00XX}), DEL, U+2028/U+2029 (they break JavaScript), and unpaired surrogates (which
 * UTF-8 cannot encode) are escaped; all other Unicode is written as UTF-8.
 * Anything else (and reference cycles) → {@link IllegalArgumentException} naming the location, e.g.
 * {@code "cannot write java.io.File as JSON at $.inputs[2]"}.
 *
 * <h2>Parsing</h2>
 * {@link #parse(String)} returns {@code Map<String,Object>} (a {@code LinkedHashMap}, document order),
 * {@code List<Object>}, {@code Double} (for <em>every</em> number — pitfall: integers above 2^53 lose
 * precision), {@code String}, {@code Boolean} or {@code null}. Strict: no comments, trailing commas,
 * NaN, single quotes or leading zeros; duplicate keys are an error; nesting deeper than 512 levels is
 * an error. A leading byte-order mark is skipped.
 */
public final class Json {
    private static final int MAX_DEPTH = 512;

    private Json() {
    }

    // ================================================================ writing

    /**
     * The pretty-printed JSON text of {@code value}, ending with a newline.
     *
     * @throws IllegalArgumentException for unsupported types or cycles
     */
    public static String toJson(Object value) {
        Writer w = new Writer();
        w.value(value, 0);
        w.sb.append('\n');
        return w.sb.toString();
    }

    /**
     * Writes {@code value} as UTF-8 JSON to {@code path}, atomically ({@link AtomicFiles}). The value is
     * serialised completely before the file is opened, so an unsupported value leaves no file.
     *
     * @throws OutputExistsException    if the file exists and {@code overwrite} is {@link Overwrite#REFUSE}
     * @throws IllegalArgumentException for unsupported types or cycles
     */
    public static void write(Path path, Overwrite overwrite, Object value) throws IOException {
        Objects.requireNonNull(path, "path");
        AtomicFiles.checkWritable(path, overwrite);
        byte[] bytes = toJson(value).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(path, overwrite, bytes);
    }

    private static final class Writer {
        final StringBuilder sb = new StringBuilder(256);
        /** Path to the current value for error messages: String keys and Integer indices. */
        final Deque<Object> where = new ArrayDeque<>();
        /** Containers being written, to detect cycles. */
        final IdentityHashMap<Object, Boolean> open = new IdentityHashMap<>();

        void value(Object v, int indent) {
            if (v == null) {
                sb.append("null");
            } else if (v instanceof String s) {
                string(s);
            } else if (v instanceof Boolean) {
                sb.append(v);
            } else if (v instanceof Double d) {
                number(d);
            } else if (v instanceof Float f) {
                sb.append(Float.isFinite(f) ? Float.toString(f) : "null");
            } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                    || v instanceof BigInteger || v instanceof BigDecimal) {
                sb.append(v);
            } else if (v instanceof Number n) {
                number(n.doubleValue());
            } else if (v instanceof Character || v instanceof Path) {
                string(v.toString());
            } else if (v instanceof Enum<?> e) {
                string(e.name());
            } else if (v instanceof Map<?, ?> m) {
                enter(v);
                map(m, indent);
                open.remove(v);
            } else if (v instanceof Collection<?> c) {
                enter(v);
                list(c.size(), c.iterator(), indent);
                open.remove(v);
            } else if (v instanceof char[] chars) {
                string(new String(chars));
            } else if (v.getClass().isArray()) {
                enter(v);
                array(v, indent);
                open.remove(v);
            } else if (v.getClass().isRecord()) {
                enter(v);
                record(v, indent);
                open.remove(v);
            } else {
                throw new IllegalArgumentException("cannot write " + v.getClass().getName() + " as JSON at " + location());
            }
        }

        void enter(Object container) {
            if (open.put(container, Boolean.TRUE) != null) {
                throw new IllegalArgumentException("cannot write a reference cycle as JSON: the value at " + location()
                        + " contains itself");
            }
            if (open.size() > MAX_DEPTH) {
                throw new IllegalArgumentException("JSON nesting deeper than " + MAX_DEPTH + " levels at " + location());
            }
        }

        String location() {
            StringBuilder p = new StringBuilder("$");
            for (Iterator<Object> it = where.descendingIterator(); it.hasNext(); ) {
                Object seg = it.next();
                if (seg instanceof Integer i) {
                    p.append('[').append(i).append(']');
                } else {
                    p.append('.').append(seg);
                }
            }
            return p.toString();
        }

        void number(double d) {
            sb.append(Double.isFinite(d) ? ShortestDouble.toString(d) : "null");
        }

        void newline(int indent) {
            sb.append('\n');
            for (int i = 0; i < indent; i++) {
                sb.append("  ");
            }
        }

        void map(Map<?, ?> m, int indent) {
            if (m.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = key(e.getKey());
                sb.append(first ? "" : ",");
                first = false;
                newline(indent + 1);
                string(key);
                sb.append(": ");
                where.push(key);
                value(e.getValue(), indent + 1);
                where.pop();
            }
            newline(indent);
            sb.append('}');
        }

        String key(Object k) {
            if (k instanceof String s) {
                return s;
            }
            if (k instanceof Enum<?> e) {
                return e.name();
            }
            if (k instanceof Number || k instanceof Boolean || k instanceof Character) {
                return k.toString();
            }
            throw new IllegalArgumentException("cannot write a map key of type "
                    + (k == null ? "null" : k.getClass().getName()) + " as JSON at " + location());
        }

        void record(Object r, int indent) {
            RecordComponent[] comps = r.getClass().getRecordComponents();
            Map<String, Object> m = new LinkedHashMap<>();
            for (RecordComponent rc : comps) {
                try {
                    var accessor = rc.getAccessor();
                    accessor.setAccessible(true);
                    m.put(rc.getName(), accessor.invoke(r));
                } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                    throw new IllegalArgumentException("cannot read record component " + r.getClass().getSimpleName() + "."
                            + rc.getName() + " for JSON at " + location() + ": " + e, e);
                }
            }
            map(m, indent);
        }

        void array(Object arr, int indent) {
            int n = Array.getLength(arr);
            if (arr instanceof double[] a) {
                scalars(n, i -> number(a[i]));
            } else if (arr instanceof int[] a) {
                scalars(n, i -> sb.append(a[i]));
            } else if (arr instanceof long[] a) {
                scalars(n, i -> sb.append(a[i]));
            } else if (arr instanceof float[] a) {
                scalars(n, i -> sb.append(Float.isFinite(a[i]) ? Float.toString(a[i]) : "null"));
            } else if (arr instanceof short[] a) {
                scalars(n, i -> sb.append(a[i]));
            } else if (arr instanceof byte[] a) {
                scalars(n, i -> sb.append(a[i]));
            } else if (arr instanceof boolean[] a) {
                scalars(n, i -> sb.append(a[i]));
            } else {
                list(n, java.util.Arrays.asList((Object[]) arr).iterator(), indent);
            }
        }

        interface IntAction {
            void run(int i);
        }

        void scalars(int n, IntAction element) {
            sb.append('[');
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                element.run(i);
            }
            sb.append(']');
        }

        void list(int n, Iterator<?> it, int indent) {
            List<Object> items = new ArrayList<>(n);
            boolean allScalar = true;
            while (it.hasNext()) {
                Object o = it.next();
                items.add(o);
                allScalar &= isScalar(o);
            }
            if (items.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(allScalar ? ", " : ",");
                }
                if (!allScalar) {
                    newline(indent + 1);
                }
                where.push(i);
                value(items.get(i), indent + 1);
                where.pop();
            }
            if (!allScalar) {
                newline(indent);
            }
            sb.append(']');
        }

        static boolean isScalar(Object o) {
            return o == null || o instanceof String || o instanceof Number || o instanceof Boolean
                    || o instanceof Character || o instanceof Enum<?> || o instanceof Path;
        }

        void string(String s) {
            sb.append('"');
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"': sb.append("\\\""); break;
                    case '\\': sb.append("\\\\"); break;
                    case '\n': sb.append("\\n"); break;
                    case '\r': sb.append("\\r"); break;
                    case '\t': sb.append("\\t"); break;
                    case '\b': sb.append("\\b"); break;
                    case '\f': sb.append("\\f"); break;
                    default:
                        if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                            hex(c);
                        } else if (Character.isHighSurrogate(c)) {
                            if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                                sb.append(c).append(s.charAt(++i));
                            } else {
                                hex(c);
                            }
                        } else if (Character.isLowSurrogate(c)) {
                            hex(c); // unpaired
                        } else {
                            sb.append(c);
                        }
                }
            }
            sb.append('"');
        }

        void hex(char c) {
            final String digits = "0123456789abcdef";
            sb.append("\\u").append(digits.charAt(c >> 12)).append(digits.charAt((c >> 8) & 15))
                    .append(digits.charAt((c >> 4) & 15)).append(digits.charAt(c & 15));
        }
    }

    // ================================================================ parsing

    /**
     * Parses JSON text.
     *
     * @return Map (LinkedHashMap), List, Double, String, Boolean or null
     * @throws IllegalArgumentException "invalid JSON at line 3, column 7: expected ',' or '}'"
     */
    public static Object parse(String text) {
        Objects.requireNonNull(text, "text");
        Parser p = new Parser(text);
        if (p.pos < text.length() && text.charAt(p.pos) == '\uFEFF') {
            p.pos++;
        }
        p.skipWs();
        Object v = p.value(0);
        p.skipWs();
        if (p.pos != text.length()) {
            throw p.error("unexpected " + p.describeHere() + " after the JSON value");
        }
        return v;
    }

    /**
     * Reads and parses a UTF-8 JSON file.
     *
     * @throws IOException with a one-line message naming the file: "x.json: invalid JSON at line 3,
     *                     column 7: ..." or "x.json: not valid UTF-8"
     */
    public static Object read(Path path) throws IOException {
        byte[] bytes = AudioBytes.readFile(path);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(path + ": not valid UTF-8 text", e);
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(path + ": " + e.getMessage(), e);
        }
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String what) {
            int line = 1;
            int col = 1;
            for (int i = 0; i < pos && i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            return new IllegalArgumentException("invalid JSON at line " + line + ", column " + col + ": " + what);
        }

        String describeHere() {
            if (pos >= s.length()) {
                return "end of input";
            }
            char c = s.charAt(pos);
            return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("character U+%04X", (int) c);
        }

        void skipWs() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                    pos++;
                } else {
                    break;
                }
            }
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("nesting deeper than " + MAX_DEPTH + " levels");
            }
            if (pos >= s.length()) {
                throw error("unexpected end of input, expected a value");
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{': return object(depth);
                case '[': return array(depth);
                case '"': return string();
                case 't': return literal("true", Boolean.TRUE);
                case 'f': return literal("false", Boolean.FALSE);
                case 'n': return literal("null", null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        return number();
                    }
                    throw error("unexpected " + describeHere() + ", expected a value");
            }
        }

        Object literal(String word, Object result) {
            if (!s.startsWith(word, pos)) {
                throw error("unexpected " + describeHere() + ", expected a value");
            }
            pos += word.length();
            return result;
        }

        Map<String, Object> object(int depth) {
            Map<String, Object> m = new LinkedHashMap<>();
            pos++; // {
            skipWs();
            if (pos < s.length() && s.charAt(pos) == '}') {
                pos++;
                return m;
            }
            while (true) {
                skipWs();
                if (pos >= s.length() || s.charAt(pos) != '"') {
                    throw error("unexpected " + describeHere() + ", expected a string key");
                }
                int keyAt = pos;
                String key = string();
                if (m.containsKey(key)) {
                    pos = keyAt;
                    throw error("duplicate key \"" + key + "\"");
                }
                skipWs();
                expect(':', "':' after the key");
                skipWs();
                m.put(key, value(depth + 1));
                skipWs();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                expect('}', "',' or '}'");
                return m;
            }
        }

        List<Object> array(int depth) {
            List<Object> list = new ArrayList<>();
            pos++; // [
            skipWs();
            if (pos < s.length() && s.charAt(pos) == ']') {
                pos++;
                return list;
            }
            while (true) {
                skipWs();
                list.add(value(depth + 1));
                skipWs();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                expect(']', "',' or ']'");
                return list;
            }
        }

        void expect(char c, String what) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw error("unexpected " + describeHere() + ", expected " + what);
            }
            pos++;
        }

        String string() {
            pos++; // opening quote
            StringBuilder sb = null;
            int start = pos;
            while (true) {
                if (pos >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(pos);
                if (c == '"') {
                    String out = sb == null ? s.substring(start, pos) : sb.append(s, start, pos).toString();
                    pos++;
                    return out;
                }
                if (c < 0x20) {
                    throw error("control character U+" + String.format("%04X", (int) c) + " in a string must be escaped");
                }
                if (c != '\\') {
                    pos++;
                    continue;
                }
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(s, start, pos);
                pos++;
                if (pos >= s.length()) {
                    throw error("unterminated string");
                }
                char e = s.charAt(pos);
                switch (e) {
                    case '"': sb.append('"'); break;
                    case '\\': sb.append('\\'); break;
                    case '/': sb.append('/'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    case 'u': {
                        if (pos + 4 >= s.length()) {
                            throw error("incomplete \\u escape");
                        }
                        int v = 0;
                        for (int i = 1; i <= 4; i++) {
                            int d = Character.digit(s.charAt(pos + i), 16);
                            if (d < 0) {
                                throw error("invalid \\u escape: expected 4 hex digits");
                            }
                            v = v * 16 + d;
                        }
                        sb.append((char) v);
                        pos += 4;
                        break;
                    }
                    default:
                        throw error("invalid escape \\" + e);
                }
                pos++;
                start = pos;
            }
        }

        Double number() {
            int start = pos;
            if (s.charAt(pos) == '-') {
                pos++;
            }
            if (pos >= s.length() || !isDigit(s.charAt(pos))) {
                throw error("invalid number: expected a digit after '-'");
            }
            if (s.charAt(pos) == '0') {
                pos++;
                if (pos < s.length() && isDigit(s.charAt(pos))) {
                    throw error("invalid number: leading zero");
                }
            } else {
                digits();
            }
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                if (pos >= s.length() || !isDigit(s.charAt(pos))) {
                    throw error("invalid number: expected a digit after '.'");
                }
                digits();
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos >= s.length() || !isDigit(s.charAt(pos))) {
                    throw error("invalid number: expected a digit in the exponent");
                }
                digits();
            }
            String text = s.substring(start, pos);
            double d = Double.parseDouble(text);
            if (Double.isInfinite(d)) {
                pos = start;
                throw error("number " + text + " is beyond the double range");
            }
            return d;
        }

        void digits() {
            while (pos < s.length() && isDigit(s.charAt(pos))) {
                pos++;
            }
        }

        static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
