package tfr.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tfr.analysis.AnalysisParams;
import tfr.analysis.Analyzer;
import tfr.analysis.ImageParams;
import tfr.analysis.Progress;
import tfr.io.AudioData;
import tfr.io.ChannelSelection;
import tfr.io.Json;
import tfr.io.Overwrite;
import tfr.io.SampleEncoding;
import tfr.io.WavWriter;
import tfr.render.Png;
import tfr.signals.Signal;
import tfr.signals.Signals;

/**
 * {@code tfr analyze [IN] --out DIR}: the ordinary and reassigned spectrogram images, optionally the
 * reassigned points, and {@code analysis.json}; without an input, the bundled example sound.
 */
final class AnalyzeCommand implements Command {
    static final String SPECTROGRAM_PNG = "spectrogram.png";
    static final String REASSIGNED_PNG = "reassigned.png";
    static final String POINTS_CSV = "points.csv";
    static final String ANALYSIS_JSON = "analysis.json";
    static final String PARTIALS_CSV = "partials.csv";
    static final String PARTIALS_PNG = "partials.png";
    static final String PARTIALS_SDIF = "partials.sdif";
    static final String RESYNTH_WAV = "resynth.wav";
    static final String RESIDUAL_WAV = "residual.wav";
    static final String SUMMARY_JSON = "summary.json";
    static final String EXAMPLE_WAV = "example.wav";
    static final String EXAMPLE_JSON = "example.json";
    /** Output directory when analysing the example without --out. */
    static final String DEFAULT_EXAMPLE_OUT = "out";

    static final Opt OUT = Opt.text("--out", "DIR", null,
            "output directory (created if missing); required with an input file")
            .defaultText("./" + DEFAULT_EXAMPLE_OUT + " for the example").group("Output");
    static final Opt POINTS = Opt.flag("--points", "also write DIR/" + POINTS_CSV + ": one row per reassigned cell"
            + " (" + String.join(",", PointsCsv.HEADER) + ")").group("Output");

    static final List<Opt> TABLE = AnalysisOptions.table(concat(List.of(OUT, POINTS), ModelOptions.OPTIONS));

    private static List<Opt> concat(List<Opt> a, List<Opt> b) {
        List<Opt> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "spectrogram images, partials (CSV, SDIF), resynthesis and residual of a WAV/AIFF file or the example";
    }

    @Override
    public String usage() {
        return "tfr analyze [IN.wav|IN.aiff] --out DIR [--points] [--resolution-hz R] [options]";
    }

    @Override
    public String description() {
        return "Analyses a WAV or AIFF file and writes DIR/" + SPECTROGRAM_PNG + " (ordinary spectrogram), DIR/"
                + REASSIGNED_PNG + " (reassigned spectrogram), with --points DIR/" + POINTS_CSV
                + ", and DIR/" + ANALYSIS_JSON + " (every parameter, the input's rate, duration and channels,"
                + " frame count and timings). Levels are dB re full scale (a full-scale sinusoid reads 0 dB)."
                + "\n\n"
                + "The reassigned additive model: DIR/" + PARTIALS_PNG + " (partials drawn over the reassigned"
                + " spectrogram), DIR/" + PARTIALS_CSV + " (one row per breakpoint: "
                + String.join(",", tfr.io.PartialsCsv.HEADER) + "; amp is the linear amplitude a of a*cos(phi) on"
                + " the input's full scale, phase_rad the cosine phase at time_s), DIR/" + PARTIALS_SDIF
                + " (SDIF RBEP, as Loris writes), DIR/" + RESYNTH_WAV + " and DIR/" + RESIDUAL_WAV
                + " (input - resynthesis, exactly; both 32-bit float at the input's rate and length) and DIR/"
                + SUMMARY_JSON + " (partial and breakpoint counts, SNR whole-file and interior, stage timings)."
                + " --resolution-hz R and --window-width-hz W (default 2R) set the analysis the Loris way."
                + "\n\n"
                + "Without IN it analyses the bundled example (clicks + chirp + harmonic tone, 3 s at 44.1 kHz),"
                + " writes it as DIR/" + EXAMPLE_WAV + " (32-bit float) with its ground truth DIR/" + EXAMPLE_JSON
                + ", and DIR defaults to ./" + DEFAULT_EXAMPLE_OUT + "."
                + "\n\n"
                + "points.csv columns: time_s = reassigned time (s), freq_hz = reassigned frequency (Hz),"
                + " amp = amplitude corrected for scalloping, magnitude = spectrogram magnitude (both on the"
                + " sinusoid scale: a full-scale sinusoid reads 1), frame and bin = the cell, convergence ="
                + " |1 + d2phi/dt dw| (0 tone, 1 impulse), chirp_rate_hz_s = estimated chirp rate (Hz/s)."
                + " Empty fields are NaN. Existing outputs are never replaced without --force.";
    }

