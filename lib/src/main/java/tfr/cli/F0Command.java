package tfr.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tfr.analysis.AnalysisParams;
import tfr.analysis.Analyzer;
import tfr.analysis.Progress;
import tfr.harmonic.F0Estimator;
import tfr.harmonic.F0Params;
import tfr.harmonic.F0Track;
import tfr.io.AtomicFiles;
import tfr.io.AudioData;
import tfr.io.Overwrite;
import tfr.model.PartialSet;

/**
 * {@code tfr f0 IN.wav|PARTIALS.csv|PARTIALS.sdif [--out F0.csv]}: the fundamental over time by Loris'
 * harmonicity ({@link F0Estimator}), as a CSV table on stdout or in a file.
 */
final class F0Command implements Command {
    static final List<String> HEADER = List.of("time_s", "f0_hz", "harmonicity", "voiced");
    /** Significant digits of the table's numbers. */
    static final int DIGITS = 10;

    static final Opt OUT = Opt.text("--out", "F0.csv", null,
            "write the table to this file (atomically) instead of stdout").group("Output");
    static final Opt MIN_HZ = Opt.number("--min-hz", "F", F0Params.DEFAULT_MIN_HZ, "Hz", "lowest fundamental considered")
            .above(0).max(1e6).group("Fundamental").library("minHz");
    static final Opt MAX_HZ = Opt.number("--max-hz", "F", F0Params.DEFAULT_MAX_HZ, "Hz", "highest fundamental considered")
            .above(0).max(1e6).group("Fundamental").library("maxHz");
    static final Opt THRESHOLD = Opt.number("--threshold", "Q", F0Params.DEFAULT_THRESHOLD, null,
            "harmonicity a frame needs to be voiced (Loris: 0.9)").above(0).max(1).group("Fundamental")
            .library("threshold");
    static final Opt HOP_SEC = Opt.number("--hop-sec", "S", null, "s", "spacing of the table's times t = i*S")
            .above(0).max(3600).defaultText("the analysis hop for audio, 512/44100 s at 44.1 kHz; "
                    + Opt.format(F0Params.DEFAULT_HOP_SEC) + " s for partials").group("Fundamental").library("hopSec");

    static final List<Opt> TABLE = List.of(OUT, MIN_HZ, MAX_HZ, THRESHOLD, HOP_SEC, AnalysisOptions.CHANNEL,
            AnalysisOptions.FORCE, AnalysisOptions.QUIET, AnalysisOptions.HELP);

    @Override
    public String name() {
        return "f0";
    }

    @Override
    public String summary() {
        return "the fundamental over time (Loris' harmonicity) of a WAV/AIFF file or of partials (CSV, SDIF)";
    }

    @Override
    public String usage() {
        return "tfr f0 IN.wav|PARTIALS.csv|PARTIALS.sdif [--out F0.csv] [--min-hz F] [--max-hz F] [--threshold Q]";
    }

    @Override
    public String description() {
        return "Estimates the fundamental frequency at times t = i*hop from the partials of the reassigned additive"
                + " model: the f0 in [--min-hz, --max-hz] that maximises Loris' harmonicity"
                + " Q(f0) = sum a^2 cos(2 pi f/f0) / sum a^2 over the partials sounding at t (1 when every partial is a"
                + " harmonic), refined by least squares, taking the highest f0 within 0.05 of the best Q (so not a"
                + " subharmonic). A frame is voiced when Q >= --threshold and its level is at least -60 dB re full"
                + " scale."
                + "\n\n"
                + "Input: a WAV or AIFF file, analysed with the default analysis of tfr analyze (window and hop keep"
                + " their 44.1 kHz durations at other rates), or partials written by tfr analyze (CSV with header "
                + String.join(",", tfr.io.PartialsCsv.HEADER) + ", or SDIF RBEP/1TRC) — told apart by the extension"
                + " .csv/.sdif."
                + "\n\n"
                + "Output: CSV with header " + String.join(",", HEADER) + "; f0_hz is the best candidate even in"
                + " unvoiced frames (empty when no partial sounds), voiced is 1 or 0. To stdout, or with --out"
                + " to a file, written atomically; an existing file is never replaced without --force.";
    }

