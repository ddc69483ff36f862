/**
 * The composition point: {@link tfr.analysis.Analyzer} builds every stage from one
 * {@link tfr.analysis.AnalysisParams} record and runs them over a signal; the command line and
 * the notebooks call it. Long work reports through {@link tfr.analysis.Progress}.
 */
package tfr.analysis;
