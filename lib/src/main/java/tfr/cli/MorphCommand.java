package tfr.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tfr.io.Overwrite;
import tfr.model.Partial;
import tfr.model.PartialSet;
import tfr.transform.Curve;
import tfr.transform.Morph;

/** {@code tfr morph A B --alpha W --out M}: morph two labelled partial sets. */
final class MorphCommand implements Command {
    static final Opt OUT = Opt.text("--out", "M.csv|M.sdif", null, "output partials (format by extension)").group("Output");
    static final Opt ALPHA = Opt.text("--alpha", "W", "0.5",
            "morph weight: 0 = A, 1 = B; a number or a curve over time 't:w,t:w,...'").group("Morph");

    static final List<Opt> TABLE = List.of(OUT, ALPHA, AnalysisOptions.FORCE, AnalysisOptions.QUIET, AnalysisOptions.HELP);

    @Override
    public String name() {
        return "morph";
    }

    @Override
    public String summary() {
        return "morph two harmonically labelled partial sets (CSV or SDIF)";
    }

    @Override
    public String usage() {
        return "tfr morph A.csv B.csv --alpha W --out M.csv";
    }

    @Override
    public String description() {
        return "Morphs sound A into sound B (Loris' Morpher): partials with the same harmonic label are"
                + " interpolated — frequency on a log scale, amplitude in the log domain — with the weight W (0: A,"
                + " 1: B), constant or a curve over time; unlabelled partials cross-fade. The inputs must carry"
                + " harmonic labels (the 'label' column of partials.csv, RBEL in SDIF); W = 0 and 1 reproduce A and"
                + " B exactly. An existing output is never replaced without --force.";
    }

    @Override
    public List<Opt> options() {
        return TABLE;
    }

    @Override
    public int run(Options.Parsed p, Context ctx) throws Exception {
        List<String> pos = p.positionals();
        if (pos.size() != 2) {
            throw CliException.usage("tfr morph takes two partials files, A and B (got " + pos.size() + "); see tfr morph --help");
        }
        if (!p.has(OUT)) {
            throw CliException.usage("--out M.csv|M.sdif is required; see tfr morph --help");
        }
        Path a = ctx.path(pos.get(0));
        Path b = ctx.path(pos.get(1));
        Path out = ctx.path(p.text(OUT));
        TransformCommand.Writer writer = TransformCommand.writer(out);
        Overwrite overwrite = CliFiles.overwrite(p.flag(AnalysisOptions.FORCE));
        CliFiles.checkOutputs(List.of(out), overwrite);
        Curve alpha;
        try {
            alpha = Curve.parse(p.text(ALPHA));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--alpha " + p.text(ALPHA) + ": " + e.getMessage());
        }
        if (!(alpha.min() >= 0 && alpha.max() <= 1)) {
            throw CliException.usage("--alpha must lie in [0, 1], got " + alpha.min() + ".." + alpha.max());
        }
        PartialSet sa = labelled(SynthCommand.readPartials(a), a);
        PartialSet sb = labelled(SynthCommand.readPartials(b), b);
        PartialSet m = Morph.apply(sa, sb, alpha);
        writer.write(out, overwrite, m);
        if (!p.flag(AnalysisOptions.QUIET)) {
            ctx.out().printf(Locale.ROOT, "morphed %d + %d partials into %d (%d breakpoints), alpha %s%n", sa.size(), sb.size(),
                    m.size(), m.breakpointCount(), p.text(ALPHA));
            ctx.out().println("wrote " + out);
        }
        return 0;
    }

    /** The set if at least one partial carries a harmonic label. */
    static PartialSet labelled(PartialSet s, Path from) throws CliException {
        for (Partial q : s.partials()) {
            if (q.label() > 0) {
                return s;
            }
        }
        throw CliException.usage(from + ": no partial carries a harmonic label, so nothing can correspond;"
                + " label the partials first: tfr label PARTIALS --out LABELLED.csv");
    }
}
