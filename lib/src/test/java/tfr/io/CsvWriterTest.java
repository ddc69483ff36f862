package tfr.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

class CsvWriterTest {
    @TempDir
    Path dir;

    private String[] listing() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(x -> x.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    private static double parseCell(String s) {
        switch (s) {
            case "": return Double.NaN;
            case "inf": return Double.POSITIVE_INFINITY;
            case "-inf": return Double.NEGATIVE_INFINITY;
            default: return Double.parseDouble(s);
        }
    }

    @Test
    void roundTripIsExactInDefaultMode() throws Exception {
        Random r = new Random(3);
        int rows = 5000;
        double[][] expect = new double[rows][3];
        long[] ids = new long[rows];
        Path p = dir.resolve("t.csv");
        try (CsvWriter csv = CsvWriter.open(p, Overwrite.REFUSE, List.of("time_s", "freq_hz", "id", "amp"))) {
            for (int i = 0; i < rows; i++) {
                expect[i][0] = i / 44100.0;
                expect[i][1] = Double.longBitsToDouble(r.nextLong() & 0x7FEFFFFFFFFFFFFFL) * (r.nextBoolean() ? 1 : -1);
                expect[i][2] = i % 7 == 0 ? Double.NaN : i % 11 == 0 ? Double.NEGATIVE_INFINITY : r.nextGaussian();
                ids[i] = i == 1 ? Long.MIN_VALUE : i == 2 ? Long.MAX_VALUE : r.nextInt() - i;
                csv.add(expect[i][0]).add(expect[i][1]).add(ids[i]).add(expect[i][2]).endRow();
            }
            assertEquals(rows, csv.rowCount());
            csv.commit();
        }
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        assertEquals("time_s,freq_hz,id,amp", lines.get(0));
        assertEquals(rows + 1, lines.size());
        for (int i = 0; i < rows; i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertEquals(4, cells.length, lines.get(i + 1));
            assertEquals(expect[i][0], parseCell(cells[0]), 0.0);
            assertEquals(expect[i][1], parseCell(cells[1]), 0.0);
            assertEquals(ids[i], Long.parseLong(cells[2]));
            assertEquals(expect[i][2], parseCell(cells[3]), 0.0); // NaN equals NaN in assertEquals
        }
        assertTrue(lines.get(8).endsWith(","), "NaN is an empty field: " + lines.get(8));
        assertTrue(lines.get(12).endsWith(",-inf"), lines.get(12));
    }

    @Test
    void significantDigitsFormatting() throws Exception {
        Path p = dir.resolve("s.csv");
        double[] values = {440, 0.00123456789, 1.5e-7, 123456789, 9.9996, -0.5, 0, 1e-5, 0.0001, 1e21, 100, 123.456, 0.1};
        try (CsvWriter csv = CsvWriter.open(p, Overwrite.REFUSE, List.of("v"), 4)) {
            for (double v : values) {
                csv.row(v);
            }
            csv.commit();
        }
        List<String> lines = Files.readAllLines(p);
        assertArrayEquals(new String[] {"v", "440", "0.001235", "1.5e-7", "1.235e8", "10", "-0.5", "0", "1e-5", "0.0001",
            "1e21", "100", "123.5", "0.1"}, lines.toArray(new String[0]));
    }

    @Test
    void significantDigitsAreWithinHalfAUnitInTheLastPlace() throws Exception {
        Random r = new Random(11);
        for (int digits : new int[] {1, 3, 6, 9, 15}) {
            Path p = dir.resolve("d" + digits + ".csv");
            double[] v = new double[2000];
            try (CsvWriter csv = CsvWriter.open(p, Overwrite.REFUSE, List.of("x"), digits)) {
                for (int i = 0; i < v.length; i++) {
                    v[i] = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(80) - 40);
                    csv.row(v[i]);
                }
                csv.commit();
            }
            List<String> lines = Files.readAllLines(p);
            for (int i = 0; i < v.length; i++) {
                double back = Double.parseDouble(lines.get(i + 1));
                // Rounding to p significant digits errs by at most half a unit in the p-th digit,
                // i.e. 0.5·10^(1-p) relative to the leading digit; 1e-15 relative covers the double
                // rounding of the parse itself.
                double tol = Math.abs(v[i]) * (0.5 * Math.pow(10, 1 - digits) + 1e-15);
                assertEquals(v[i], back, tol, "p=" + digits + " text=" + lines.get(i + 1));
                assertTrue(lines.get(i + 1).replaceAll("[^0-9]", "").replaceFirst("^0+", "").length()
                        <= digits + 3, lines.get(i + 1)); // digits plus at most 3 exponent digits
            }
        }
    }

