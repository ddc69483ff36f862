/**
 * Phase correction: reading a breakpoint's amplitude and cosine phase at its reassigned coordinates
 * ({@link tfr.phase.BreakpointEstimator}, with the steps of {@link tfr.phase.PhaseCorrection}), and
 * the estimate for frames cut by the signal's ends ({@link tfr.phase.EdgeFit}).
 */
package tfr.phase;
