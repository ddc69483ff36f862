package tfr.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tfr.io.AudioFormatException;
import tfr.io.PartialsCsv;
import tfr.io.SampleEncoding;
import tfr.io.SdifReader;
import tfr.io.WavWriter;
import tfr.model.PartialSet;
import tfr.synth.BandwidthNoise;
import tfr.synth.SynthParams;
import tfr.synth.Synthesizer;

/** {@code tfr synth PARTIALS.{csv,sdif} --out Y.wav}: renders partials with the oscillator bank. */
final class SynthCommand implements Command {
    /** Longest rendering: 2^27 samples (50 min at 44.1 kHz, 1 GiB of doubles). */
    static final int MAX_SAMPLES = 1 << 27;

    static final Opt OUT = Opt.text("--out", "Y.wav", null, "output WAV file (32-bit float)").group("Output");
    static final Opt RATE = Opt.number("--rate", "HZ", tfr.signals.Signals.DEFAULT_SAMPLE_RATE_HZ, "Hz",
            "output sample rate (a whole number of Hz)").min(1000).max(768000).group("Synthesis").library("sampleRateHz");
    static final Opt DURATION = Opt.number("--duration-sec", "D", null, "s",
            "output length (default: up to the last breakpoint plus its fade)").above(0).group("Synthesis");
    static final Opt NOISE = Opt.flag("--bandwidth-noise",
            "render breakpoint bandwidth as noise (Loris' bandwidth-enhanced oscillators)").group("Synthesis");
    static final Opt SEED = Opt.integer("--seed", "N", (int) SynthParams.DEFAULT_NOISE_SEED, null,
            "seed of the bandwidth noise (same seed, same output)").group("Synthesis");
    static final Opt FADE = Opt.number("--fade-sec", "S", SynthParams.DEFAULT_FADE_SEC, "s",
            "fade before the first and after the last breakpoint of partials that do not end at amplitude 0")
            .min(0).max(10).group("Synthesis").library("fadeSec");

    static final List<Opt> TABLE = List.of(OUT, RATE, DURATION, NOISE, SEED, FADE, AnalysisOptions.FORCE,
            AnalysisOptions.QUIET, AnalysisOptions.HELP);

    @Override
    public String name() {
        return "synth";
    }

    @Override
    public String summary() {
        return "render partials (CSV or SDIF) to a WAV file with the phase-correct oscillator bank";
    }

    @Override
    public String usage() {
        return "tfr synth PARTIALS.csv|PARTIALS.sdif --out Y.wav [--rate HZ] [options]";
    }

    @Override
    public String description() {
        return "Reads partials written by tfr analyze (CSV with header " + String.join(",", PartialsCsv.HEADER)
                + ", or SDIF RBEP/1TRC as written by Loris, SPEAR or TFR Lab) and renders them: each partial an"
                + " oscillator whose phase meets every breakpoint's phase and frequency (cubic phase), linear"
                + " amplitude, partials above the Nyquist frequency muted. Output: 32-bit float WAV, sample n at"
                + " time n/rate. An existing output is never replaced without --force.";
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
            throw CliException.usage("missing input: tfr synth PARTIALS.csv --out Y.wav; see tfr synth --help");
        }
        if (pos.size() > 1) {
            throw CliException.usage("unexpected argument '" + pos.get(1) + "': tfr synth takes one partials file");
        }
        if (!p.has(OUT)) {
            throw CliException.usage("--out Y.wav is required; see tfr synth --help");
        }
        Path in = ctx.path(pos.get(0));
        Path out = ctx.path(p.text(OUT));
        double rate = p.number(RATE);
        if (rate != Math.rint(rate)) {
            throw CliException.usage("--rate must be a whole number of Hz, got " + Opt.format(rate));
        }
        var overwrite = CliFiles.overwrite(p.flag(AnalysisOptions.FORCE));
        CliFiles.checkOutputs(List.of(out), overwrite);
        PartialSet set = readPartials(in);
        SynthParams sp;
        try {
            sp = SynthParams.of(rate).withFadeSec(p.number(FADE)).withNoiseSeed(p.integer(SEED))
                    .withNoise(p.flag(NOISE) ? BandwidthNoise.ON : BandwidthNoise.OFF);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(Options.translate(e.getMessage(), TABLE));
        }
        Synthesizer synth = new Synthesizer(sp);
        long length;
        if (p.has(DURATION)) {
            length = Math.round(p.number(DURATION) * rate);
        } else {
            double endSec = set.isEmpty() ? 0 : set.endTimeSec() + sp.fadeSec();
            if (endSec * rate > MAX_SAMPLES) {
                throw CliException.usage(in + ": the partials last until " + Opt.format(endSec) + " s, longer than the "
                        + Opt.format(MAX_SAMPLES / rate) + " s tfr synth renders at " + Opt.format(rate)
                        + " Hz (use --duration-sec to render the start)");
            }
            length = synth.lengthSamplesFor(set);
        }
        if (length > MAX_SAMPLES) {
            throw CliException.usage(in + ": the partials last " + Opt.format(length / rate) + " s, longer than the "
                    + Opt.format(MAX_SAMPLES / rate) + " s tfr synth renders at " + Opt.format(rate)
                    + " Hz (use --duration-sec to render the start)");
        }
        double[] y = synth.render(set, (int) length);
        WavWriter.write(out, overwrite, y, rate, SampleEncoding.FLOAT_32);
        if (!p.flag(AnalysisOptions.QUIET)) {
            double peak = 0;
            for (double v : y) {
                peak = Math.max(peak, Math.abs(v));
            }
            ctx.out().printf(Locale.ROOT, "rendered %d partials (%d breakpoints): %.3f s at %s Hz, peak %.3f%s, %.2f s%n",
                    set.size(), set.breakpointCount(), length / rate, Opt.format(rate), peak,
                    peak > 1 ? " (above full scale: float WAV keeps it)" : "", (System.nanoTime() - start) / 1e9);
            ctx.out().println("wrote " + out);
        }
        return 0;
    }

    /** Reads CSV or SDIF by extension; every problem with the file is bad input (exit 2). */
    static PartialSet readPartials(Path in) throws CliException {
        if (!Files.exists(in)) {
            throw CliException.usage(in + ": no such file");
        }
        if (Files.isDirectory(in)) {
            throw CliException.usage(in + ": is a directory, not a partials file");
        }
        String name = in.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".csv")) {
                return PartialsCsv.read(in);
            }
            if (name.endsWith(".sdif")) {
                return SdifReader.read(in);
            }
        } catch (tfr.io.PartialsFormatException | AudioFormatException e) {
            throw CliException.usage(e.getMessage());
        } catch (NoSuchFileException e) {
            throw CliException.usage(in + ": no such file");
        } catch (AccessDeniedException e) {
            throw CliException.usage(in + ": cannot read the file (permission denied)");
        } catch (IOException e) {
            throw CliException.usage("cannot read " + in + ": " + Main.describe(e));
        }
        throw CliException.usage(in + ": unknown partials format (expected .csv or .sdif)");
    }
}
