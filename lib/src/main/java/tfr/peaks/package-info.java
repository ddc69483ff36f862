/**
 * Peak picking: one breakpoint candidate per reassignment ridge of a frame, with its
 * scalloping- and chirp-corrected amplitude and phase, thinned by frequency resolution
 * ({@link tfr.peaks.PeakPicker}).
 */
package tfr.peaks;
