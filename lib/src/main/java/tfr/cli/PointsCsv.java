package tfr.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import tfr.analysis.Analyzer;
import tfr.io.CsvWriter;
import tfr.io.Overwrite;
import tfr.reassign.ReassignedFrame;

/**
 * Streams the valid reassigned cells of each frame straight into a CSV file: one row per cell, never
 * holding the point cloud. A frame sink cannot throw {@link IOException}, so write errors travel as
 * {@link UncheckedIOException} and are unwrapped by {@link Main}.
 */
final class PointsCsv implements Analyzer.FrameSink, Closeable {
    /** The columns: reassigned time and frequency, corrected amplitude, then the rest of the cell. */
    static final List<String> HEADER = List.of("time_s", "freq_hz", "amp", "magnitude", "frame", "bin",
            "convergence", "chirp_rate_hz_s");

    private final CsvWriter csv;
    private long rows;

    PointsCsv(Path path, Overwrite overwrite) throws IOException {
        this.csv = CsvWriter.open(path, overwrite, HEADER);
    }

    @Override
    public void accept(ReassignedFrame f) {
        try {
            int bins = f.binCount();
            long frame = f.frameIndex();
            for (int k = 0; k < bins; k++) {
                if (f.valid(k)) {
                    csv.add(f.timeSec(k)).add(f.freqHz(k)).add(f.amplitude(k)).add(f.magnitude(k)).add(frame)
                            .add((long) k).add(f.convergence(k)).add(f.chirpRateHzPerSec(k));
                    csv.endRow();
                    rows++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows written so far. */
    long rows() {
        return rows;
    }

    /** Makes the file appear (atomic rename). */
    void commit() throws IOException {
        csv.commit();
    }

    /** Discards the file unless committed. */
    @Override
    public void close() throws IOException {
        csv.close();
    }
}
