package tfr.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tfr.io.AudioData;
import tfr.io.AudioFiles;
import tfr.io.AudioWriteResult;
import tfr.io.Json;
import tfr.io.Overwrite;
import tfr.io.SampleEncoding;
import tfr.signals.Component;
import tfr.signals.Envelope;
import tfr.signals.ImpulseTrain;
import tfr.signals.Signal;
import tfr.signals.SignalKind;
import tfr.signals.Signals;

import static tfr.signals.SignalKind.CHIRP;
import static tfr.signals.SignalKind.EXAMPLE;
import static tfr.signals.SignalKind.EXP_CHIRP;
import static tfr.signals.SignalKind.HARMONIC;
import static tfr.signals.SignalKind.IMPULSE;
import static tfr.signals.SignalKind.IMPULSES;
import static tfr.signals.SignalKind.NOISE;
import static tfr.signals.SignalKind.TONE;

/**
 * {@code tfr signal KIND --out X.wav}: renders a test signal of known ground truth with the
 * {@link tfr.signals} factories and writes the audio and {@code X.json} (the ground truth) beside it.
 * With no kind options the result equals {@link SignalKind#render}.
 */
final class SignalCommand implements Command {
    private static final String SIGNAL = "Signal";
    private static final String OUTPUT = "Output";
    /** Harmonic tone ramps when --ramp-sec is not given (at most half the tone), as {@link SignalKind#HARMONIC}. */
    static final double DEFAULT_RAMP_SEC = 0.020;
    /** Impulse-train start when --at-sec is not given, as {@link SignalKind#IMPULSES}. */
    static final double DEFAULT_FIRST_IMPULSE_SEC = 0.125;

    static final List<String> ENCODINGS = List.of("pcm16", "pcm24", "pcm32", "float32", "float64");

    static final Opt OUT = Opt.text("--out", "X.wav", null,
            "audio file to write (.wav, .aif or .aiff); the ground truth goes to X.json beside it").required()
            .group(OUTPUT);
    static final Opt ENCODING = Opt.choice("--encoding", "ENC", ENCODINGS, "float32",
            "sample encoding (integer PCM clips at full scale)").group(OUTPUT);

