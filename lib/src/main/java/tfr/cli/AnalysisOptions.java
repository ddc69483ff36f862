package tfr.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tfr.analysis.AnalysisParams;
import tfr.analysis.ImageParams;
import tfr.io.ChannelSelection;
import tfr.reassign.FrequencyScale;
import tfr.reassign.ReassignOrder;
import tfr.stft.EdgePolicy;
import tfr.stft.SignalModel;
import tfr.window.DerivativeMethod;
import tfr.window.Symmetry;
import tfr.window.WindowKind;
import tfr.window.WindowSpec;

/**
 * The options {@code analyze} and {@code spectrogram} share (analysis, input channel, image, general)
 * and their conversion into {@link AnalysisParams}, {@link ImageParams} and a {@link ChannelSelection}.
 * Defaults come from the library's own defaults.
 */
final class AnalysisOptions {
    static final String ANALYSIS = "Analysis";
    static final String INPUT = "Input";
    static final String IMAGE = "Image";
    static final String GENERAL = "General";

    private static final AnalysisParams D = AnalysisParams.defaults();
    private static final ImageParams I = ImageParams.defaults();
    /** Largest window or FFT accepted: 2^24 samples (6 min at 44.1 kHz); guards against typos that exhaust memory. */
    static final int MAX_SAMPLES = 1 << 24;
    /** Lowest frequency of a log axis when --min-freq-hz is not given. */
    static final double LOG_MIN_FREQ_HZ = 20;

    static final Opt WINDOW = Opt.choice("--window", "NAME", windowNames(), D.window().cliName(),
            "analysis window").group(ANALYSIS);
    static final Opt WINDOW_SAMPLES = Opt.integer("--window-samples", "N", D.windowSamples(), "samples",
            "window length N").min(WindowSpec.MIN_LENGTH).max(MAX_SAMPLES).group(ANALYSIS)
            .defaultText(D.windowSamples() + " at 44.1 kHz: 46 ms, the power of two nearest at other rates"
                    + " (1024 at 22.05 kHz) unless --window-samples, --hop-samples or --fft-size is given")
            .library("windowSamples", "lengthSamples");
    static final Opt HOP_SAMPLES = Opt.integer("--hop-samples", "H", D.hopSamples(), "samples",
            "advance between frames").min(1).max(MAX_SAMPLES).defaultText(D.hopSamples() + " at 44.1 kHz: N/4")
            .group(ANALYSIS).library("hopSamples");
    static final Opt FFT_SIZE = Opt.integer("--fft-size", "M", D.fftSize(), "samples",
            "FFT size, >= N (zero-padding) or 0 for the next power of two >= N").min(0).max(MAX_SAMPLES)
            .defaultText("0 = next power of two >= N").group(ANALYSIS).library("fftSize");
    static final Opt KAISER_BETA = Opt.number("--kaiser-beta", "B", D.kaiserBeta(), null,
            "Kaiser window shape beta (used with --window kaiser)").min(0).max(700).group(ANALYSIS)
            .library("kaiserBeta");
    static final Opt GAUSSIAN_SIGMA = Opt.number("--gaussian-sigma", "F", D.gaussianSigmaFraction(),
            "fraction of N", "Gaussian window spread sigma (used with --window gaussian)").above(0).max(10)
            .defaultText("1/6").group(ANALYSIS).library("gaussianSigmaFraction");
    static final Opt SYMMETRY = Opt.choice("--symmetry", "S", lower(Symmetry.values()), lower(D.symmetry()),
            "window symmetry (periodic: the DFT-even form)").group(ANALYSIS);
    static final Opt DERIVATIVE = Opt.choice("--derivative", "METHOD",
            List.of("analytic", "spectral", "central-difference"), lower(D.derivative()),
            "how the derivative windows h' and h'' are built").group(ANALYSIS);
    static final Opt EDGES = Opt.choice("--edges", "POLICY", List.of("centred", "inside"), lower(D.edges()),
            "frame placement at the signal's ends (centred: zero-padded, frame m centred on sample m*hop from the first sample;"
                    + " inside: frames wholly inside the signal)").group(ANALYSIS);
    static final Opt SIGNAL = Opt.choice("--signal", "MODEL", lower(SignalModel.values()), lower(D.signal()),
            "analyse the real samples or their analytic signal (image-free, exact for tones and chirps)")
            .group(ANALYSIS);
    static final Opt ORDER = Opt.choice("--order", "ORDER", lower(ReassignOrder.values()), lower(D.order()),
            "reassignment order (second adds convergence and chirp rate)").group(ANALYSIS);
    static final Opt FLOOR_DB = Opt.number("--floor-db", "D", D.floorDb(), "dB re full scale",
            "cells quieter than this are dropped").max(100).group(ANALYSIS).library("floorDb");

