package tfr.cli;

import java.io.PrintStream;
import java.util.Locale;
import tfr.analysis.Progress;

/**
 * Shows progress as one line on a terminal, rewritten in place ({@code "reassign  42%"}), and erases
 * it when done. Reports may come from worker threads; the line only changes when the whole percentage
 * or the stage does.
 */
final class ProgressLine implements Progress, AutoCloseable {
    private final PrintStream err;
    private String stage = "";
    private int percent = -1;
    private int shownLength;

    ProgressLine(PrintStream err) {
        this.err = err;
    }

    /** A progress line on {@code err} if it should be shown, else {@link Progress#NONE}. */
    static Progress forContext(Context ctx, boolean quiet) {
        return ctx.interactive() && !quiet ? new ProgressLine(ctx.err()) : Progress.NONE;
    }

    /** The text shown for a stage and fraction: {@code "reassign  42%"}. */
    static String text(String stage, double fraction) {
        return String.format(Locale.ROOT, "%s %3d%%", stage, percentOf(fraction));
    }

    private static int percentOf(double fraction) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        return (int) Math.floor(f * 100);
    }

    @Override
    public synchronized void report(String stageName, double fraction) {
        int p = percentOf(fraction);
        String s = stageName == null ? "" : stageName;
        if (p == percent && s.equals(stage)) {
            return;
        }
        percent = p;
        stage = s;
        String line = text(s, fraction);
        int pad = Math.max(0, shownLength - line.length());
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        shownLength = line.length();
    }

    /** Erases the line (if anything was shown). */
    @Override
    public synchronized void close() {
        if (shownLength > 0) {
            err.print("\r" + " ".repeat(shownLength) + "\r");
            err.flush();
            shownLength = 0;
        }
    }

    /** Closes {@code p} if it is a progress line. */
    static void finish(Progress p) {
        if (p instanceof ProgressLine line) {
            line.close();
        }
    }
}