    static final Opt DURATION = Opt.number("--duration-sec", "S", 1.0, "s", "duration").above(0)
            .kindDefault(EXAMPLE, Signals.EXAMPLE_DURATION_SEC).group(SIGNAL).library("durationSec");
    static final Opt RATE = Opt.number("--rate-hz", "R", Signals.DEFAULT_SAMPLE_RATE_HZ, "Hz", "sample rate")
            .above(0).group(SIGNAL).library("sampleRateHz");
    static final Opt AMPLITUDE = Opt.number("--amplitude", "A", 0.5, "full scale = 1",
            "peak amplitude (harmonic: of all partials together; impulses: negative flips the polarity)")
            .kinds(TONE, CHIRP, EXP_CHIRP, IMPULSE, IMPULSES, HARMONIC)
            .kindDefault(IMPULSE, 0.9).kindDefault(IMPULSES, 0.9).kindDefault(HARMONIC, 0.9)
            .group(SIGNAL).library("amplitude", "peakAmplitude");
    static final Opt FREQ = Opt.number("--freq-hz", "F", 440.0, "Hz", "frequency of the tone").min(0)
            .kinds(TONE).group(SIGNAL).library("freqHz");
    static final Opt PHASE = Opt.number("--phase-rad", "P", 0.0, "rad", "phase of the tone at t = 0")
            .kinds(TONE).group(SIGNAL).library("phaseRad");
    static final Opt F0 = Opt.number("--f0-hz", "F", null, "Hz",
            "start frequency (chirps) or fundamental (harmonic)").above(0).kinds(CHIRP, EXP_CHIRP, HARMONIC)
            .kindDefault(CHIRP, 200.0).kindDefault(EXP_CHIRP, 50.0).kindDefault(HARMONIC, 220.0)
            .group(SIGNAL).library("f0Hz");
    static final Opt F1 = Opt.number("--f1-hz", "F", null, "Hz", "end frequency").above(0).kinds(CHIRP, EXP_CHIRP)
            .kindDefault(CHIRP, 2000.0).kindDefault(EXP_CHIRP, 3000.0).group(SIGNAL).library("f1Hz");
    static final Opt START = Opt.number("--start-sec", "T", 0.0, "s", "when the chirp or tone starts").min(0)
            .kinds(CHIRP, EXP_CHIRP, HARMONIC).group(SIGNAL).library("startSec");
    static final Opt END = Opt.number("--end-sec", "T", null, "s", "when the chirp or tone ends").above(0)
            .defaultText("the duration").kinds(CHIRP, EXP_CHIRP, HARMONIC).group(SIGNAL).library("endSec");
    static final Opt HARMONICS = Opt.integer("--harmonics", "K", 8, null,
            "number of partials, amplitudes falling as 1/k").min(1).max(10000).kinds(HARMONIC).group(SIGNAL)
            .library("harmonicCount");
    static final Opt VIBRATO_RATE = Opt.number("--vibrato-rate-hz", "R", 5.0, "Hz", "vibrato rate (0 for none)")
            .min(0).kinds(HARMONIC).group(SIGNAL).library("vibratoRateHz");
    static final Opt VIBRATO_CENTS = Opt.number("--vibrato-cents", "C", 25.0, "cents",
            "vibrato depth, peak pitch deviation").min(0).max(1200).kinds(HARMONIC).group(SIGNAL)
            .library("vibratoDepthCents");
    static final Opt RAMP = Opt.number("--ramp-sec", "T", null, "s", "raised-cosine attack and release").min(0)
            .defaultText(Opt.format(DEFAULT_RAMP_SEC) + ", at most half the tone").kinds(HARMONIC).group(SIGNAL)
            .library("rampSec");
    static final Opt AT = Opt.number("--at-sec", "T", null, "s",
            "time of the impulse (impulses: of the first), rounded to the nearest sample").min(0)
            .defaultText("impulse: the middle sample; impulses: " + Opt.format(DEFAULT_FIRST_IMPULSE_SEC))
            .kinds(IMPULSE, IMPULSES).group(SIGNAL).library("timeSec", "firstSec");
    static final Opt PERIOD = Opt.number("--period-sec", "T", 0.25, "s",
            "spacing of the impulses, rounded to whole samples").above(0).kinds(IMPULSES).group(SIGNAL)
            .library("periodSec");
    static final Opt COUNT = Opt.integer("--count", "N", null, null, "number of impulses").min(1)
            .defaultText("as many as fit").kinds(IMPULSES).group(SIGNAL).library("count");
    static final Opt RMS = Opt.number("--rms", "R", 0.1, "full scale = 1", "RMS level of the noise").min(0)
            .kinds(NOISE).group(SIGNAL).library("rms");
    static final Opt SEED = Opt.integer("--seed", "N", 1, null, "random seed (same seed, same noise)")
            .kinds(NOISE).group(SIGNAL).library("seed");

    static final List<Opt> TABLE = List.of(OUT, ENCODING, DURATION, RATE, AMPLITUDE, FREQ, PHASE, F0, F1, START, END,
            HARMONICS, VIBRATO_RATE, VIBRATO_CENTS, RAMP, AT, PERIOD, COUNT, RMS, SEED,
            AnalysisOptions.FORCE, AnalysisOptions.QUIET, AnalysisOptions.HELP);

    @Override
    public String name() {
        return "signal";
    }

    @Override
    public String summary() {
        return "write a test signal (" + String.join(", ", SignalKind.cliNames()) + ") with its ground truth";
    }

    @Override
    public String usage() {
        return "tfr signal KIND [kind options] --out X.wav [--encoding ENC]";
    }

    @Override
    public String description() {
        return "Renders a test signal whose components are known exactly and writes it as X.wav (or .aif/.aiff,"
                + " 32-bit float unless --encoding says otherwise) with its ground truth as X.json beside it:"
                + " every component's parameters, its times in seconds (sample n is at n / rate) and the rate."
                + " Existing files are never replaced without --force.";
    }

    @Override
    public String extraHelp() {
        StringBuilder sb = new StringBuilder("Kinds:\n");
        int column = 0;
        for (SignalKind k : SignalKind.values()) {
            column = Math.max(column, k.cliName().length());
        }
        column += 6;
        for (SignalKind k : SignalKind.values()) {
            String label = "  " + k.cliName();
            sb.append(label).append(" ".repeat(column - label.length()))
                    .append(Help.wrap(k.description(), column, 0)).append('\n');
        }
        return sb.toString();
    }

    @Override
    public List<Opt> options() {
        return TABLE;
    }

