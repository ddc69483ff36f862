/**
 * Stage 1 — analysis windows and the auxiliary windows reassignment needs.
 *
 * <p>{@link tfr.window.WindowSpec} names a window (Hann, Hamming, Blackman, Blackman–Harris,
 * Gaussian, Kaiser; symmetric or periodic); {@link tfr.window.AuxiliaryWindows} builds h and its
 * companions {@code th = (n − c)h}, {@code dh = h′}, {@code tdh = (n − c)h′}, {@code d2h = h″} with
 * h′ computed analytically (default), spectrally or by central differences
 * ({@link tfr.window.DerivativeMethod}); {@link tfr.window.WindowMetrics} and
 * {@link tfr.window.WindowResponse} measure the window from its DTFT.
 *
 * <p>Pitfall: a window cut off while non-zero needs its edge steps in h′ (see
 * {@link tfr.window.AuxiliaryWindows}); without them a Hamming window mislocates a tone by ~1 Hz.
 */
package tfr.window;
