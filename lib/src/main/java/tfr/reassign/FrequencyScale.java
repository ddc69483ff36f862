package tfr.reassign;

/**
 * How the frequency axis of a {@link TfGrid} divides {@code [f0Hz, f1Hz)} into pixels.
 *
 * <p>Pitfall: the scale changes what a pixel <em>means</em>. On {@link #LOG} every pixel spans the
 * same frequency ratio, so a pixel near {@code f1Hz} covers many more hertz than one near
 * {@code f0Hz}; a broadband (white) signal therefore piles more energy into high pixels. Compare
 * cell values across frequency only on {@link #LINEAR} grids.
 */
public enum FrequencyScale {
    /**
     * Equal hertz per pixel: {@code freqIx = floor((f - f0Hz) / (f1Hz - f0Hz) * freqPx)}.
     * Any finite {@code f0Hz < f1Hz} (negative frequencies allowed).
     */
    LINEAR,
    /**
     * Equal frequency ratio per pixel:
     * {@code freqIx = floor(ln(f / f0Hz) / ln(f1Hz / f0Hz) * freqPx)}. Requires {@code 0 < f0Hz < f1Hz};
     * pixel centres are geometric means of the pixel edges.
     */
    LOG
}
