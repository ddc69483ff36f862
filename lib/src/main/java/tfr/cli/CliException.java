package tfr.cli;

/** A failure the command line reports as one line on stderr, with its exit status. */
final class CliException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Exit status for bad usage or bad input. */
    static final int USAGE = 2;
    /** Exit status for a failure while working (I/O, memory). */
    static final int FAILURE = 1;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** Bad usage or bad input (exit 2). */
    static CliException usage(String message) {
        return new CliException(USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
