package tfr.io;

import java.io.IOException;
import java.nio.file.Path;

/** An output file exists and the caller asked not to overwrite it ({@link Overwrite#REFUSE}). */
public final class OutputExistsException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path path;

    /** @param path the existing file; the message is {@code "<path> already exists"} */
    public OutputExistsException(Path path) {
        super(path + " already exists");
        this.path = path;
    }

    /** The existing file that was left untouched. */
    public Path path() {
        return path;
    }
}
