package tfr.io;

import java.io.IOException;

/**
 * An audio file is malformed, truncated or uses a variant this library does not read.
 *
 * <p>The message is one line of the form {@code "<source>: <problem>"}, e.g.
 * {@code "x.wav: truncated: data chunk declares 88200 bytes but only 1000 remain"}, so a command-line
 * tool can print it as-is. {@link #sourceName()} and {@link #problem()} give the two parts.
 */
public final class AudioFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    /** The file or source name. */
    private final String sourceName;
    /** The problem, without the source name. */
    private final String problem;

    /**
     * @param sourceName the file (or other source) the problem was found in, as the user named it
     * @param problem    what is wrong, one line, without the source name
     */
    public AudioFormatException(String sourceName, String problem) {
        super(sourceName + ": " + problem);
        this.sourceName = sourceName;
        this.problem = problem;
    }

    /** The file or source name the message starts with. */
    public String sourceName() {
        return sourceName;
    }

    /** The problem, without the source name. */
    public String problem() {
        return problem;
    }
}