    @Override
    public int run(Options.Parsed p, Context ctx) throws Exception {
        List<String> pos = p.positionals();
        if (pos.isEmpty()) {
            throw CliException.usage("missing signal kind: one of " + String.join(", ", SignalKind.cliNames())
                    + "; see tfr signal --help");
        }
        if (pos.size() > 1) {
            throw CliException.usage("unexpected argument '" + pos.get(1) + "': tfr signal takes one KIND;"
                    + " see tfr signal --help");
        }
        SignalKind kind;
        try {
            kind = SignalKind.fromCliName(pos.get(0));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("unknown signal kind '" + pos.get(0) + "': choose one of "
                    + String.join(", ", SignalKind.cliNames()) + "; see tfr signal --help");
        }
        for (Opt o : p.givenOptions()) {
            if (!o.appliesTo(kind)) {
                List<String> names = new ArrayList<>();
                for (SignalKind k : o.kinds()) {
                    names.add(k.cliName());
                }
                throw CliException.usage(o.name() + " does not apply to signal kind '" + kind.cliName()
                        + "' (it applies to: " + String.join(", ", names) + "); see tfr signal --help");
            }
        }
        Path audioPath = ctx.path(p.text(OUT));
        try {
            AudioFiles.formatForName(audioPath);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--out: " + e.getMessage());
        }
        Path jsonPath = groundTruthPath(audioPath);
        SampleEncoding encoding = SampleEncoding.parse(p.text(ENCODING));
        Overwrite overwrite = CliFiles.overwrite(p.flag(AnalysisOptions.FORCE));
        CliFiles.checkOutputs(List.of(audioPath, jsonPath), overwrite);

        double rate = (Double) p.value(RATE, kind);
        double duration = (Double) p.value(DURATION, kind);
        Signal signal;
        try {
            signal = Signal.render(rate, duration, components(kind, p, rate, duration));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(Options.translate(e.getMessage(), TABLE));
        }

        AudioWriteResult written;
        try {
            written = AudioFiles.write(audioPath, overwrite, AudioData.mono(signal.samples(), rate, encoding));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(Options.translate(e.getMessage(), TABLE));
        }
        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("kind", kind.cliName());
        truth.putAll(signal.groundTruth());
        truth.put("audio_file", String.valueOf(audioPath.getFileName()));
        truth.put("encoding", p.text(ENCODING));
        Json.write(jsonPath, overwrite, truth);

        if (written.clippedSampleCount() > 0) {
            ctx.err().println("tfr: warning: " + written.clippedSampleCount() + " samples were clipped to full scale"
                    + " in " + audioPath + " (lower --amplitude or use --encoding float32)");
        }
        if (!p.flag(AnalysisOptions.QUIET)) {
            ctx.out().printf(Locale.ROOT, "wrote %s (%s, %.3f s at %s Hz, %s, peak %.3f)%n", audioPath, kind.cliName(),
                    signal.durationSec(), Opt.format(rate), p.text(ENCODING), signal.peakAbs());
            ctx.out().println("wrote " + jsonPath);
        }
        return 0;
    }

    /** X.json beside X.wav. */
    static Path groundTruthPath(Path audio) {
        String name = audio.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return audio.resolveSibling(base + ".json");
    }