    @Override
    public List<Opt> options() {
        return TABLE;
    }

    @Override
    public int run(Options.Parsed p, Context ctx) throws Exception {
        List<String> pos = p.positionals();
        if (pos.isEmpty()) {
            throw CliException.usage("missing input: tfr f0 IN.wav|PARTIALS.csv|PARTIALS.sdif; see tfr f0 --help");
        }
        if (pos.size() > 1) {
            throw CliException.usage("unexpected argument '" + pos.get(1) + "': tfr f0 takes one input file");
        }
        Path in = ctx.path(pos.get(0));
        Path out = p.has(OUT) ? ctx.path(p.text(OUT)) : null;
        boolean quiet = p.flag(AnalysisOptions.QUIET);
        Overwrite overwrite = CliFiles.overwrite(p.flag(AnalysisOptions.FORCE));
        F0Params params = params(p, p.has(HOP_SEC) ? p.number(HOP_SEC) : F0Params.DEFAULT_HOP_SEC);
        if (out != null) {
            CliFiles.checkOutputs(List.of(out), overwrite);
        }

        String name = in.getFileName().toString().toLowerCase(Locale.ROOT);
        PartialSet set;
        if (name.endsWith(".csv") || name.endsWith(".sdif")) {
            set = SynthCommand.readPartials(in);
        } else {
            AudioData audio = CliFiles.readAudio(in);
            double rate = audio.sampleRateHz();
            AnalysisParams ap = AnalysisParams.defaultsFor(rate);
            double[] x = AnalysisOptions.samples(p, audio, in);
            if (!p.has(HOP_SEC)) {
                params = params(p, ap.hopSamples() / rate);
            }
            Progress progress = ProgressLine.forContext(ctx, quiet);
            try {
                set = new Analyzer(ap).partials(x, rate, progress).partials();
            } finally {
                ProgressLine.finish(progress);
            }
        }
        F0Track track;
        try {
            track = new F0Estimator(params).estimate(set);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(in + ": " + Options.translate(e.getMessage(), TABLE));
        }
        String csv = table(track);
        if (out == null) {
            ctx.out().print(csv);
            ctx.out().flush();
            return 0;
        }
        AtomicFiles.write(out, overwrite, csv.getBytes(StandardCharsets.UTF_8));
        if (!quiet) {
            ctx.out().printf(Locale.ROOT, "f0 of %s: %d frames every %.4g ms, %d voiced%s%n", in.getFileName(),
                    track.size(), params.hopSec() * 1e3, track.voicedCount(),
                    track.voicedCount() > 0 ? String.format(Locale.ROOT, ", median %.2f Hz", track.medianVoicedHz()) : "");
            ctx.out().println("wrote " + out);
        }
        return 0;
    }

    private static F0Params params(Options.Parsed p, double hopSec) throws CliException {
        try {
            return F0Params.defaults().withRangeHz(p.number(MIN_HZ), p.number(MAX_HZ)).withThreshold(p.number(THRESHOLD))
                    .withHopSec(hopSec);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(Options.translate(e.getMessage(), TABLE));
        }
    }

    /** The CSV text: header, then one row per frame; numbers to {@link #DIGITS} significant digits, NaN empty. */
    static String table(F0Track t) {
        StringBuilder sb = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (int i = 0; i < t.size(); i++) {
            sb.append(number(t.timeSec(i))).append(',').append(number(t.f0Hz(i))).append(',')
                    .append(number(t.harmonicity(i))).append(',').append(t.isVoiced(i) ? '1' : '0').append('\n');
        }
        return sb.toString();
    }

    /** {@code v} to {@link #DIGITS} significant digits, trailing zeros dropped, plain notation; NaN → empty. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(DIGITS)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        return exponent >= -6 && exponent < 15 ? d.toPlainString() : d.toString();
    }
}
