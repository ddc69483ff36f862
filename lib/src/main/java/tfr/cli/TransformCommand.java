package tfr.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tfr.io.Overwrite;
import tfr.io.PartialsCsv;
import tfr.io.SdifWriter;
import tfr.model.PartialSet;
import tfr.transform.AmplitudeFilter;
import tfr.transform.Curve;
import tfr.transform.Modulation;
import tfr.transform.PitchShift;
import tfr.transform.TimeWarp;

/** {@code tfr transform PARTIALS --out OUT}: pitch, time, filter and modulation edits of a partial set. */
final class TransformCommand implements Command {
    static final Opt OUT = Opt.text("--out", "OUT.csv|OUT.sdif", null, "output partials (format by extension)")
            .group("Output");
    static final Opt PITCH = Opt.text("--pitch-ratio", "R", null,
            "multiply every frequency by R (a number, or a curve over time 't:r,t:r,...'); times unchanged")
            .group("Transformations");
    static final Opt KEEP_ENVELOPE = Opt.flag("--keep-envelope",
            "with --pitch-ratio: re-read amplitudes from the spectral envelope at the new frequencies (formants stay)")
            .group("Transformations");
    static final Opt TIME = Opt.number("--time-ratio", "S", null, null,
            "multiply every time by S; frequencies unchanged").above(0).max(1000).group("Transformations");
    static final Opt TIME_MAP = Opt.text("--time-map", "FROM:TO,...", null,
            "dilation: move each time FROM (s) to TO, stretching linearly between them (shift beyond)")
            .group("Transformations");
    static final Opt FILTER = Opt.text("--filter", "HZ:DB,...", null,
            "gain curve over frequency, dB (e.g. 1000:0,4000:-24)").group("Transformations");
    static final Opt VIBRATO = Opt.text("--vibrato", "RATE:CENTS", null, "add vibrato (Hz, ± cents)").group("Transformations");
    static final Opt TREMOLO = Opt.text("--tremolo", "RATE:DEPTH", null, "add tremolo (Hz, depth 0..1)").group("Transformations");

    static final List<Opt> TABLE = List.of(OUT, PITCH, KEEP_ENVELOPE, TIME, TIME_MAP, FILTER, VIBRATO, TREMOLO,
            AnalysisOptions.FORCE, AnalysisOptions.QUIET, AnalysisOptions.HELP);

    @Override
    public String name() {
        return "transform";
    }

    @Override
    public String summary() {
        return "pitch shift, time stretch, filter, vibrato/tremolo of partials (CSV or SDIF)";
    }

    @Override
    public String usage() {
        return "tfr transform PARTIALS.csv|.sdif --out OUT.csv|.sdif [--pitch-ratio R] [--time-ratio S] [options]";
    }

    @Override
    public String description() {
        return "Transforms a partial set and writes the same partials and breakpoints, edited: --pitch-ratio"
                + " multiplies every frequency by R and changes no time, --time-ratio multiplies every time by S"
                + " and changes no frequency; --filter applies a gain curve over frequency; --vibrato and"
                + " --tremolo add modulation (inserting breakpoints where the partial is too sparse for it)."
                + " Edits apply in the order filter, pitch, modulation, time. Breakpoint phases are recomputed so"
                + " that each partial stays phase-consistent (no clicks, no phasiness). An existing output is"
                + " never replaced without --force.";
    }

    @Override
    public List<Opt> options() {
        return TABLE;
    }

