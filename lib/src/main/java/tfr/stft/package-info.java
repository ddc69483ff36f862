/**
 * Stage 2 — framing and the short-time Fourier transforms of several windows over the same frames.
 *
 * <p>{@link tfr.stft.FrameParams} fixes the geometry every result carries (frame m's time
 * {@code t_m = start_m + c}, bin k's frequency {@code k·fs/M}); {@link tfr.stft.MultiStft} computes
 * one frame of several windows; {@link tfr.stft.FramePipeline} runs frames on all cores in bounded
 * memory, in order; {@link tfr.stft.ComplexStft} holds a dense STFT for teaching, with either phase
 * reference ({@link tfr.stft.PhaseReference}); {@link tfr.stft.AnalyticSignal} removes negative
 * frequencies ({@link tfr.stft.SignalModel}). JTransforms is used here only, behind
 * {@link tfr.stft.Fft}; its packed layout never leaves this package.
 */
package tfr.stft;
