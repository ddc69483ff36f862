package tfr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line means what it says: generated signals analyse back to their ground truth. */
class EndToEndTest {
    private static final double RATE = 44100;

    @TempDir
    Path dir;

    /** The {@code count} loudest points (by magnitude): rows of time_s, freq_hz, amp, magnitude. */
    private static List<double[]> loudest(Path csv, int count) throws IOException {
        List<String[]> rows = CliRun.csv(csv);
        assertEquals(PointsCsv.HEADER, List.of(rows.get(0)));
        List<double[]> points = new ArrayList<>();
        for (String[] r : rows.subList(1, rows.size())) {
            points.add(new double[] {Double.parseDouble(r[0]), Double.parseDouble(r[1]), Double.parseDouble(r[2]),
                Double.parseDouble(r[3])});
        }
        points.sort(Comparator.comparingDouble((double[] p) -> p[3]).reversed());
        assertTrue(points.size() >= count, "only " + points.size() + " points");
        return points.subList(0, count);
    }

    @Test
    void impulseReassignsToItsSample() throws IOException {
        CliRun.run(dir, "signal", "impulse", "--at-sec", "0.5", "--out", "imp.wav", "--quiet").ok();
        CliRun.run(dir, "analyze", "imp.wav", "--out", "a", "--points", "--quiet").ok();
        for (double[] p : loudest(dir.resolve("a/points.csv"), 50)) {
            assertEquals(0.5, p[0], 1e-3 / RATE, "time_s of a loud point");
        }
    }

    @Test
    void toneReassignsToItsFrequency() throws IOException {
        CliRun.run(dir, "signal", "tone", "--freq-hz", "1000.37", "--out", "tone.wav", "--quiet").ok();
        CliRun.run(dir, "analyze", "tone.wav", "--out", "a", "--points", "--quiet").ok();
        for (double[] p : loudest(dir.resolve("a/points.csv"), 50)) {
            assertEquals(1000.37, p[1], 0.01, "freq_hz of a loud point");
            assertEquals(0.5, p[2], 0.01, "amp (scalloping-corrected) of a loud point");
        }
    }
}
