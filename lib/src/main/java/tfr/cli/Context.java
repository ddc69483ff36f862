package tfr.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Where a command prints and how it resolves relative paths.
 *
 * @param out            standard output (results, summaries, help)
 * @param err            standard error (errors, warnings, progress)
 * @param interactive    whether stderr is a terminal (a progress line may be shown)
 * @param workDir        directory relative paths are resolved against; null for the process's own
 */
record Context(PrintStream out, PrintStream err, boolean interactive, Path workDir) {
    /** A path given on the command line, resolved against {@link #workDir} if that is set. */
    Path path(String text) {
        Path p = Path.of(text);
        return workDir == null ? p : workDir.resolve(p);
    }
}
