package tfr.reassign;

/**
 * How many phase derivatives to compute per cell.
 * <ul>
 * <li>{@link #FIRST}: t̂ and ω̂ (three windows: h, th, dh) — enough for reassigned spectrograms.</li>
 * <li>{@link #SECOND}: also the mixed partial (convergence M) and the chirp-rate estimate
 * (five windows: h, th, dh, tdh, d2h).</li>
 * </ul>
 */
public enum ReassignOrder {
    FIRST,
    SECOND
}
