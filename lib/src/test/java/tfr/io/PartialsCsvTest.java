package tfr.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;
import tfr.model.PartialTables;
import tfr.model.RandomPartials;

class PartialsCsvTest {
    @TempDir
    Path dir;

    private static final String HEADER = "partial,time_s,freq_hz,amp,phase_rad,bandwidth";

    @Test
    void randomSetsRoundTripExactly() throws Exception {
        Random r = new Random(5);
        for (int k = 0; k < 150; k++) {
            PartialSet s = RandomPartials.set(r, 10, k % 3 == 0);
            Path p = dir.resolve("p" + k + ".csv");
            PartialsCsv.write(p, Overwrite.REFUSE, s);
            PartialSet back = PartialsCsv.read(p);
            // record equality compares doubles with Double.compare: bit-exact, −0.0 ≠ 0.0
            assertEquals(s, back, "set " + k);
        }
    }

    @Test
    void headerIsExactAndLabelColumnOnlyWhenNeeded() throws Exception {
        Partial a = Partial.of(List.of(Breakpoint.of(0.0, 440, 0.5, 0.0), new Breakpoint(0.01, 441, 0.25, -1, 0.5)));
        Path p = dir.resolve("a.csv");
        PartialsCsv.write(p, Overwrite.REFUSE, new PartialSet(List.of(a, a)));
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        assertEquals(HEADER, lines.get(0));
        assertEquals(List.of(HEADER, "0,0.0,440.0,0.5,0.0,0.0", "0,0.01,441.0,0.25,-1.0,0.5",
                "1,0.0,440.0,0.5,0.0,0.0", "1,0.01,441.0,0.25,-1.0,0.5"), lines);

        Path q = dir.resolve("b.csv");
        PartialsCsv.write(q, Overwrite.REFUSE, new PartialSet(List.of(a, a.withLabel(3))));
        lines = Files.readAllLines(q, StandardCharsets.UTF_8);
        assertEquals(HEADER + ",label", lines.get(0));
        assertEquals("0,0.0,440.0,0.5,0.0,0.0,0", lines.get(1));
        assertEquals("1,0.01,441.0,0.25,-1.0,0.5,3", lines.get(4));
        assertEquals(3, PartialsCsv.read(q).get(1).label());
    }

    @Test
    void readerAcceptsFreeColumnOrderExtraColumnsAndShuffledRows() throws Exception {
        String text = "\uFEFF\"amp\",partial,extra,time_s,phase_rad,freq_hz\r\n"
                + "0.5,7,x,0.2,0.0,100\r\n"
                + "\r\n"
                + "0.25, 2 ,y,0.0,1.0,200\r\n"
                + "0.125,7,z,0.1,4.0,300\r\n";
        PartialSet s = PartialsCsv.parse(text, "x.csv");
        assertEquals(2, s.size());
        // increasing partial number: 2 then 7
        assertEquals(200.0, s.get(0).first().freqHz(), 0.0);
        Partial p7 = s.get(1);
        assertEquals(List.of(0.1, 0.2), p7.breakpoints().stream().map(Breakpoint::timeSec).toList());
        assertEquals(Breakpoint.wrap(4.0), p7.first().phaseRad(), 0.0);
        assertEquals(0.0, p7.first().bandwidth(), 0.0);
        assertEquals(0, p7.label());
        assertTrue(PartialsCsv.parse(HEADER + "\n", "e.csv").isEmpty());
    }

