package tfr.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tfr.harmonic.Channelizer;
import tfr.harmonic.ChannelizerParams;
import tfr.harmonic.Distiller;
import tfr.harmonic.F0Estimator;
import tfr.harmonic.F0Params;
import tfr.harmonic.F0Track;
import tfr.io.Overwrite;
import tfr.model.Partial;
import tfr.model.PartialSet;

/** {@code tfr label PARTIALS --out LABELLED}: harmonic labels from the partials' own fundamental. */
final class LabelCommand implements Command {
    static final Opt OUT = Opt.text("--out", "OUT.csv|OUT.sdif", null, "labelled partials (format by extension)").group("Output");
    static final Opt MIN_HZ = Opt.number("--min-hz", "F", F0Params.DEFAULT_MIN_HZ, "Hz", "lowest fundamental considered")
            .above(0).group("Labelling");
    static final Opt MAX_HZ = Opt.number("--max-hz", "F", F0Params.DEFAULT_MAX_HZ, "Hz", "highest fundamental considered")
            .above(0).group("Labelling");
    static final Opt INHARMONICITY = Opt.number("--inharmonicity", "B", 0.0, null,
            "stretched harmonic series f_n = n f1 sqrt(1 + B n^2) (piano strings: 1e-4 and up)").min(0).max(0.1)
            .group("Labelling");
    static final Opt DISTILL = Opt.flag("--distill", "join the partials of each label into one partial").group("Labelling");

    static final List<Opt> TABLE = List.of(OUT, MIN_HZ, MAX_HZ, INHARMONICITY, DISTILL, AnalysisOptions.FORCE,
            AnalysisOptions.QUIET, AnalysisOptions.HELP);

    @Override
    public String name() {
        return "label";
    }

    @Override
    public String summary() {
        return "label partials with their harmonic number (for tfr morph)";
    }

    @Override
    public String usage() {
        return "tfr label PARTIALS.csv|.sdif --out OUT.csv|.sdif [--distill] [options]";
    }

    @Override
    public String description() {
        return "Estimates the fundamental of a partial set over time (Loris' harmonicity, see tfr f0) and labels each"
                + " partial with its harmonic number against it (Loris' Channelizer; 0 = not harmonic); --distill"
                + " joins the partials of each label into one. Labels are written in the CSV 'label' column and in"
                + " SDIF RBEL. An existing output is never replaced without --force.";
    }

    @Override
    public List<Opt> options() {
        return TABLE;
    }

    @Override
    public int run(Options.Parsed p, Context ctx) throws Exception {
        List<String> pos = p.positionals();
        if (pos.size() != 1) {
            throw CliException.usage(pos.isEmpty() ? "missing input: tfr label PARTIALS.csv --out OUT.csv; see tfr label --help"
                    : "unexpected argument '" + pos.get(1) + "': tfr label takes one partials file");
        }
        if (!p.has(OUT)) {
            throw CliException.usage("--out OUT.csv|OUT.sdif is required; see tfr label --help");
        }
        Path in = ctx.path(pos.get(0));
        Path out = ctx.path(p.text(OUT));
        TransformCommand.Writer writer = TransformCommand.writer(out);
        Overwrite overwrite = CliFiles.overwrite(p.flag(AnalysisOptions.FORCE));
        CliFiles.checkOutputs(List.of(out), overwrite);
        PartialSet set = SynthCommand.readPartials(in);
        PartialSet labelled;
        F0Track track;
        try {
            track = new F0Estimator(F0Params.defaults().withRangeHz(p.number(MIN_HZ), p.number(MAX_HZ))).estimate(set);
            if (track.voicedCount() == 0) {
                throw CliException.usage(in + ": no harmonic fundamental found between " + Opt.format(p.number(MIN_HZ))
                        + " and " + Opt.format(p.number(MAX_HZ)) + " Hz, so no partial can be labelled");
            }
            ChannelizerParams cp = ChannelizerParams.defaults().withInharmonicity(p.number(INHARMONICITY));
            labelled = new Channelizer(track.envelope(), cp).channelize(set);
            if (p.flag(DISTILL)) {
                labelled = new Distiller().distill(labelled);
            }
        } catch (IllegalArgumentException e) {
            throw CliException.usage(Options.translate(e.getMessage(), TABLE));
        }
        writer.write(out, overwrite, labelled);
        if (!p.flag(AnalysisOptions.QUIET)) {
            int n = 0;
            for (Partial q : labelled.partials()) {
                if (q.label() > 0) {
                    n++;
                }
            }
            ctx.out().printf(Locale.ROOT, "labelled %d of %d partials; fundamental %.2f Hz (median of %d voiced frames)%n", n,
                    labelled.size(), track.medianVoicedHz(), track.voicedCount());
            ctx.out().println("wrote " + out);
        }
        return 0;
    }
}
