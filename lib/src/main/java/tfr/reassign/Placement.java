package tfr.reassign;

/** Where a cell's energy goes on a {@link TfGrid}. */
public enum Placement {
    /** At the cell's own frame time and bin frequency, as a box one hop by one bin: the ordinary spectrogram. */
    NOMINAL,
    /** At the reassigned time t̂ and frequency ω̂: the reassigned spectrogram. */
    REASSIGNED
}
