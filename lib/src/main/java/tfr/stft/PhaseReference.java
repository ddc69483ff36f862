package tfr.stft;

/**
 * The time a frame's phase is measured from — the "two phase conventions" of the STFT.
 *
 * <ul>
 * <li>{@link #WINDOW} (moving-window view): {@code X̃(t, ω) = Σ_s x[s]·h[s − t]·e^{−jω(s − t)}}, the
 * spectrum of the windowed segment with phase measured from the frame's centre time t. A steady tone
 * e^{jω₀s} advances by ω₀·hop per frame in every bin (the phase vocoder's view).</li>
 * <li>{@link #ORIGIN} (filterbank view): {@code X(t, ω) = Σ_s x[s]·h[s − t]·e^{−jωs}}, the output of a
 * band-pass filter at ω, phase measured from sample 0; the same tone advances by (ω₀ − ω)·hop per
 * frame (the baseband output of a heterodyning filterbank). The two differ by {@code X = X̃·e^{−jωt}}.</li>
 * </ul>
 * Reassignment uses only ratios of STFTs over the same frames, which do not depend on the reference.
 */
public enum PhaseReference {
    WINDOW,
    ORIGIN
}
