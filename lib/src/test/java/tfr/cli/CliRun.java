package tfr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import tfr.io.Json;

/** Runs {@link Main#run} in-process and checks what it printed. */
final class CliRun {
    final int code;
    final String out;
    final String err;
    final String[] args;

    private CliRun(int code, String out, String err, String[] args) {
        this.code = code;
        this.out = out;
        this.err = err;
        this.args = args;
    }

    /** Runs {@code tfr args...} with relative paths resolved against {@code workDir}; stderr is not a terminal. */
    static CliRun run(Path workDir, String... args) {
        return run(workDir, false, args);
    }

    static CliRun run(Path workDir, boolean interactive, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code;
        try (PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
             PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, po, pe, interactive, workDir);
        }
        return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8), args);
    }

    private String context() {
        return "tfr " + String.join(" ", args) + "\n--- exit " + code + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
    }

    /** Exit 0 and nothing on stderr. */
    CliRun ok() {
        assertEquals(0, code, this::context);
        assertEquals("", err, this::context);
        return this;
    }

    /**
     * Exit {@code expectedCode} and exactly one stderr line "tfr: error: ..." containing every word
     * (case-insensitive), with no exception name or stack trace. Returns the message.
     */
    String fails(int expectedCode, String... words) {
        assertEquals(expectedCode, code, this::context);
        assertTrue(err.endsWith("\n"), this::context);
        String line = err.substring(0, err.length() - 1);
        assertFalse(line.contains("\n") || line.contains("\r"), () -> "more than one line on stderr:\n" + context());
        assertTrue(line.startsWith("tfr: error: "), this::context);
        assertFalse(line.contains("Exception"), this::context);
        assertFalse(line.contains("\tat "), this::context);
        for (String w : words) {
            assertTrue(line.toLowerCase(Locale.ROOT).contains(w.toLowerCase(Locale.ROOT)),
                    () -> "expected '" + w + "' in the error:\n" + context());
        }
        return line;
    }

    // ------------------------------------------------------------------ output checks shared by the tests

    /** Parses a JSON file written by the CLI. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Path p) throws IOException {
        return (Map<String, Object>) Json.parse(Files.readString(p));
    }

    /** The rows of a CSV file (header first), split on commas. */
    static List<String[]> csv(Path p) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (Stream<String> lines = Files.lines(p)) {
            lines.forEach(l -> rows.add(l.split(",", -1)));
        }
        return rows;
    }

    /** Every regular file under {@code dir} with its bytes and modification time, for no-change checks. */
    static Map<Path, String> snapshot(Path dir) throws IOException {
        Map<Path, String> m = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(p)) {
                    m.put(dir.relativize(p), java.util.Arrays.toString(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)))
                            + "@" + Files.getLastModifiedTime(p).toMillis());
                }
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        return m;
    }
}
