/**
 * Stage 3 — time-frequency reassignment: per cell, the reassigned time t̂ (group delay) and
 * frequency ω̂ (instantaneous frequency), the magnitude on the sinusoid scale, the
 * scalloping-corrected amplitude, the convergence M = |1 + ∂²φ/∂t∂ω| (0 sinusoid, 1 impulse) and
 * the chirp-rate estimate; the validity mask; point clouds; and reassigned spectrograms accumulated
 * on any time × frequency grid ({@link tfr.reassign.TfGrid}, linear or log frequency).
 *
 * <p>The sign convention and its proof are in {@link tfr.reassign.Reassigner}.
 */
package tfr.reassign;
