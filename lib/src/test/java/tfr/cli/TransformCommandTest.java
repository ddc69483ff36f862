package tfr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tfr.io.PartialsCsv;
import tfr.io.SdifReader;
import tfr.model.Breakpoint;
import tfr.model.PartialSet;

class TransformCommandTest {
    @TempDir
    Path dir;

    private Path partials() throws IOException {
        Path p = dir.resolve("p.csv");
        Files.writeString(p, "partial,time_s,freq_hz,amp,phase_rad,bandwidth\n"
                + "0,0.0,440,0.1,0,0\n0,0.1,441,0.12,0.5,0\n0,0.2,442,0.1,1.0,0\n"
                + "1,0.05,880,0.05,0,0\n1,0.15,882,0.05,0.2,0\n");
        return p;
    }

    @Test
    void pitchRatioScalesFrequenciesOnlyAndTimeRatioTimesOnly() throws IOException {
        PartialSet in = PartialsCsv.read(partials());
        CliRun.run(dir, "transform", "p.csv", "--out", "up.csv", "--pitch-ratio", "1.5", "--quiet").ok();
        CliRun.run(dir, "transform", "p.csv", "--out", "long.sdif", "--time-ratio", "2", "--quiet").ok();
        PartialSet up = PartialsCsv.read(dir.resolve("up.csv"));
        PartialSet slow = SdifReader.read(dir.resolve("long.sdif"));
        assertEquals(in.breakpointCount(), up.breakpointCount());
        assertEquals(in.breakpointCount(), slow.breakpointCount());
        for (int i = 0; i < in.size(); i++) {
            for (int j = 0; j < in.get(i).size(); j++) {
                Breakpoint a = in.get(i).breakpoints().get(j);
                Breakpoint u = up.get(i).breakpoints().get(j);
                Breakpoint s = slow.get(i).breakpoints().get(j);
                assertEquals(a.timeSec(), u.timeSec(), 0.0);
                assertEquals(1.5 * a.freqHz(), u.freqHz(), 1e-12);
                assertEquals(2 * a.timeSec(), s.timeSec(), 1e-15);
                assertEquals(a.freqHz(), s.freqHz(), 0.0);
            }
        }
    }

    @Test
    void timeMapMovesChosenTimes() throws IOException {
        partials();
        CliRun.run(dir, "transform", "p.csv", "--out", "d.csv", "--time-map", "0:0,0.1:0.3", "--quiet").ok();
        PartialSet d = PartialsCsv.read(dir.resolve("d.csv"));
        assertEquals(0.3, d.get(0).breakpoints().get(1).timeSec(), 1e-12); // 0.1 → 0.3
        assertEquals(0.4, d.get(0).breakpoints().get(2).timeSec(), 1e-12); // beyond: shifted by 0.2
        assertEquals(441, d.get(0).breakpoints().get(1).freqHz(), 0.0);
        CliRun.run(dir, "transform", "p.csv", "--out", "e.csv", "--time-map", "0:0,0.1:-1").fails(2, "--time-map");
        CliRun.run(dir, "transform", "p.csv", "--out", "e.csv", "--time-map", "0:0", "--time-ratio", "2").fails(2, "one of them");
    }

    @Test
    void badInputIsOneLine() throws IOException {
        partials();
        CliRun.run(dir, "transform", "p.csv", "--out", "x.csv").fails(2, "nothing to do");
        CliRun.run(dir, "transform", "p.csv", "--out", "x.wav", "--pitch-ratio", "2").fails(2, "x.wav", "unknown partials format");
        CliRun.run(dir, "transform", "p.csv", "--out", "x.csv", "--pitch-ratio", "-2").fails(2, "--pitch-ratio");
        CliRun.run(dir, "transform", "p.csv", "--out", "x.csv", "--pitch-ratio", "0:1,0:2").fails(2, "--pitch-ratio");
        CliRun.run(dir, "transform", "p.csv", "--out", "x.csv", "--vibrato", "5").fails(2, "--vibrato");
        CliRun.run(dir, "transform", "p.csv", "--out", "x.csv", "--tremolo", "4:3").fails(2, "tremolo depth");
        CliRun.run(dir, "transform", "nope.csv", "--out", "x.csv", "--time-ratio", "2").fails(2, "no such file");
        assertFalse(Files.exists(dir.resolve("x.csv")));
        Files.writeString(dir.resolve("x.csv"), "keep");
        CliRun.run(dir, "transform", "p.csv", "--out", "x.csv", "--time-ratio", "2").fails(1, "already exists");
        assertEquals("keep", Files.readString(dir.resolve("x.csv")));
    }
}
