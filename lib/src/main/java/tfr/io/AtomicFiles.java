package tfr.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files atomically: the content goes to a temporary file beside the destination, which is
 * renamed over the destination only once it is complete. An interrupted or failed write leaves the
 * destination as it was (absent, or the previous file) and removes the temporary file.
 *
 * <p>The temporary file is named {@code .<name>.<random>.part} in the destination's directory (same
 * file system, so the rename is atomic where the OS supports it) and is created with the default
 * permissions (the umask applies), not the owner-only permissions of {@code Files.createTempFile}.
 *
 * <p>Two ways to use it: {@link #write(Path, Overwrite, StreamWriter)} when all content is produced
 * by one callback, or {@link #open(Path, Overwrite)} for streaming writers that produce content over
 * time and must call {@link AtomicOutput#commit()} at the end.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes content to a stream; may throw {@link IOException}. */
    @FunctionalInterface
    public interface StreamWriter {
        /** Writes the whole content to {@code out} (buffered; do not close it). */
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
        try (AtomicOutput out = open(path, overwrite)) {
            writer.writeTo(out.stream());
            out.commit();
        }
    }

    /** Writes a whole byte array atomically. */
    public static void write(Path path, Overwrite overwrite, byte[] bytes) throws IOException {
        write(path, overwrite, out -> out.write(bytes));
    }

    /**
     * Opens a temporary file for {@code path}. Write to {@link AtomicOutput#stream()}, then call
     * {@link AtomicOutput#commit()}; {@link AtomicOutput#close()} without a successful commit deletes
     * the temporary file and leaves the destination untouched. Use try-with-resources:
     * <pre>{@code
     * try (AtomicFiles.AtomicOutput out = AtomicFiles.open(path, Overwrite.REFUSE)) {
     *     out.stream().write(bytes);
     *     out.commit();
     * }
     * }</pre>
     *
     * @throws OutputExistsException if {@code path} exists and {@code overwrite} is {@link Overwrite#REFUSE}
     */
    public static AtomicOutput open(Path path, Overwrite overwrite) throws IOException {
        Path target = path.toAbsolutePath();
        checkWritable(target, overwrite);
        Path dir = target.getParent();
        Files.createDirectories(dir);
        String base = target.getFileName().toString();
        if (base.length() > 100) {
            base = base.substring(0, 100); // keep the temporary name within file-name length limits
        }
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + base + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1)
                    + ".part");
            try {
                OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new AtomicOutput(path, target, tmp, overwrite, new BufferedOutputStream(os, 1 << 16));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
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

    /**
     * A temporary file that becomes the destination on {@link #commit()}. Not thread-safe.
     * {@link #close()} after a commit does nothing; without one it discards the temporary file.
     */
    public static final class AtomicOutput implements Closeable {
        private enum State { OPEN, COMMITTED, DISCARDED }

        private final Path path;
        private final Path target;
        private final Path tmp;
        private final Overwrite overwrite;
        private final OutputStream out;
        private State state = State.OPEN;

        private AtomicOutput(Path path, Path target, Path tmp, Overwrite overwrite, OutputStream out) {
            this.path = path;
            this.target = target;
            this.tmp = tmp;
            this.overwrite = overwrite;
            this.out = out;
        }

        /** The destination, as given to {@link AtomicFiles#open}. */
        public Path path() {
            return path;
        }

        /** The buffered stream to the temporary file; do not close it (commit and close do). */
        public OutputStream stream() {
            if (state != State.OPEN) {
                throw new IllegalStateException("output for " + path + " is already " + state.name().toLowerCase(java.util.Locale.ROOT));
            }
            return out;
        }

        /**
         * Flushes and closes the temporary file and renames it over the destination. With
         * {@link Overwrite#REFUSE} the file is hard-linked into place instead where the file system
         * allows it, so a destination created meanwhile by someone else is never replaced.
         *
         * @throws OutputExistsException if the destination appeared meanwhile and overwriting is refused
         * @throws IllegalStateException if already committed or closed
         */
        public void commit() throws IOException {
            if (state != State.OPEN) {
                throw new IllegalStateException("output for " + path + " is already " + state.name().toLowerCase(java.util.Locale.ROOT));
            }
            out.close();
            if (overwrite == Overwrite.REFUSE) {
                // A hard link fails atomically if the destination exists, closing the window between
                // an existence check and the rename. Where hard links are unsupported, fall back.
                try {
                    Files.createLink(target, tmp);
                    state = State.COMMITTED;
                    Files.deleteIfExists(tmp);
                    return;
                } catch (FileAlreadyExistsException e) {
                    throw new OutputExistsException(path);
                } catch (UnsupportedOperationException | IOException e) {
                    if (Files.exists(target)) {
                        throw new OutputExistsException(path);
                    }
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            state = State.COMMITTED;
        }

        /** True once {@link #commit()} has succeeded. */
        public boolean isCommitted() {
            return state == State.COMMITTED;
        }

        /** Without a successful commit: closes and deletes the temporary file. Idempotent. */
        @Override
        public void close() throws IOException {
            if (state != State.OPEN) {
                return;
            }
            state = State.DISCARDED;
            try {
                out.close();
            } catch (IOException ignored) {
                // discarding anyway; the delete below is what matters
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