    static final Opt CHANNEL = Opt.text("--channel", "C", "mix",
            "which channel to analyse: mix (the mean of all channels) or a 0-based index 0, 1, ...").group(INPUT);

    static final Opt TIME_PX = Opt.integer("--time-px", "W", I.timePx(), "pixels",
            "image width: time cells over the whole signal").min(1).max(20000).group(IMAGE).library("timePx");
    static final Opt FREQ_PX = Opt.integer("--freq-px", "H", I.freqPx(), "pixels",
            "image height: frequency cells").min(1).max(20000).group(IMAGE).library("freqPx");
    static final Opt FREQ_SCALE = Opt.choice("--freq-scale", "SCALE", List.of("linear", "log"),
            lower(I.scale()), "frequency axis").group(IMAGE);
    static final Opt MIN_FREQ_HZ = Opt.number("--min-freq-hz", "F", null, "Hz", "lowest frequency shown")
            .min(0).defaultText(Opt.format(I.minFreqHz()) + " for linear, " + Opt.format(LOG_MIN_FREQ_HZ)
                    + " for log").group(IMAGE).library("minFreqHz");
    static final Opt MAX_FREQ_HZ = Opt.number("--max-freq-hz", "F", I.maxFreqHz(), "Hz",
            "highest frequency shown, 0 for the Nyquist frequency").min(0)
            .defaultText(Opt.format(I.maxFreqHz()) + " = Nyquist").group(IMAGE).library("maxFreqHz");
    static final Opt RANGE_DB = Opt.number("--range-db", "D", I.dynamicRangeDb(), "dB",
            "colour range below full scale").above(0).max(1000).group(IMAGE).library("dynamicRangeDb", "rangeDb");

    static final Opt FORCE = Opt.flag("--force", "overwrite existing output files").group(GENERAL);
    static final Opt QUIET = Opt.flag("--quiet", "no progress line on stderr and no summary on stdout")
            .group(GENERAL);
    static final Opt HELP = Opt.flag("--help", "show this help and exit (also -h)").group(GENERAL);

    /** The analysis options, in help order. */
    static final List<Opt> ANALYSIS_OPTIONS = List.of(WINDOW, WINDOW_SAMPLES, HOP_SAMPLES, FFT_SIZE, KAISER_BETA,
            GAUSSIAN_SIGMA, SYMMETRY, DERIVATIVE, EDGES, SIGNAL, ORDER, FLOOR_DB);
    /** The image options, in help order. */
    static final List<Opt> IMAGE_OPTIONS = List.of(TIME_PX, FREQ_PX, FREQ_SCALE, MIN_FREQ_HZ, MAX_FREQ_HZ, RANGE_DB);
    /** The general options every command ends with. */
    static final List<Opt> GENERAL_OPTIONS = List.of(FORCE, QUIET, HELP);

    private AnalysisOptions() {
    }

    /** A command's table: its own options first, then the shared ones. */
    static List<Opt> table(List<Opt> own) {
        List<Opt> all = new ArrayList<>(own);
        all.addAll(ANALYSIS_OPTIONS);
        all.add(CHANNEL);
        all.addAll(IMAGE_OPTIONS);
        all.addAll(GENERAL_OPTIONS);
        return List.copyOf(all);
    }

    /**
     * The analysis parameters the options describe.
     *
     * @throws CliException naming the option, if the library rejects the combination (e.g. --fft-size
     *                      below --window-samples)
     */
    static AnalysisParams analysisParams(Options.Parsed p, List<Opt> table) throws CliException {
        try {
            return new AnalysisParams(WindowKind.parse(p.text(WINDOW)), p.integer(WINDOW_SAMPLES),
                    p.integer(HOP_SAMPLES), p.integer(FFT_SIZE), p.number(KAISER_BETA), p.number(GAUSSIAN_SIGMA),
                    Symmetry.parse(p.text(SYMMETRY)), DerivativeMethod.parse(p.text(DERIVATIVE)),
                    EdgePolicy.parse(p.text(EDGES)), SignalModel.parse(p.text(SIGNAL)),
                    ReassignOrder.valueOf(p.text(ORDER).toUpperCase(Locale.ROOT)), p.number(FLOOR_DB));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(Options.translate(e.getMessage(), table));
        }
    }

