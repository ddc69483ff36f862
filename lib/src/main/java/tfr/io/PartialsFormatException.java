package tfr.io;

import java.io.IOException;

/**
 * A partials file (CSV or SDIF) is malformed, truncated, or holds values a {@link tfr.model.Breakpoint}
 * cannot take.
 *
 * <p>The message is one line, {@code "<source> <location>: <problem>"}, e.g.
 * {@code "partials.csv line 17: amp must be finite and >= 0, got -1"} or
 * {@code "x.sdif at byte 1032: truncated: frame declares 440 bytes but only 96 remain"}; without a
 * location it is {@code "<source>: <problem>"} (as {@link AudioFormatException}). A command-line tool
 * can print it as-is. Lines are counted from 1 (the header is line 1); byte offsets from 0.
 */
public final class PartialsFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String sourceName;
    private final String location;
    private final String problem;

    /**
     * @param sourceName the file (or other source) the problem was found in, as the user named it
     * @param location   where in it, e.g. {@code "line 17"} or {@code "at byte 1032"}; empty for none
     * @param problem    what is wrong, one line, without the source name
     */
    public PartialsFormatException(String sourceName, String location, String problem) {
        super(sourceName + (location == null || location.isEmpty() ? "" : " " + location) + ": " + problem);
        this.sourceName = sourceName;
        this.location = location == null ? "" : location;
        this.problem = problem;
    }

    /** A problem on a text line (1-based, the header is line 1). */
    static PartialsFormatException atLine(String sourceName, long line, String problem) {
        return new PartialsFormatException(sourceName, "line " + line, problem);
    }

    /** A problem at a byte offset (0-based) of a binary file. */
    static PartialsFormatException atByte(String sourceName, long offset, String problem) {
        return new PartialsFormatException(sourceName, "at byte " + offset, problem);
    }

    /** The file or source name the message starts with. */
    public String sourceName() {
        return sourceName;
    }

    /** Where the problem is ({@code "line 17"}, {@code "at byte 1032"}), or empty. */
    public String location() {
        return location;
    }

    /** The problem, without source name and location. */
    public String problem() {
        return problem;
    }
}
