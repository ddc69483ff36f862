package tfr.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tfr.io.Overwrite;
import tfr.io.SampleEncoding;
import tfr.io.WavWriter;
import tfr.signals.Envelope;
import tfr.signals.Signal;
import tfr.signals.Signals;

/** {@code tfr f0}: audio and partials in, a CSV table of the fundamental out. */
class F0CommandTest {
    static final double FS = 44100;
    static final double F0 = 220.5;

    @TempDir
    static Path shared;

    /** A 0.8 s harmonic tone at 220.5 Hz as a float WAV, and its partials from tfr analyze. */
    @BeforeAll
    static void tone() throws IOException {
        Signal s = Signal.render(FS, 0.8, List.of(Signals.harmonicTone(F0, 8, 0.8, 0, 0,
                Envelope.raisedCosine(0.05, 0.75, 0.02))));
        WavWriter.write(shared.resolve("tone.wav"), Overwrite.REFUSE, s.samples(), FS, SampleEncoding.FLOAT_32);
        CliRun.run(shared, "analyze", "tone.wav", "--out", "an", "--quiet").ok();
    }

    record Row(double timeSec, double f0Hz, double harmonicity, boolean voiced) {
    }

    static List<Row> parse(String csv) {
        String[] lines = csv.split("\n");
        assertEquals("time_s,f0_hz,harmonicity,voiced", lines[0]);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            assertEquals(4, f.length, lines[i]);
            assertTrue(f[3].equals("1") || f[3].equals("0"), lines[i]);
            rows.add(new Row(Double.parseDouble(f[0]), f[1].isEmpty() ? Double.NaN : Double.parseDouble(f[1]),
                    f[2].isEmpty() ? Double.NaN : Double.parseDouble(f[2]), f[3].equals("1")));
        }
        return rows;
    }

    /** Interior frames are voiced and within 0.5% of 220.5 Hz. */
    static void checkTone(List<Row> rows) {
        int interior = 0;
        for (Row r : rows) {
            if (r.timeSec() >= 0.1 && r.timeSec() <= 0.7) {
                interior++;
                assertTrue(r.voiced(), r.toString());
                assertTrue(r.harmonicity() >= 0.9 && r.harmonicity() <= 1, r.toString());
                assertEquals(F0, r.f0Hz(), F0 * 0.005, r.toString());
            }
        }
        assertTrue(interior >= 40, "interior frames: " + interior);
    }

    @Test
    void audioToStdoutOnTheAnalysisHop() {
        CliRun r = CliRun.run(shared, "f0", "tone.wav").ok();
        List<Row> rows = parse(r.out);
        checkTone(rows);
        double hop = 512 / FS;
        for (int i = 1; i < rows.size(); i++) {
            assertEquals(hop, rows.get(i).timeSec() - rows.get(i - 1).timeSec(), 1e-9);
            assertEquals(Math.rint(rows.get(i).timeSec() / hop), rows.get(i).timeSec() / hop, 1e-6);
        }
    }

    @Test
    void partialsCsvAndSdifGiveTheSameTable(@TempDir Path dir) throws IOException {
        CliRun csv = CliRun.run(shared, "f0", "an/partials.csv").ok();
        CliRun sdif = CliRun.run(shared, "f0", "an/partials.sdif").ok();
        assertEquals(csv.out, sdif.out);
        List<Row> rows = parse(csv.out);
        checkTone(rows);
        for (int i = 1; i < rows.size(); i++) {
            assertEquals(0.01, rows.get(i).timeSec() - rows.get(i - 1).timeSec(), 1e-9);
        }
        // --out: the same table in a file, a summary on stdout; never overwritten without --force
        Path out = dir.resolve("f0.csv");
        CliRun w = CliRun.run(dir, "f0", shared.resolve("an/partials.csv").toString(), "--out", "f0.csv").ok();
        assertEquals(csv.out, Files.readString(out));
        assertTrue(w.out.contains("voiced") && w.out.contains("wrote"), w.out);
        Files.writeString(out, "precious");
        CliRun.run(dir, "f0", shared.resolve("an/partials.csv").toString(), "--out", "f0.csv")
                .fails(1, "already exists", "--force");
        assertEquals("precious", Files.readString(out));
        CliRun q = CliRun.run(dir, "f0", shared.resolve("an/partials.csv").toString(), "--out", "f0.csv", "--force",
                "--quiet").ok();
        assertEquals("", q.out);
        assertEquals(csv.out, Files.readString(out));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(out), s.toList(), "no temporary files left");
        }
    }

    @Test
    void rangeThresholdAndHop() {
        // the true f0 out of range: its subharmonic is what remains (Q = 1 there too)
        List<Row> low = parse(CliRun.run(shared, "f0", "an/partials.csv", "--max-hz", "150").ok().out);
        for (Row r : low) {
            if (r.voiced()) {
                assertEquals(F0 / 2, r.f0Hz(), F0 * 0.005 / 2, r.toString());
            }
        }
        assertTrue(low.stream().filter(Row::voiced).count() >= 40);
        // a threshold no frame reaches
        List<Row> strict = parse(CliRun.run(shared, "f0", "an/partials.csv", "--threshold", "1").ok().out);
        long voicedStrict = strict.stream().filter(Row::voiced).count();
        for (Row r : strict) {
            assertTrue(!r.voiced() || r.harmonicity() >= 1, r.toString()); // Q ≤ 1: only a perfect frame passes
        }
        assertTrue(voicedStrict < parse(CliRun.run(shared, "f0", "an/partials.csv").ok().out).stream().filter(Row::voiced).count());
        List<Row> fine = parse(CliRun.run(shared, "f0", "an/partials.csv", "--hop-sec", "0.002").ok().out);
        assertEquals(0.002, fine.get(1).timeSec() - fine.get(0).timeSec(), 1e-9);
        checkTone(fine);
    }

    @Test
    void badInputIsOneLine(@TempDir Path dir) throws IOException {
        CliRun.run(dir, "f0").fails(2, "missing input");
        CliRun.run(dir, "f0", "missing.wav").fails(2, "missing.wav", "no such file");
        CliRun.run(dir, "f0", "missing.csv").fails(2, "missing.csv", "no such file");
        Files.writeString(dir.resolve("notes.txt"), "hello");
        CliRun.run(dir, "f0", "notes.txt").fails(2, "notes.txt");
        Files.writeString(dir.resolve("p.csv"), "partial,time_s,freq_hz,amp,phase_rad\n0,0.1,440,-1,0\n");
        CliRun.run(dir, "f0", "p.csv").fails(2, "p.csv", "amp");
        Files.writeString(dir.resolve("q.sdif"), "SDIF but not really");
        CliRun.run(dir, "f0", "q.sdif").fails(2, "q.sdif");
        Files.writeString(dir.resolve("ok.csv"), "partial,time_s,freq_hz,amp,phase_rad\n0,0.0,440,0.1,0\n0,0.1,440,0.1,0.5\n");
        CliRun.run(dir, "f0", "ok.csv", "--min-hz", "500", "--max-hz", "100").fails(2, "--max-hz", "--min-hz");
        CliRun.run(dir, "f0", "ok.csv", "--threshold", "1.5").fails(2, "--threshold");
        CliRun.run(dir, "f0", "ok.csv", "--min-hz", "0").fails(2, "--min-hz");
        CliRun.run(dir, "f0", "ok.csv", "extra.csv").fails(2, "extra.csv");
        CliRun.run(dir, "f0", "ok.csv", "--frobnicate").fails(2, "--frobnicate");
        Files.writeString(dir.resolve("far.csv"), "partial,time_s,freq_hz,amp,phase_rad\n0,0.0,440,0.1,0\n0,1e7,440,0.1,0.5\n");
        CliRun.run(dir, "f0", "far.csv", "--hop-sec", "0.0001").fails(2, "far.csv", "--hop-sec");
        assertFalse(Files.exists(dir.resolve("f0.csv")));
        // a valid two-breakpoint partial: a lone 440 Hz sinusoid is its own fundamental
        List<Row> ok = parse(CliRun.run(dir, "f0", "ok.csv").ok().out);
        assertArrayEquals(new double[] {0, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1},
                ok.stream().mapToDouble(Row::timeSec).toArray(), 1e-12);
        assertTrue(ok.stream().allMatch(r -> r.voiced() && r.f0Hz() == 440), ok.toString());
    }

    @Test
    void helpAndTopLevelListing() {
        String help = CliRun.run(shared, "f0", "--help").ok().out;
        assertTrue(help.contains("harmonicity") && help.contains("--min-hz") && help.contains("time_s,f0_hz,harmonicity,voiced"), help);
        assertTrue(CliRun.run(shared, "--help").ok().out.contains("f0"));
        assertTrue(Arrays.asList(F0Command.number(0.1), F0Command.number(440.0), F0Command.number(Double.NaN))
                .equals(List.of("0.1", "440", "")));
    }
}
