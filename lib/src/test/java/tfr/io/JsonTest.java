package tfr.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTest {
    @TempDir
    Path dir;

    record Partial(String name, double freqHz, int[] harmonics, SampleEncoding encoding) {
    }

    record Truth(List<Partial> partials, double sampleRateHz, Map<String, Object> meta) {
    }

    @Test
    void prettyPrintingLayout() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1);
        m.put("a", List.of(1.5, 2.0));
        m.put("empty", Map.of());
        m.put("nested", List.of(Map.of("x", true)));
        assertEquals("{\n  \"b\": 1,\n  \"a\": [1.5, 2.0],\n  \"empty\": {},\n  \"nested\": [\n    {\n      \"x\": true\n    }\n  ]\n}\n",
                Json.toJson(m));
        assertEquals("[]\n", Json.toJson(new double[0]));
        assertEquals("null\n", Json.toJson(null));
    }

    @Test
    void roundTripThroughTextAndFile() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zeta", 1.0);              // insertion order, not sorted
        m.put("alpha", -0.1);
        m.put("tiny", 4.9e-324);
        m.put("huge", 1.7976931348623157e308);
        m.put("int", 42);
        m.put("long", 1L << 52);
        m.put("nan", Double.NaN);
        m.put("inf", Float.NEGATIVE_INFINITY);
        m.put("doubles", new double[] {1, 0.5, Double.POSITIVE_INFINITY});
        m.put("ints", new int[] {3, -4});
        m.put("objs", new Object[] {"s", null, false, new long[] {7}});
        m.put("text", "quote\" backslash\\ slash/ nl\n cr\r tab\t bs\b ff\f nul\u0000 us\u001f del\u007f ls\u2028 "
                + "é 中 😀 lone\ud800 end");
        m.put("bool", true);
        m.put("null", null);
        m.put("enum", SampleEncoding.PCM_24);

        Path p = dir.resolve("out/meta.json");
        Json.write(p, Overwrite.REFUSE, m);
        Object back = Json.read(p);

        Map<String, Object> expect = new LinkedHashMap<>();
        expect.put("zeta", 1.0);
        expect.put("alpha", -0.1);
        expect.put("tiny", 4.9e-324);
        expect.put("huge", 1.7976931348623157e308);
        expect.put("int", 42.0);
        expect.put("long", (double) (1L << 52));
        expect.put("nan", null);
        expect.put("inf", null);
        expect.put("doubles", Arrays.asList(1.0, 0.5, null));
        expect.put("ints", List.of(3.0, -4.0));
        expect.put("objs", Arrays.asList("s", null, false, List.of(7.0)));
        expect.put("text", m.get("text"));
        expect.put("bool", true);
        expect.put("null", null);
        expect.put("enum", "PCM_24");
        assertEquals(expect, back);
        assertEquals(List.copyOf(expect.keySet()), List.copyOf(((Map<?, ?>) back).keySet()), "key order");

        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"quote\\\" backslash\\\\ slash/ nl\\n cr\\r tab\\t bs\\b ff\\f nul\\u0000 us\\u001f "
                + "del\\u007f ls\\u2028 é 中 😀 lone\\ud800 end\""), text);
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void recordsBecomeObjectsOfTheirComponents() {
        Truth t = new Truth(List.of(new Partial("f0", 440.0, new int[] {1, 2}, SampleEncoding.FLOAT_32)), 44100,
                Map.of("k", "v"));
        Object back = Json.parse(Json.toJson(t));
        Map<String, Object> partial = new LinkedHashMap<>();
        partial.put("name", "f0");
        partial.put("freqHz", 440.0);
        partial.put("harmonics", List.of(1.0, 2.0));
        partial.put("encoding", "FLOAT_32");
        Map<String, Object> expect = new LinkedHashMap<>();
        expect.put("partials", List.of(partial));
        expect.put("sampleRateHz", 44100.0);
        expect.put("meta", Map.of("k", "v"));
        assertEquals(expect, back);
    }

    @Test
    void parsesStandardJsonAndEscapes() {
        Object v = Json.parse("\uFEFF { \"a\" : [ 1 , -0.5e+2 , 2E-3 , true , false , null , \"\\u00e9\\uD83D\\uDE00\\/\" ] ,"
                + "\"b\":{}, \"c\":[] }\r\n");
        Map<String, Object> expect = new LinkedHashMap<>();
        expect.put("a", Arrays.asList(1.0, -50.0, 0.002, true, false, null, "é😀/"));
        expect.put("b", Map.of());
        expect.put("c", List.of());
        assertEquals(expect, v);
        assertEquals("x", Json.parse("\"x\""));
        assertNull(Json.parse("null"));
        assertEquals(-0.0, (Double) Json.parse("-0"), 0.0);
    }

    @Test
    void parseErrorsNameLineColumnAndProblem() {
        String[][] cases = {
            {"{\"a\": 1,}", "line 1, column 9: unexpected '}', expected a string key"},
            {"[1, 2", "line 1, column 6: unexpected end of input, expected ',' or ']'"},
            {"{\n  \"a\": 01\n}", "line 2, column 9: invalid number: leading zero"},
            {"{\"a\": 1, \"a\": 2}", "line 1, column 10: duplicate key \"a\""},
            {"[NaN]", "unexpected 'N', expected a value"},
            {"\"tab\there\"", "control character U+0009 in a string must be escaped"},
            {"\"bad \\x\"", "invalid escape \\x"},
            {"1 2", "unexpected '2' after the JSON value"},
            {"", "unexpected end of input, expected a value"},
            {"[1e999]", "number 1e999 is beyond the double range"},
            {"// comment\n1", "unexpected '/', expected a value"},
            {"tru", "expected a value"},
            {"\"abc", "unterminated string"},
        };
        for (String[] c : cases) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(c[0]), c[0]);
            assertTrue(e.getMessage().startsWith("invalid JSON at line "), e.getMessage());
            assertTrue(e.getMessage().contains(c[1]), () -> "for " + c[0] + ": " + e.getMessage());
        }
        String deep = "[".repeat(600) + "]".repeat(600);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Json.parse(deep)).getMessage().contains("nesting"));
    }

    @Test
    void readNamesTheFile() throws Exception {
        Path p = dir.resolve("bad.json");
        Files.writeString(p, "{\"a\": }");
        IOException e = assertThrows(IOException.class, () -> Json.read(p));
        assertEquals(p + ": invalid JSON at line 1, column 7: unexpected '}', expected a value", e.getMessage());
        Files.write(p, new byte[] {'"', (byte) 0xC3, '"'});
        assertEquals(p + ": not valid UTF-8 text", assertThrows(IOException.class, () -> Json.read(p)).getMessage());
    }

    @Test
    void unsupportedValuesAndCyclesAreReportedWithTheirLocation() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inputs", List.of("a", new Object[] {1, new java.io.File("x")}));
        assertEquals("cannot write java.io.File as JSON at $.inputs[1][1]",
                assertThrows(IllegalArgumentException.class, () -> Json.toJson(m)).getMessage());
        List<Object> self = new ArrayList<>();
        self.add(1);
        self.add(self);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Json.toJson(Map.of("loop", self))).getMessage()
                .contains("cycle"));
        assertEquals("\"/tmp/x.wav\"\n", Json.toJson(Path.of("/tmp/x.wav")));
        // A failed write leaves no file and no temporary file.
        assertThrows(IllegalArgumentException.class, () -> Json.write(dir.resolve("m.json"), Overwrite.REFUSE, m));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void refuseLeavesExistingFileUntouched() throws Exception {
        Path p = dir.resolve("t.json");
        Files.writeString(p, "{\"old\": true}");
        assertThrows(OutputExistsException.class, () -> Json.write(p, Overwrite.REFUSE, Map.of("new", 1)));
        assertEquals("{\"old\": true}", Files.readString(p));
        Json.write(p, Overwrite.REPLACE, Map.of("new", 1));
        assertEquals(Map.of("new", 1.0), Json.read(p));
        assertArrayEquals(new String[] {"t.json"}, Files.list(dir).map(x -> x.getFileName().toString()).toArray());
    }
}
