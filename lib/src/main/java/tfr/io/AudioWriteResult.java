package tfr.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an audio writer did. The library prints nothing, so a caller that wants to warn about
 * clipping reads {@link #clippedSampleCount()} here.
 *
 * @param path               the file written
 * @param frameCount         frames written
 * @param clippedSampleCount samples (counting each channel) that were outside the integer PCM range
 *                           and were clipped; always 0 for float encodings. A sample of exactly
 *                           {@code +1.0} counts: PCM cannot represent it.
 */
public record AudioWriteResult(Path path, long frameCount, long clippedSampleCount) {
    /** Validates that counts are non-negative. */
    public AudioWriteResult {
        Objects.requireNonNull(path, "path");
        if (frameCount < 0) {
            throw new IllegalArgumentException("frameCount must be >= 0, got " + frameCount);
        }
        if (clippedSampleCount < 0) {
            throw new IllegalArgumentException("clippedSampleCount must be >= 0, got " + clippedSampleCount);
        }
    }

    @Override
    public String toString() {
        return "AudioWriteResult[" + path + ", " + frameCount + " frames, " + clippedSampleCount + " samples clipped]";
    }
}