    @Override
    public List<Opt> options() {
        return TABLE;
    }

    @Override
    public int run(Options.Parsed p, Context ctx) throws Exception {
        long start = System.nanoTime();
        List<String> pos = p.positionals();
        if (pos.size() > 1) {
            throw CliException.usage("unexpected argument '" + pos.get(1) + "': tfr analyze takes at most one input"
                    + " file; see tfr analyze --help");
        }
        boolean example = pos.isEmpty();
        if (!example && !p.has(OUT)) {
            throw CliException.usage("--out DIR is required when analysing a file; see tfr analyze --help");
        }
        AnalysisParams ap = AnalysisOptions.analysisParams(p, TABLE);
        ImageParams ip = AnalysisOptions.imageParams(p, TABLE);
        ChannelSelection channel = AnalysisOptions.channel(p);
        Overwrite overwrite = CliFiles.overwrite(p.flag(AnalysisOptions.FORCE));
        boolean quiet = p.flag(AnalysisOptions.QUIET);
        boolean withPoints = p.flag(POINTS);
        Path dir = ctx.path(p.has(OUT) ? p.text(OUT) : DEFAULT_EXAMPLE_OUT);
        Path in = example ? null : ctx.path(pos.get(0));

        AudioData audio = example ? null : CliFiles.readAudio(in);
        long read = System.nanoTime();

        Path spectrogramPng = dir.resolve(SPECTROGRAM_PNG);
        Path reassignedPng = dir.resolve(REASSIGNED_PNG);
        Path pointsCsv = dir.resolve(POINTS_CSV);
        Path analysisJson = dir.resolve(ANALYSIS_JSON);
        Path exampleWav = dir.resolve(EXAMPLE_WAV);
        Path exampleJson = dir.resolve(EXAMPLE_JSON);
        List<Path> outputs = new ArrayList<>(List.of(spectrogramPng, reassignedPng));
        if (withPoints) {
            outputs.add(pointsCsv);
        }
        outputs.add(analysisJson);
        Path partialsCsv = dir.resolve(PARTIALS_CSV);
        Path partialsSdif = dir.resolve(PARTIALS_SDIF);
        Path resynthWav = dir.resolve(RESYNTH_WAV);
        Path residualWav = dir.resolve(RESIDUAL_WAV);
        Path summaryJson = dir.resolve(SUMMARY_JSON);
        Path partialsPng = dir.resolve(PARTIALS_PNG);
        outputs.addAll(List.of(partialsPng, partialsCsv, partialsSdif, resynthWav, residualWav, summaryJson));
        if (example) {
            outputs.add(exampleWav);
            outputs.add(exampleJson);
        }
        CliFiles.checkOutputs(outputs, overwrite);

        Signal exampleSignal = null;
        if (example) {
            exampleSignal = Signals.example(Signals.DEFAULT_SAMPLE_RATE_HZ);
            double[] stored = exampleSignal.samples();
            for (int i = 0; i < stored.length; i++) {
                stored[i] = (float) stored[i]; // analyse exactly what example.wav holds
            }
            audio = AudioData.mono(stored, exampleSignal.sampleRateHz(), SampleEncoding.FLOAT_32);
        }
        double rate = audio.sampleRateHz();
        ap = ModelOptions.analysisParams(p, TABLE, AnalysisOptions.forRate(p, ap, rate), rate);
        tfr.analysis.ModelParams mp = ModelOptions.modelParams(p);
        double[] x = AnalysisOptions.samples(p, audio, in);
        AnalysisOptions.checkImageAgainstRate(ip, rate);
        String source = example ? "example" : String.valueOf(in.getFileName());

        Progress progress = ProgressLine.forContext(ctx, quiet);
        Analyzer.Spectrograms result;
        long points = -1;
        long analysed;
        long rendered;
        long written;
        tfr.analysis.PartialAnalysis model;
        tfr.synth.Resynthesis resynthesis;
        long modelled;
        long synthesised;
        try (PointsCsv csv = withPoints ? new PointsCsv(pointsCsv, overwrite) : null) {
            Analyzer analyzer = new Analyzer(ap, mp);
            result = analyzer.run(x, rate, ip, csv, progress);
            analysed = System.nanoTime();
            model = analyzer.partials(x, rate, progress);
            modelled = System.nanoTime();
            tfr.synth.SynthParams sp = tfr.synth.SynthParams.of(rate);
            if (mp.bandwidth() == tfr.analysis.ModelParams.Bandwidth.ASSOCIATE) {
                sp = new tfr.synth.SynthParams(sp.sampleRateHz(), sp.fadeSec(), tfr.synth.BandwidthNoise.ON, sp.noiseSeed(),
                        sp.noiseBandwidthHz());
            }
            resynthesis = tfr.synth.Resynthesis.of(x, model.partials(), new tfr.synth.Synthesizer(sp), ap.windowSamples());
            synthesised = System.nanoTime();
            ProgressLine.finish(progress);
            String params = AnalysisOptions.shortDescription(ap);
            BufferedImage ordinary = result.ordinaryImage(ip, source + ": spectrogram (" + params + ")");
            BufferedImage reassigned = result.reassignedImage(ip, source + ": reassigned spectrogram (" + params + ")");
            BufferedImage partialsImage = result.partialsImage(ip, source + ": " + model.partials().size() + " partials over the"
                    + " reassigned spectrogram", model.partials());
            rendered = System.nanoTime();
            if (csv != null) {
                csv.commit();
                points = csv.rows();
            }
            Png.write(ordinary, spectrogramPng, overwrite);
            Png.write(reassigned, reassignedPng, overwrite);
            Png.write(partialsImage, partialsPng, overwrite);
            tfr.io.PartialsCsv.write(partialsCsv, overwrite, model.partials());
            tfr.io.SdifWriter.writeRbep(partialsSdif, overwrite, model.partials());
            WavWriter.write(resynthWav, overwrite, resynthesis.resynthesis(), rate, SampleEncoding.FLOAT_32);
            WavWriter.write(residualWav, overwrite, resynthesis.residual(), rate, SampleEncoding.FLOAT_32);
            if (example) {
                WavWriter.write(exampleWav, overwrite, audio);
                Json.write(exampleJson, overwrite, exampleSignal.groundTruth());
            }
            written = System.nanoTime();
        } finally {
            ProgressLine.finish(progress);
        }

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("command", "tfr analyze");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("file", example ? null : in.toString());
        input.put("example", example);
        input.put("encoding", audio.encoding().name().toLowerCase(Locale.ROOT).replace("_", ""));
        input.put("sample_rate_hz", rate);
        input.put("channels", audio.channelCount());
        input.put("channel", channel instanceof ChannelSelection.Channel c ? (Object) c.index() : "mix");
        input.put("frames", audio.frameCount());
        input.put("duration_sec", audio.durationSec());
        meta.put("input", input);
        meta.put("analysis", AnalysisOptions.describe(ap));
        meta.put("image", AnalysisOptions.describe(ip, rate));
        Map<String, Object> res = new LinkedHashMap<>();
        res.put("stft_frames", result.frameCount());
        res.put("points", points >= 0 ? (Object) points : null);
        meta.put("result", res);
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("spectrogram", SPECTROGRAM_PNG);
        files.put("reassigned", REASSIGNED_PNG);
        files.put("points", withPoints ? POINTS_CSV : null);
        files.put("partials_image", PARTIALS_PNG);
        files.put("partials_csv", PARTIALS_CSV);
        files.put("partials_sdif", PARTIALS_SDIF);
        files.put("resynthesis", RESYNTH_WAV);
        files.put("residual", RESIDUAL_WAV);
        files.put("summary", SUMMARY_JSON);
        files.put("example_audio", example ? EXAMPLE_WAV : null);
        files.put("example_ground_truth", example ? EXAMPLE_JSON : null);
        meta.put("outputs", files);
        Map<String, Object> timings = new LinkedHashMap<>();
        timings.put("read_s", seconds(start, read));
        timings.put("analyse_s", seconds(read, analysed));
        timings.put("partials_s", seconds(analysed, modelled));
        timings.put("synthesis_s", seconds(modelled, synthesised));
        timings.put("render_s", seconds(synthesised, rendered));
        timings.put("write_s", seconds(rendered, written));
        timings.put("total_s", seconds(start, System.nanoTime()));
        meta.put("timings", timings);
        meta.put("model", ModelOptions.describe(mp, ap.frameParams(rate)));
        Json.write(analysisJson, overwrite, meta);

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("command", "tfr analyze");
        summary.put("input", input);
        summary.put("analysis", AnalysisOptions.describe(ap));
        summary.put("model", ModelOptions.describe(mp, ap.frameParams(rate)));
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("partials", model.partials().size());
        counts.put("breakpoints", model.partials().breakpointCount());
        counts.put("frames", model.frameCount());
        counts.put("peaks", model.peakCount());
        counts.put("impulse_ridges", model.impulseRidges());
        counts.put("edge_breakpoints", model.edgeBreakpoints());
        summary.put("counts", counts);
        Map<String, Object> snr = new LinkedHashMap<>();
        snr.put("whole_db", finiteOrNull(resynthesis.snrDb()));
        snr.put("interior_db", finiteOrNull(resynthesis.interiorSnrDb()));
        snr.put("interior_margin_samples", resynthesis.marginSamples());
        snr.put("definition", "10*log10(sum x^2 / sum (x - resynthesis)^2); interior excludes one window length at each end");
        summary.put("snr", snr);
        double mismatch = tfr.phase.PhaseConsistency.rmsMismatchRad(model.partials());
        summary.put("phase_consistency_rms_rad", Double.isFinite(mismatch) ? (Object) (Math.round(mismatch * 1e6) / 1e6) : null);
        Map<String, Object> stages = new LinkedHashMap<>();
        model.stageSeconds().forEach((k, v) -> stages.put(k + "_s", Math.round(v * 1e3) / 1e3));
        stages.put("synthesis_s", seconds(modelled, synthesised));
        summary.put("stage_timings", stages);
        summary.put("outputs", files);
        Json.write(summaryJson, overwrite, summary);

        if (!quiet) {
            ctx.out().printf(Locale.ROOT, "analysed %s: %.3f s at %s Hz, %d channel%s (%s), %d frames, %.2f s%n",
                    source, audio.durationSec(), Opt.format(rate), audio.channelCount(),
                    audio.channelCount() == 1 ? "" : "s", channel, result.frameCount(),
                    seconds(start, System.nanoTime()));
            ctx.out().printf(Locale.ROOT, "partials: %d (%d breakpoints); resynthesis SNR %.2f dB whole, %.2f dB interior%n",
                    model.partials().size(), model.partials().breakpointCount(), resynthesis.snrDb(), resynthesis.interiorSnrDb());
            for (Path o : outputs) {
                ctx.out().println("wrote " + o);
            }
        }
        return 0;
    }

    private static Object finiteOrNull(double v) {
        return Double.isFinite(v) ? (Object) (Math.round(v * 100) / 100.0) : null;
    }

    private static double seconds(long fromNanos, long toNanos) {
        return Math.round((toNanos - fromNanos) / 1e6) / 1e3;
    }
}
