package tfr.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tfr.analysis.AnalysisParams;
import tfr.analysis.ModelParams;
import tfr.phase.PhaseCorrection;
import tfr.stft.FrameParams;

/**
 * The additive-model options of {@code analyze}: Loris-style resolution and window width (an
 * alternative to sample counts, so Loris users' settings port), phase correction, onsets and bandwidth.
 */
final class ModelOptions {
    static final String MODEL = "Model (partials)";

    static final Opt RESOLUTION_HZ = Opt.number("--resolution-hz", "R", null, "Hz",
            "Loris-style: the closest partials to separate; sets a Kaiser 90 dB window whose main lobe is W wide,"
                    + " hop 1/W, drift R/2, frequency floor R (replaces --window, --window-samples, --hop-samples)")
            .above(0).max(1e6).group(MODEL).library("resolutionHz");
    static final Opt WINDOW_WIDTH_HZ = Opt.number("--window-width-hz", "W", null, "Hz",
            "Loris-style window main-lobe width").above(0).max(1e6).defaultText("2R").group(MODEL)
            .library("windowWidthHz");
    static final Opt CORRECTION = Opt.choice("--correction", "STEP", List.of("none", "reassigned", "chirp"), "chirp",
            "breakpoint phase: none (bin phase at the frame centre), reassigned (Loris: + travel to t^), chirp"
                    + " (+ the chirp term: the full model)").group(MODEL);
    static final Opt ONSETS = Opt.choice("--onsets", "HOW", List.of("find", "fade-in"), "find",
            "where partials that start inside the sound begin: find (at the onset read from the frames that straddle it),"
                    + " fade-in (Loris: faded in over a hop before the first clean peak)").group(MODEL);
    static final Opt BANDWIDTH = Opt.flag("--bandwidth",
            "associate the energy of rejected ridges to partials as noise (Loris' bandwidth enhancement) and"
                    + " render it in resynth.wav").group(MODEL);

    static final List<Opt> OPTIONS = List.of(RESOLUTION_HZ, WINDOW_WIDTH_HZ, CORRECTION, ONSETS, BANDWIDTH);

    private ModelOptions() {
    }

    /** Whether Loris-style settings replace the sample-count framing. */
    static boolean lorisStyle(Options.Parsed p) {
        return p.has(RESOLUTION_HZ) || p.has(WINDOW_WIDTH_HZ);
    }

    /**
     * The analysis parameters: the sample-count options, or with --resolution-hz / --window-width-hz
     * Loris' framing (which needs the sample rate).
     */
    static AnalysisParams analysisParams(Options.Parsed p, List<Opt> table, AnalysisParams fromSamples, double sampleRateHz)
            throws CliException {
        if (!lorisStyle(p)) {
            return fromSamples;
        }
        for (Opt o : List.of(AnalysisOptions.WINDOW, AnalysisOptions.WINDOW_SAMPLES, AnalysisOptions.HOP_SAMPLES,
                AnalysisOptions.KAISER_BETA)) {
            if (p.has(o)) {
                throw CliException.usage(o.name() + " cannot be combined with --resolution-hz/--window-width-hz,"
                        + " which set the window and hop the Loris way; drop one of them");
            }
        }
        double r = resolution(p);
        double w = p.has(WINDOW_WIDTH_HZ) ? p.number(WINDOW_WIDTH_HZ) : 2 * r;
        try {
            AnalysisParams l = AnalysisParams.loris(r, w, sampleRateHz);
            return l.withFftSize(fromSamples.fftSize() == 0 || fromSamples.fftSize() >= l.windowSamples() ? fromSamples.fftSize() : 0)
                    .withSymmetry(fromSamples.symmetry()).withDerivative(fromSamples.derivative())
                    .withEdges(fromSamples.edges()).withSignal(fromSamples.signal()).withOrder(fromSamples.order())
                    .withFloorDb(fromSamples.floorDb());
        } catch (IllegalArgumentException e) {
            throw CliException.usage(Options.translate(e.getMessage(), table));
        }
    }

    private static double resolution(Options.Parsed p) {
        return p.has(RESOLUTION_HZ) ? p.number(RESOLUTION_HZ) : p.number(WINDOW_WIDTH_HZ) / 2;
    }

    /** The model parameters. */
    static ModelParams modelParams(Options.Parsed p) {
        ModelParams m = lorisStyle(p) ? ModelParams.loris(resolution(p)) : ModelParams.defaults();
        m = m.withCorrection(PhaseCorrection.valueOf(p.text(CORRECTION).toUpperCase(Locale.ROOT)));
        m = m.withOnsets(ModelParams.Onsets.valueOf(p.text(ONSETS).replace('-', '_').toUpperCase(Locale.ROOT)));
        if (p.flag(BANDWIDTH)) {
            m = m.withBandwidth(ModelParams.Bandwidth.ASSOCIATE);
        }
        return m;
    }

    /** The model parameters as used on this framing, for summary.json. */
    static Map<String, Object> describe(ModelParams m, FrameParams fp) {
        Map<String, Object> d = new LinkedHashMap<>();
        var peaks = m.peakParams(fp);
        var track = m.trackParams(fp);
        d.put("resolution_hz", peaks.resolutionHz());
        d.put("min_freq_hz", peaks.minFreqHz());
        d.put("amp_floor_db", peaks.ampFloorDb());
        d.put("crop_sec", peaks.consensus().cropSec());
        d.put("drift_hz", track.driftHz());
        d.put("max_gap_frames", track.maxGapFrames());
        d.put("occlusion_hz", track.occlusionHz());
        d.put("max_occlusion_sec", track.maxOcclusionSec());
        d.put("min_duration_sec", track.minDurationSec());
        d.put("fade_sec", m.resolvedFadeSec(fp));
        d.put("correction", AnalysisOptions.lower(m.correction()));
        d.put("max_chirp_rate_hz_per_sec", m.maxChirpRateHzPerSec());
        d.put("convergence_tolerance", m.convergenceTolerance());
        d.put("edges", AnalysisOptions.lower(m.edges()));
        d.put("onsets", AnalysisOptions.lower(m.onsets()));
        d.put("bandwidth", AnalysisOptions.lower(m.bandwidth()));
        return d;
    }
}
