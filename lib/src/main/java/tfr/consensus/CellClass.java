package tfr.consensus;

/** What a reassigned cell's energy belongs to, by its second derivatives and its neighbours. */
public enum CellClass {
    /** Steady sinusoid: M ≈ 0, α̂ ≈ 0. */
    SINUSOID,
    /** Linear chirp: M explained by the cell's own chirp-rate estimate. */
    CHIRP,
    /** Impulse (or a chirp too steep to follow): M near 1, α̂ beyond the allowed rate. */
    IMPULSE,
    /** No neighbourhood consensus: the neighbouring bins do not reassign onto the same line. */
    NOISE,
    /** First-order frames carry no M or α̂: only the neighbourhood consensus was applied. */
    UNCLASSIFIED;

    /** Whether the cell can carry a partial's breakpoint. */
    public boolean isSinusoidal() {
        return this == SINUSOID || this == CHIRP || this == UNCLASSIFIED;
    }
}
