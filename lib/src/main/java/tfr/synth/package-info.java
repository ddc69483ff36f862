/**
 * Additive synthesis of the reassigned bandwidth-enhanced model: {@link tfr.synth.Synthesizer}
 * renders a {@link tfr.model.PartialSet} with McAulay–Quatieri cubic phase (every breakpoint's phase
 * and frequency met), linear amplitude, Loris-style fades at partial ends, muting at and above
 * Nyquist, and optional Fitz–Haken bandwidth-enhanced noise ({@link tfr.synth.BandwidthNoise});
 * parameters in {@link tfr.synth.SynthParams}. Long work reports through {@link tfr.analysis.Progress}.
 */
package tfr.synth;