    /**
     * The analysis parameters for an input at {@code sampleRateHz}: when none of --window-samples,
     * --hop-samples and --fft-size was given, window and hop keep their 44.1 kHz durations
     * ({@link AnalysisParams#defaultsFor}); otherwise exactly what was asked.
     */
    static AnalysisParams forRate(Options.Parsed p, AnalysisParams asked, double sampleRateHz) {
        if (p.has(WINDOW_SAMPLES) || p.has(HOP_SAMPLES) || p.has(FFT_SIZE)) {
            return asked;
        }
        AnalysisParams d = AnalysisParams.defaultsFor(sampleRateHz);
        return asked.withWindowSamples(d.windowSamples()).withHopSamples(d.hopSamples());
    }

    /** The image parameters the options describe. */
    static ImageParams imageParams(Options.Parsed p, List<Opt> table) throws CliException {
        FrequencyScale scale = FrequencyScale.valueOf(p.text(FREQ_SCALE).toUpperCase(Locale.ROOT));
        double minHz = p.has(MIN_FREQ_HZ) ? p.number(MIN_FREQ_HZ)
                : scale == FrequencyScale.LOG ? LOG_MIN_FREQ_HZ : I.minFreqHz();
        try {
            return new ImageParams(p.integer(TIME_PX), p.integer(FREQ_PX), scale, minHz, p.number(MAX_FREQ_HZ),
                    p.number(RANGE_DB));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(Options.translate(e.getMessage(), table));
        }
    }

    /**
     * Checks the image's frequency range against the input's sample rate (known only once the file is read).
     */
    static void checkImageAgainstRate(ImageParams image, double sampleRateHz) throws CliException {
        double nyquist = sampleRateHz / 2;
        if (image.minFreqHz() >= nyquist) {
            throw CliException.usage("--min-freq-hz " + Opt.format(image.minFreqHz())
                    + " is at or above the Nyquist frequency of the input (" + Opt.format(nyquist) + " Hz)");
        }
    }

    /** The channel selection. */
    static ChannelSelection channel(Options.Parsed p) throws CliException {
        try {
            return ChannelSelection.parse(p.text(CHANNEL));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--" + e.getMessage());
        }
    }

    /** Every analysis parameter, for analysis.json, in the option's own spelling. */
    static Map<String, Object> describe(AnalysisParams a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("window", a.window().cliName());
        m.put("window_samples", a.windowSamples());
        m.put("hop_samples", a.hopSamples());
        m.put("fft_size", a.fftSize());
        m.put("fft_size_effective", a.effectiveFftSize());
        m.put("kaiser_beta", a.kaiserBeta());
        m.put("gaussian_sigma_fraction", a.gaussianSigmaFraction());
        m.put("symmetry", lower(a.symmetry()));
        m.put("derivative", lower(a.derivative()));
        m.put("edges", lower(a.edges()));
        m.put("signal", lower(a.signal()));
        m.put("order", lower(a.order()));
        m.put("floor_db", a.floorDb());
        return m;
    }

    /** The image parameters, for analysis.json. */
    static Map<String, Object> describe(ImageParams im, double sampleRateHz) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time_px", im.timePx());
        m.put("freq_px", im.freqPx());
        m.put("freq_scale", lower(im.scale()));
        m.put("min_freq_hz", im.minFreqHz());
        m.put("max_freq_hz", im.topFreqHz(sampleRateHz));
        m.put("range_db", im.dynamicRangeDb());
        m.put("reference", "full scale");
        return m;
    }

    /** A short description for image titles: "hann 2048, hop 512, FFT 2048". */
    static String shortDescription(AnalysisParams a) {
        String s = a.window().cliName() + " " + a.windowSamples() + ", hop " + a.hopSamples() + ", FFT "
                + a.effectiveFftSize();
        if (a.signal() == SignalModel.ANALYTIC) {
            s += ", analytic";
        }
        return s;
    }

    private static List<String> windowNames() {
        List<String> names = new ArrayList<>();
        for (WindowKind k : WindowKind.values()) {
            names.add(k.cliName());
        }
        return names;
    }

    /** The lower-case CLI spelling of an enum constant: CENTRAL_DIFFERENCE → central-difference. */
    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static List<String> lower(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> e : values) {
            names.add(lower(e));
        }
        return names;
    }

    /**
     * The samples to analyse: the channel or mixdown chosen by {@code --channel}, without a copy
     * where none is needed (read-only from here on); a channel that does not exist is a usage error.
     *
     * @param source the input's name for the message (null for the bundled example)
     */
    static double[] samples(Options.Parsed p, tfr.io.AudioData audio, Object source) throws CliException {
        try {
            return audio.selectShared(channel(p));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--channel " + p.text(CHANNEL) + ": " + e.getMessage()
                    + (source != null ? " in " + source : ""));
        }
    }
}
