package tfr.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files atomically: the content goes to a temporary file beside the destination, which is
 * renamed over the destination only once it is complete. An interrupted or failed write leaves the
 * destination as it was (absent, or the previous file) and removes the temporary file.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes content to a stream; may throw {@link IOException}. */
    @FunctionalInterface
    public interface StreamWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code path} atomically with the bytes {@code writer} produces.
     *
     * @param path      destination file; its parent directory is created if missing
     * @param overwrite what to do if {@code path} exists
     * @param writer    produces the content (the stream is buffered; do not close it)
     * @throws OutputExistsException if {@code path} exists and {@code overwrite} is {@link Overwrite#REFUSE}
     */
    public static void write(Path path, Overwrite overwrite, StreamWriter writer) throws IOException {
        Path target = path.toAbsolutePath();
        checkWritable(target, overwrite);
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                writer.writeTo(out);
            }
            if (overwrite == Overwrite.REFUSE && Files.exists(target)) {
                throw new OutputExistsException(path);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Writes a whole byte array atomically. */
    public static void write(Path path, Overwrite overwrite, byte[] bytes) throws IOException {
        write(path, overwrite, out -> out.write(bytes));
    }

    /**
     * Fails early, before any work, when {@code path} exists and may not be overwritten, or is a
     * directory. Call it for every output before a long computation.
     */
    public static void checkWritable(Path path, Overwrite overwrite) throws IOException {
        if (Files.isDirectory(path)) {
            throw new IOException(path + " is a directory, not a file");
        }
        if (overwrite == Overwrite.REFUSE && Files.exists(path)) {
            throw new OutputExistsException(path);
        }
    }
}