    @Test
    void textFieldsAreQuotedWhenNeeded() throws Exception {
        Path p = dir.resolve("q.csv");
        try (CsvWriter csv = CsvWriter.open(p, Overwrite.REFUSE, List.of("name", "note, with comma"))) {
            csv.add("plain").add("say \"hi\"").endRow();
            csv.add("multi\nline").add((String) null).endRow();
            csv.add("ünïcödé").add("").endRow();
            csv.commit();
        }
        assertEquals("name,\"note, with comma\"\nplain,\"say \"\"hi\"\"\"\n\"multi\nline\",\nünïcödé,\n",
                Files.readString(p, StandardCharsets.UTF_8));
    }

    @Test
    void misuseIsReportedWithFileAndRow() throws Exception {
        Path p = dir.resolve("m.csv");
        try (CsvWriter csv = CsvWriter.open(p, Overwrite.REFUSE, List.of("a", "b"))) {
            csv.row(1, 2);
            IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> csv.row(1, 2, 3));
            assertTrue(wrong.getMessage().startsWith(p + ": row 2 has 3 values but the header has 2 columns"),
                    wrong.getMessage());
            csv.add(1.0);
            IllegalStateException short1 = assertThrows(IllegalStateException.class, csv::endRow);
            assertTrue(short1.getMessage().contains("row 2 has 1 fields but the header has 2 columns"), short1.getMessage());
            csv.add(2L);
            assertThrows(IllegalStateException.class, () -> csv.add(3L));
            csv.endRow();
            csv.commit();
            assertThrows(IllegalStateException.class, () -> csv.add(1.0));
            assertTrue(csv.toString().contains("2 columns, 2 rows, committed"), csv.toString());
        }
        assertEquals("a,b\n1.0,2.0\n1.0,2\n", Files.readString(p));
        assertThrows(IllegalArgumentException.class, () -> CsvWriter.open(dir.resolve("z.csv"), Overwrite.REFUSE, List.of()));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CsvWriter.open(dir.resolve("z.csv"), Overwrite.REFUSE, List.of("a", "a"))).getMessage()
                .contains("duplicate column name 'a'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> CsvWriter.open(dir.resolve("z.csv"), Overwrite.REFUSE, List.of("a"), 16)).getMessage()
                .startsWith("significantDigits must be in 1..15"));
        assertArrayEquals(new String[] {"m.csv"}, listing());
    }

    @Test
    void noCommitOrExceptionLeavesNoFileAndNoTemp() throws Exception {
        Path p = dir.resolve("never.csv");
        try (CsvWriter csv = CsvWriter.open(p, Overwrite.REFUSE, List.of("x"))) {
            csv.row(1.0);
            assertEquals(1, listing().length, "only the temporary file exists while writing");
            assertTrue(listing()[0].startsWith(".never.csv.") && listing()[0].endsWith(".part"), listing()[0]);
        }
        assertEquals(0, listing().length);

        assertThrows(IllegalStateException.class, () -> {
            try (CsvWriter csv = CsvWriter.open(p, Overwrite.REFUSE, List.of("x"))) {
                for (int i = 0; i < 100_000; i++) { // more than one buffer's worth reaches the temp file
                    csv.row(i);
                }
                throw new IllegalStateException("analysis failed");
            }
        });
        assertEquals(0, listing().length);
    }

    @Test
    void refuseKeepsExistingFile() throws Exception {
        Path p = dir.resolve("old.csv");
        Files.writeString(p, "precious\n");
        assertThrows(OutputExistsException.class, () -> CsvWriter.open(p, Overwrite.REFUSE, List.of("x")));
        assertEquals("precious\n", Files.readString(p));
        try (CsvWriter csv = CsvWriter.open(p, Overwrite.REPLACE, List.of("x"))) {
            csv.row(5);
            assertEquals("precious\n", Files.readString(p), "the old file stays until commit");
            csv.commit();
        }
        assertEquals("x\n5.0\n", Files.readString(p));
        assertArrayEquals(new String[] {"old.csv"}, listing());
    }

    /** A large table streams out whole (speed is measured by the benchmark, not here). */
    @Test
    void writesALargeTableInBothNumberFormats() throws Exception {
        Path p = dir.resolve("big.csv");
        int rows = 200_000;
        Random r = new Random(5);
        double[] f = new double[1024];
        for (int i = 0; i < f.length; i++) {
            f[i] = 20 + r.nextDouble() * 20000;
        }
        for (int digits : new int[] {0, 6}) { // 0: shortest round-trip (default); 6 significant digits
            try (CsvWriter csv = digits == 0
                    ? CsvWriter.open(p, Overwrite.REPLACE, List.of("time_s", "freq_hz", "amp", "bin"))
                    : CsvWriter.open(p, Overwrite.REPLACE, List.of("time_s", "freq_hz", "amp", "bin"), digits)) {
                for (int i = 0; i < rows; i++) {
                    csv.add(i / 44100.0).add(f[i & 1023]).add(f[(i * 7) & 1023] * 1e-4).add(i & 1023).endRow();
                }
                csv.commit();
            }
            try (Stream<String> lines = Files.lines(p)) {
                assertEquals(rows + 1, lines.count());
            }
        }
        assertArrayEquals(new String[] {"big.csv"}, listing());
    }
}
