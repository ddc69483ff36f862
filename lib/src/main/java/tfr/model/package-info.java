/**
 * The reassigned additive model's data: {@link tfr.model.Breakpoint} (time, frequency, amplitude,
 * phase, bandwidth), {@link tfr.model.Partial} (a labelled trajectory of breakpoints) and
 * {@link tfr.model.PartialSet} (a sound, with selection), plus conversion to and from Tablesaw tables.
 * File formats (CSV, SDIF) live in {@code tfr.io}.
 */
package tfr.model;
