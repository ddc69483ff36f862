package tfr.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import tfr.analysis.AnalysisParams;
import tfr.analysis.Analyzer;
import tfr.analysis.ImageParams;
import tfr.analysis.Progress;
import tfr.reassign.Placement;
import tfr.io.AudioData;
import tfr.io.Overwrite;
import tfr.render.Png;

/** {@code tfr spectrogram IN --out IMG.png [--reassigned]}: one spectrogram image. */
final class SpectrogramCommand implements Command {
    static final Opt OUT = Opt.text("--out", "IMG.png", null, "the PNG image to write").required().group("Output");
    static final Opt REASSIGNED = Opt.flag("--reassigned",
            "draw the reassigned spectrogram instead of the ordinary one").group("Output");

    static final List<Opt> TABLE = AnalysisOptions.table(List.of(OUT, REASSIGNED));

    @Override
    public String name() {
        return "spectrogram";
    }

    @Override
    public String summary() {
        return "one spectrogram image (ordinary, or reassigned with --reassigned) of a WAV/AIFF file";
    }

    @Override
    public String usage() {
        return "tfr spectrogram IN.wav|IN.aiff --out IMG.png [--reassigned] [options]";
    }

    @Override
    public String description() {
        return "Writes one spectrogram of a WAV or AIFF file as a PNG image: the ordinary spectrogram, or with"
                + " --reassigned the reassigned one (each cell's energy moved to its reassigned time and"
                + " frequency). Levels are dB re full scale. An existing image is never replaced without --force.";
    }

    @Override
    public List<Opt> options() {
        return TABLE;
    }

    @Override
    public int run(Options.Parsed p, Context ctx) throws Exception {
        long start = System.nanoTime();
        List<String> pos = p.positionals();
        if (pos.isEmpty()) {
            throw CliException.usage("missing input file: tfr spectrogram IN.wav --out IMG.png; see tfr spectrogram"
                    + " --help");
        }
        if (pos.size() > 1) {
            throw CliException.usage("unexpected argument '" + pos.get(1) + "': tfr spectrogram takes one input file;"
                    + " see tfr spectrogram --help");
        }
        AnalysisParams ap = AnalysisOptions.analysisParams(p, TABLE);
        ImageParams ip = AnalysisOptions.imageParams(p, TABLE);
        AnalysisOptions.channel(p); // a bad --channel is reported before the input is read
        Overwrite overwrite = CliFiles.overwrite(p.flag(AnalysisOptions.FORCE));
        boolean quiet = p.flag(AnalysisOptions.QUIET);
        boolean reassigned = p.flag(REASSIGNED);
        Path in = ctx.path(pos.get(0));
        Path image = ctx.path(p.text(OUT));

        AudioData audio = CliFiles.readAudio(in);
        CliFiles.checkOutputs(List.of(image), overwrite);
        ap = AnalysisOptions.forRate(p, ap, audio.sampleRateHz());
        double[] x = AnalysisOptions.samples(p, audio, in);
        AnalysisOptions.checkImageAgainstRate(ip, audio.sampleRateHz());

        Progress progress = ProgressLine.forContext(ctx, quiet);
        Analyzer.Spectrograms result;
        try {
            result = new Analyzer(ap).run(x, audio.sampleRateHz(), ip,
                    EnumSet.of(reassigned ? Placement.REASSIGNED : Placement.NOMINAL), null, progress);
        } finally {
            ProgressLine.finish(progress);
        }
        String title = in.getFileName() + ": " + (reassigned ? "reassigned spectrogram" : "spectrogram") + " ("
                + AnalysisOptions.shortDescription(ap) + ")";
        BufferedImage img = reassigned ? result.reassignedImage(ip, title) : result.ordinaryImage(ip, title);
        Png.write(img, image, overwrite);
        if (!quiet) {
            ctx.out().printf(Locale.ROOT, "analysed %s: %.3f s at %s Hz, %d frames, %.2f s%n", in.getFileName(),
                    audio.durationSec(), Opt.format(audio.sampleRateHz()), result.frameCount(),
                    (System.nanoTime() - start) / 1e9);
            ctx.out().println("wrote " + image);
        }
        return 0;
    }
}
