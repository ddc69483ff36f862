package tfr.analysis;

/**
 * Receives progress of long work: a stage name and the fraction of it done (0..1). The library
 * never prints; the notebook or the command line decides how to show this.
 */
@FunctionalInterface
public interface Progress {
    /** Ignores all reports. */
    Progress NONE = (stage, fraction) -> { };

    void report(String stage, double fraction);
}