    @Override
    public int run(Options.Parsed p, Context ctx) throws Exception {
        List<String> pos = p.positionals();
        if (pos.size() != 1) {
            throw CliException.usage(pos.isEmpty() ? "missing input: tfr transform PARTIALS.csv --out OUT.csv; see tfr transform --help"
                    : "unexpected argument '" + pos.get(1) + "': tfr transform takes one partials file");
        }
        if (!p.has(OUT)) {
            throw CliException.usage("--out OUT.csv|OUT.sdif is required; see tfr transform --help");
        }
        if (!p.has(PITCH) && !p.has(TIME) && !p.has(TIME_MAP) && !p.has(FILTER) && !p.has(VIBRATO) && !p.has(TREMOLO)) {
            throw CliException.usage("nothing to do: give --pitch-ratio, --time-ratio, --time-map, --filter, --vibrato or --tremolo");
        }
        if (p.has(TIME) && p.has(TIME_MAP)) {
            throw CliException.usage("--time-ratio and --time-map both move times; give one of them");
        }
        TimeWarp warp = null;
        if (p.has(TIME_MAP)) {
            String[] pts = p.text(TIME_MAP).split(",");
            double[] from = new double[pts.length];
            double[] to = new double[pts.length];
            try {
                for (int i = 0; i < pts.length; i++) {
                    double[] ft = pair(TIME_MAP, pts[i]);
                    from[i] = ft[0];
                    to[i] = ft[1];
                }
                warp = TimeWarp.of(from, to);
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--time-map " + p.text(TIME_MAP) + ": " + e.getMessage());
            }
        }
        if (p.flag(KEEP_ENVELOPE) && !p.has(PITCH)) {
            throw CliException.usage("--keep-envelope needs --pitch-ratio");
        }
        Path in = ctx.path(pos.get(0));
        Path out = ctx.path(p.text(OUT));
        Writer writer = writer(out);
        Overwrite overwrite = CliFiles.overwrite(p.flag(AnalysisOptions.FORCE));
        CliFiles.checkOutputs(List.of(out), overwrite);
        Curve pitch = p.has(PITCH) ? curve(PITCH, p.text(PITCH)) : null;
        if (pitch != null && !(pitch.min() > 0 && pitch.max() <= 1000)) {
            throw CliException.usage("--pitch-ratio must be in (0, 1000], got " + pitch.min() + ".." + pitch.max());
        }
        Curve filter = p.has(FILTER) ? curve(FILTER, p.text(FILTER)) : null;
        double[] vibrato = p.has(VIBRATO) ? pair(VIBRATO, p.text(VIBRATO)) : null;
        double[] tremolo = p.has(TREMOLO) ? pair(TREMOLO, p.text(TREMOLO)) : null;
        PartialSet set = SynthCommand.readPartials(in);
        List<String> done = new ArrayList<>();
        try {
            if (filter != null) {
                set = AmplitudeFilter.apply(set, filter);
                done.add("filter");
            }
            if (pitch != null) {
                set = PitchShift.apply(set, pitch, p.flag(KEEP_ENVELOPE) ? PitchShift.Timbre.KEEP_ENVELOPE
                        : PitchShift.Timbre.SHIFT_WITH_PITCH);
                done.add("pitch x" + p.text(PITCH));
            }
            if (vibrato != null) {
                set = Modulation.vibrato(set, vibrato[0], vibrato[1]);
                done.add("vibrato");
            }
            if (tremolo != null) {
                set = Modulation.tremolo(set, tremolo[0], tremolo[1]);
                done.add("tremolo");
            }
            if (p.has(TIME)) {
                set = TimeWarp.ratio(p.number(TIME)).apply(set);
                done.add("time x" + Opt.format(p.number(TIME)));
            }
            if (warp != null) {
                set = warp.apply(set);
                done.add("time map");
            }
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        writer.write(out, overwrite, set);
        if (!p.flag(AnalysisOptions.QUIET)) {
            ctx.out().printf(Locale.ROOT, "transformed %d partials (%d breakpoints): %s%n", set.size(), set.breakpointCount(),
                    String.join(", ", done));
            ctx.out().println("wrote " + out);
        }
        return 0;
    }

    /** Writes partials in the format the file name asks for. */
    interface Writer {
        void write(Path path, Overwrite overwrite, PartialSet set) throws java.io.IOException;
    }

    static Writer writer(Path out) throws CliException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return PartialsCsv::write;
        }
        if (name.endsWith(".sdif")) {
            return (path, o, set) -> SdifWriter.writeRbep(path, o, set);
        }
        throw CliException.usage(out + ": unknown partials format (expected .csv or .sdif)");
    }

    private static Curve curve(Opt o, String text) throws CliException {
        try {
            return Curve.parse(text);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(o.name() + " " + text + ": " + e.getMessage());
        }
    }

    private static double[] pair(Opt o, String text) throws CliException {
        String[] s = text.split(":");
        try {
            if (s.length == 2) {
                return new double[] {Double.parseDouble(s[0].strip()), Double.parseDouble(s[1].strip())};
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw CliException.usage(o.name() + " must be " + o.metavar() + " (two numbers), got '" + text + "'");
    }
}
