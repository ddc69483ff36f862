/**
 * The {@code tfr} command line: {@code analyze}, {@code spectrogram} and {@code signal}.
 *
 * <p>Holds no signal processing: every command parses its options into {@link tfr.analysis.AnalysisParams},
 * {@link tfr.analysis.ImageParams} or {@link tfr.signals} components and calls the library
 * ({@link tfr.analysis.Analyzer}, {@link tfr.io}, {@link tfr.render}).
 *
 * <p>Each command keeps its options in one table of {@link tfr.cli.Opt} specs that drives both
 * parsing ({@link tfr.cli.Options}) and {@code --help} ({@link tfr.cli.Help}). Entry point:
 * {@link tfr.cli.Main#run(String[], java.io.PrintStream, java.io.PrintStream)}.
 *
 * <p>Exit status: 0 success; 2 bad usage or bad input (unknown option, invalid value, unreadable or
 * malformed input file); 1 failure while working (output exists without {@code --force}, write error,
 * out of memory). Every failure is one line {@code tfr: error: ...} on stderr.
 */
package tfr.cli;
