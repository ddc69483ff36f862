package tfr.phase;

/**
 * How a breakpoint's amplitude and phase are read off a spectrogram peak — the three steps of phase
 * correction the notebooks compare.
 */
public enum PhaseCorrection {
    /**
     * Uncorrected: the STFT phase of the peak bin at the frame centre, used as if it were the phase
     * at the reassigned time; amplitude scalloping-corrected. Wrong by ω̂·(t̂ − t) wherever t̂ ≠ t.
     */
    NONE,
    /**
     * Loris: the bin's phase carried from the frame centre to the reassigned time, plus ω̂·(t̂ − t);
     * no chirp term. Exact for stationary sinusoids; a constant phase error on chirps.
     */
    REASSIGNED,
    /**
     * The full local linear-chirp model (default): amplitude and phase from
     * {@code X̃ = (a/2)e^{jφ_t}G(ω_t − ω_k, α̂)} (see {@link tfr.window.ChirpResponse}), then the phase
     * carried to t̂ along the chirp: {@code φ(t̂) = φ_t + ω_t(t̂ − t) + α̂(t̂ − t)²/2}. Exact for linear
     * chirps of constant amplitude (negative-frequency image aside).
     */
    CHIRP
}