    private static String error(String body) {
        PartialsFormatException e = assertThrows(PartialsFormatException.class, () -> PartialsCsv.parse(body, "p.csv"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals("p.csv", e.sourceName());
        return e.getMessage();
    }

    @Test
    void badInputsGiveOneLineMessagesWithLineNumbers() {
        assertEquals("p.csv line 1: header has no column 'amp' (required: partial,time_s,freq_hz,amp,phase_rad; "
                + "found: partial,time_s,freq_hz,phase_rad,bandwidth)",
                error("partial,time_s,freq_hz,phase_rad,bandwidth\n0,0,440,0,0\n"));
        assertEquals("p.csv line 3: freq_hz is not a number: \"abc\"",
                error(HEADER + "\n0,0,440,0.5,0,0\n0,0.1,abc,0.5,0,0\n"));
        assertEquals("p.csv line 2: amp must be finite and >= 0, got NaN", error(HEADER + "\n0,0,440,NaN,0,0\n"));
        assertEquals("p.csv line 2: amp must be finite and >= 0, got -1", error(HEADER + "\n0,0,440,-1,0,0\n"));
        assertEquals("p.csv line 4: partial 0 has a second breakpoint at time_s 0.5 (the first is on line 2)",
                error(HEADER + "\n0,0.5,440,1,0,0\n1,0.5,440,1,0,0\n0,5e-1,441,1,0,0\n"));
        assertEquals("p.csv line 2: amp is empty", error(HEADER + "\n0,0,440,,0,0\n"));
        assertEquals("p.csv line 2: has 5 fields but the header has 6 columns", error(HEADER + "\n0,0,440,1,0\n"));
        assertEquals("p.csv line 2: partial must be a whole number in [0, 2147483647], got 1.5",
                error(HEADER + "\n1.5,0,440,1,0,0\n"));
        assertEquals("p.csv line 2: partial must be a whole number in [0, 2147483647], got -1",
                error(HEADER + "\n-1,0,440,1,0,0\n"));
        assertEquals("p.csv line 2: bandwidth must be in [0, 1], got 1.5", error(HEADER + "\n0,0,440,1,0,1.5\n"));
        assertEquals("p.csv line 2: time_s must be finite, got inf", error(HEADER + "\n0,inf,440,1,0,0\n"));
        assertEquals("p.csv line 2: freq_hz must be finite and >= 0, got -440", error(HEADER + "\n0,0,-440,1,0,0\n"));
        assertEquals("p.csv line 3: label 2 differs from label 1 of partial 0 on line 2",
                error(HEADER + ",label\n0,0,440,1,0,0,1\n0,1,440,1,0,0,2\n"));
        assertEquals("p.csv line 1: header names column 'amp' twice", error(HEADER + ",amp\n"));
        assertEquals("p.csv: empty file: no header line (expected " + HEADER + ")", error(""));
        assertEquals("p.csv line 2: unterminated quoted field (quoted line breaks are not supported)",
                error(HEADER + "\n\"0,0,440,1,0,0\n"));
    }

    @Test
    void readingAFileNamesItInMessages() throws Exception {
        Path p = dir.resolve("partials.csv");
        Files.writeString(p, HEADER + "\n" + "0,0,440,1,0,0\n".repeat(15) + "0,0.5,440,-1,0,0\n");
        PartialsFormatException e = assertThrows(PartialsFormatException.class, () -> PartialsCsv.read(p));
        assertEquals(p + " line 17: amp must be finite and >= 0, got -1", e.getMessage());
        assertEquals("line 17", e.location());
        assertEquals("amp must be finite and >= 0, got -1", e.problem());
        Path missing = dir.resolve("nope.csv");
        java.io.IOException io = assertThrows(java.io.IOException.class, () -> PartialsCsv.read(missing));
        assertTrue(io.getMessage().contains("nope.csv"), io.getMessage());
    }

    @Test
    void existingFileIsKeptWithoutReplace() throws Exception {
        Random r = new Random(1);
        PartialSet a = new PartialSet(List.of(RandomPartials.partial(r, 0)));
        PartialSet b = new PartialSet(List.of(RandomPartials.partial(r, 1), RandomPartials.partial(r, 2)));
        Path p = dir.resolve("keep.csv");
        PartialsCsv.write(p, Overwrite.REFUSE, a);
        byte[] before = Files.readAllBytes(p);
        OutputExistsException e = assertThrows(OutputExistsException.class, () -> PartialsCsv.write(p, Overwrite.REFUSE, b));
        assertEquals(p + " already exists", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(p));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left");
        }
        PartialsCsv.write(p, Overwrite.REPLACE, b);
        assertEquals(b, PartialsCsv.read(p));
    }

    @Test
    void csvAndTablesawAgreeOnColumns() throws Exception {
        Random r = new Random(9);
        PartialSet s = RandomPartials.set(r, 6, true);
        Path p = dir.resolve("t.csv");
        // A Tablesaw table's breakpoint columns are the CSV's; reading the table gives the same set.
        PartialsCsv.write(p, Overwrite.REFUSE, s);
        assertEquals(PartialTables.fromTable(PartialTables.toTable(s)), PartialsCsv.read(p));
    }
}
