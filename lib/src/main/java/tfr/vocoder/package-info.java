/**
 * The STFT phase vocoder and a band-limited resampler: time stretching and pitch shifting by
 * re-integrating each bin's frame-to-frame phase advance (Flanagan &amp; Golden 1966; Portnoff 1976;
 * Laroche &amp; Dolson 1999 identity phase locking).
 *
 * <p>{@link tfr.vocoder.PhaseVocoder} stretches and pitch-shifts with the library's framing
 * ({@link tfr.stft.FrameParams}); {@link tfr.vocoder.PhaseVocoder#instantaneousFrequency} exposes
 * the vocoder's per-bin frequency estimate ({@link tfr.vocoder.FramePairFrequency}) — the
 * first-order finite-difference version of the reassigned frequency ω̂ = ω + ∂φ/∂t computed by
 * {@link tfr.reassign.Reassigner}. {@link tfr.vocoder.Resampler} is a Kaiser-windowed-sinc sample
 * rate converter. Parameters: {@link tfr.vocoder.VocoderParams}, {@link tfr.vocoder.PhaseLocking},
 * {@link tfr.vocoder.ResamplerParams}.
 */
package tfr.vocoder;
