package tfr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tfr.io.PartialsCsv;
import tfr.model.Partial;
import tfr.model.PartialSet;

/** tfr label then tfr morph: labels from the partials' fundamental; morph ends reproduce the sounds. */
class MorphCommandTest {
    @TempDir
    Path dir;

    @Test
    void labelThenMorph() throws IOException {
        CliRun.run(dir, "signal", "harmonic", "--out", "a.wav", "--duration-sec", "1", "--quiet").ok();
        CliRun.run(dir, "signal", "harmonic", "--f0-hz", "330", "--out", "b.wav", "--duration-sec", "1", "--quiet").ok();
        CliRun.run(dir, "analyze", "a.wav", "--out", "A", "--quiet").ok();
        CliRun.run(dir, "analyze", "b.wav", "--out", "B", "--quiet").ok();
        CliRun.run(dir, "morph", "A/partials.csv", "B/partials.csv", "--out", "m.csv").fails(2, "harmonic label", "tfr label");
        CliRun.run(dir, "label", "A/partials.csv", "--out", "a.csv", "--quiet").ok();
        CliRun.run(dir, "label", "B/partials.csv", "--out", "b.csv", "--distill", "--quiet").ok();
        PartialSet a = PartialsCsv.read(dir.resolve("a.csv"));
        PartialSet b = PartialsCsv.read(dir.resolve("b.csv"));
        for (Partial p : a.partials()) {
            assertEquals(p.label() * 220.0, p.meanFreqHz(), 0.02 * p.label() * 220, "label of " + p);
        }
        CliRun.run(dir, "morph", "a.csv", "b.csv", "--alpha", "0", "--out", "m0.csv", "--quiet").ok();
        CliRun.run(dir, "morph", "a.csv", "b.csv", "--alpha", "1", "--out", "m1.csv", "--quiet").ok();
        CliRun.run(dir, "morph", "a.csv", "b.csv", "--alpha", "0.5", "--out", "mh.csv", "--quiet").ok();
        assertEquals(a, PartialsCsv.read(dir.resolve("m0.csv")));
        assertEquals(b, PartialsCsv.read(dir.resolve("m1.csv")));
        PartialSet h = PartialsCsv.read(dir.resolve("mh.csv"));
        Partial first = h.withLabel(1).get(0);
        double expected = Math.sqrt(a.withLabel(1).get(0).meanFreqHz() * b.withLabel(1).get(0).meanFreqHz());
        assertEquals(expected, first.meanFreqHz(), 0.01 * expected);
        CliRun.run(dir, "morph", "a.csv", "--out", "x.csv").fails(2, "two partials files");
        CliRun.run(dir, "morph", "a.csv", "b.csv", "--alpha", "1.5", "--out", "x.csv").fails(2, "--alpha");
        CliRun.run(dir, "label", "a.csv", "--out", "z.csv", "--min-hz", "5000", "--max-hz", "6000")
                .fails(2, "no harmonic fundamental");
    }
}
