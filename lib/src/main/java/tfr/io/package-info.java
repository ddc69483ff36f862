/**
 * Audio and table input/output: WAV and AIFF reading and writing, CSV and JSON output, all files
 * written atomically.
 *
 * <ul>
 *   <li>{@link tfr.io.AudioData} holds decoded audio as full-scale doubles ({@code channels[c][frame]});
 *       {@link tfr.io.SampleEncoding} says how the samples are stored; {@link tfr.io.ChannelSelection}
 *       picks one channel or the mixdown.</li>
 *   <li>{@link tfr.io.AudioFiles#read} reads WAV or AIFF by content; {@link tfr.io.WavReader},
 *       {@link tfr.io.AiffReader}, {@link tfr.io.WavWriter}, {@link tfr.io.AiffWriter} do one format.</li>
 *   <li>{@link tfr.io.CsvWriter} streams numeric tables; {@link tfr.io.Json} writes and parses JSON.</li>
 *   <li>{@link tfr.io.AtomicFiles} makes every output appear complete or not at all;
 *       {@link tfr.io.Overwrite} says whether an existing file may be replaced.</li>
 * </ul>
 *
 * <p>Errors: malformed input files raise {@link tfr.io.AudioFormatException} (or an
 * {@link java.io.IOException}) whose one-line message starts with the file name, e.g.
 * {@code "x.wav: truncated: data chunk declares 88200 bytes but only 1000 remain"}; bad arguments raise
 * {@link java.lang.IllegalArgumentException} naming the parameter. Nothing in this package prints.
 */
package tfr.io;