    /** The components the options describe; with no kind options, {@link SignalKind#defaultComponents}. */
    static List<Component> components(SignalKind kind, Options.Parsed p, double rate, double duration)
            throws CliException {
        int frames = Signal.framesFor(rate, duration);
        switch (kind) {
            case TONE:
                return List.of(Signals.tone(num(p, FREQ, kind), num(p, AMPLITUDE, kind), num(p, PHASE, kind)));
            case CHIRP:
            case EXP_CHIRP: {
                double start = num(p, START, kind);
                double end = p.has(END) ? num(p, END, kind) : duration;
                checkSpan(start, end, duration);
                double f0 = num(p, F0, kind);
                double f1 = num(p, F1, kind);
                double a = num(p, AMPLITUDE, kind);
                return List.of(kind == CHIRP ? Signals.linearChirp(f0, f1, start, end, a)
                        : Signals.exponentialChirp(f0, f1, start, end, a));
            }
            case IMPULSE: {
                int index = p.has(AT) ? sampleIndex(num(p, AT, kind), rate, frames, AT) : frames / 2;
                return List.of(Signals.impulse(index, num(p, AMPLITUDE, kind)));
            }
            case IMPULSES: {
                int period = sampleCount(num(p, PERIOD, kind), rate, PERIOD);
                int first;
                if (p.has(AT)) {
                    first = sampleIndex(num(p, AT, kind), rate, frames, AT);
                } else {
                    first = round(DEFAULT_FIRST_IMPULSE_SEC, rate);
                    if (first >= frames) {
                        first = frames / 2;
                    }
                }
                int fit = (frames - 1 - first) / period + 1;
                int count = fit;
                if (p.has(COUNT)) {
                    count = p.integer(COUNT);
                    if (count > fit) {
                        throw CliException.usage("--count " + count + " impulses every " + period + " samples from"
                                + " sample " + first + " do not fit in " + frames + " samples (at most " + fit
                                + "; raise --duration-sec or lower --period-sec)");
                    }
                }
                return List.of(new ImpulseTrain(first, period, count, num(p, AMPLITUDE, kind)));
            }
            case HARMONIC: {
                double start = num(p, START, kind);
                double end = p.has(END) ? num(p, END, kind) : duration;
                checkSpan(start, end, duration);
                double ramp = p.has(RAMP) ? num(p, RAMP, kind) : Math.min(DEFAULT_RAMP_SEC, (end - start) / 2);
                if (ramp > (end - start) / 2) {
                    throw CliException.usage("--ramp-sec " + Opt.format(ramp) + " s must be at most half the tone ("
                            + Opt.format((end - start) / 2) + " s)");
                }
                return List.of(Signals.harmonicTone(num(p, F0, kind), p.integer(HARMONICS), num(p, AMPLITUDE, kind),
                        num(p, VIBRATO_RATE, kind), num(p, VIBRATO_CENTS, kind),
                        Envelope.raisedCosine(start, end, ramp)));
            }
            case NOISE:
                return List.of(Signals.noise(num(p, RMS, kind), p.integer(SEED)));
            case EXAMPLE:
                if (duration < Signals.EXAMPLE_MIN_DURATION_SEC) {
                    throw CliException.usage("--duration-sec must be >= " + Opt.format(Signals.EXAMPLE_MIN_DURATION_SEC)
                            + " s for the example, got " + Opt.format(duration));
                }
                return Signals.exampleComponents(rate, duration);
            default:
                throw new IllegalStateException("unhandled signal kind " + kind);
        }
    }

    private static double num(Options.Parsed p, Opt o, SignalKind kind) {
        Object v = p.value(o, kind);
        if (v == null) {
            throw new IllegalStateException(o.name() + " has no default for " + kind.cliName());
        }
        return (Double) v;
    }

    private static void checkSpan(double start, double end, double duration) throws CliException {
        if (!(end > start)) {
            throw CliException.usage("--end-sec (" + Opt.format(end) + ") must be after --start-sec ("
                    + Opt.format(start) + ")");
        }
        if (!(start < duration)) {
            throw CliException.usage("--start-sec " + Opt.format(start) + " is at or after the end of the signal"
                    + " (--duration-sec " + Opt.format(duration) + ")");
        }
    }

    /** {@code round(t · rate)}, halves up, as {@link Signals#impulseAt} rounds. */
    private static int round(double timeSec, double rate) {
        return (int) Math.min(Integer.MAX_VALUE, Math.floor(timeSec * rate + 0.5));
    }

    /** The sample nearest {@code timeSec}, which must lie inside the signal. */
    private static int sampleIndex(double timeSec, double rate, int frames, Opt o) throws CliException {
        int index = Signals.impulseAt(timeSec, rate, 1.0).sampleIndex();
        if (index >= frames) {
            throw CliException.usage(o.name() + " " + Opt.format(timeSec) + " is at or past the end of the signal ("
                    + frames + " samples = " + Opt.format(frames / rate) + " s; raise --duration-sec)");
        }
        return index;
    }

    /** A whole number of samples >= 1 nearest {@code sec}. */
    private static int sampleCount(double sec, double rate, Opt o) throws CliException {
        double n = Math.floor(sec * rate + 0.5);
        if (n < 1) {
            throw CliException.usage(o.name() + " " + Opt.format(sec) + " is shorter than one sample at "
                    + Opt.format(rate) + " Hz");
        }
        if (n > Integer.MAX_VALUE) {
            throw CliException.usage(o.name() + " " + Opt.format(sec) + " is too long");
        }
        return (int) n;
    }
}
