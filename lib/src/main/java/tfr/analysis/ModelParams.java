package tfr.analysis;

import tfr.consensus.ConsensusParams;
import tfr.peaks.PeakParams;
import tfr.phase.PhaseCorrection;
import tfr.stft.FrameParams;
import tfr.track.TrackParams;

/**
 * The additive-model settings on top of {@link AnalysisParams} (which fixes window, hop and
 * reassignment). Quantities in Hz and seconds, as Loris users know them; NaN means "derived from the
 * framing", which is how the defaults adapt to any window, hop and sample rate:
 * <ul>
 *   <li>resolution R = half the window's main-lobe width (Hann 2048 at 44.1 kHz: 43 Hz) — thinning;</li>
 *   <li>frequency floor = R (Loris);</li>
 *   <li>drift = R/2 (Loris), measured from the chirp-rate prediction;</li>
 *   <li>crop = one hop (Loris);</li>
 *   <li>minimum partial duration = two hops (three peaks);</li>
 *   <li>fade = one hop (the zero-amplitude end points).</li>
 * </ul>
 *
 * @param resolutionHz         thinning resolution R, Hz (NaN: derived)
 * @param minFreqHz            frequency floor, Hz (NaN: R)
 * @param ampFloorDb           amplitude floor, dB re full scale
 * @param driftHz              largest deviation from a track's prediction, Hz (NaN: R/2)
 * @param cropSec              largest |t̂ − t|, s (NaN: one hop)
 * @param maxGapFrames         frames a partial may miss (bridging); above 0 a louder crossing component's
 *                             masking is bridged too (see {@link #trackParams})
 * @param minDurationSec       shortest partial kept, s (NaN: two hops)
 * @param fadeSec              zero-amplitude end points this far outside each partial, s (NaN: one hop)
 * @param correction           phase correction (CHIRP: the full model)
 * @param maxChirpRateHzPerSec steepest chirp a partial may follow; steeper counts as an impulse
 * @param convergenceTolerance how far M may exceed a chirp's own convergence
 * @param edges                whether partials are extended into the frames the signal's ends cut
 * @param bandwidth            bandwidth association (off by default)
 * @param onsets               where partials that start inside the sound begin (found by default)
 */
public record ModelParams(double resolutionHz, double minFreqHz, double ampFloorDb, double driftHz, double cropSec,
                          int maxGapFrames, double minDurationSec, double fadeSec, PhaseCorrection correction,
                          double maxChirpRateHzPerSec, double convergenceTolerance, EdgeHandling edges,
                          Bandwidth bandwidth, Onsets onsets) {

    /** Whether the energy of rejected ridges is associated to partials as noise ({@link tfr.peaks.BandwidthAssociation}). */
    public enum Bandwidth {
        /** Partials are pure sinusoids (bandwidth 0); resynthesis is a waveform match. */
        OFF,
        /** Loris' bandwidth association: amplitudes carry the associated noise energy, bandwidth its share. */
        ASSOCIATE
    }

    /** Where partials that start inside the sound begin ({@link tfr.track.OnsetExtension}). */
    public enum Onsets {
        /**
         * At the onset read from the straddling frames' rejected ridges (time reassignment of a
         * switched-on sinusoid), when the evidence is clear; else faded in before the first peak.
         */
        FIND,
        /** Always faded in over {@code fadeSec} before the first peak (Loris). */
        FADE_IN
    }

    /** What happens in the frames that the signal's start and end cut. */
    public enum EdgeHandling {
        /**
         * Partials alive at the first (last) full frame are continued through the cut frames with
         * amplitudes and phases fitted to the truncated window ({@link tfr.phase.EdgeFit}).
         */
        FIT,
        /** Cut frames are ignored: partials start and end one half window inside the signal. */
        IGNORE
    }

    public ModelParams {
        nanOrPositive(resolutionHz, "resolutionHz");
        nanOrNonNegative(minFreqHz, "minFreqHz");
        if (Double.isNaN(ampFloorDb) || ampFloorDb > 100) {
            throw new IllegalArgumentException("ampFloorDb must be a number <= 100 dB, got " + ampFloorDb);
        }
        nanOrPositive(driftHz, "driftHz");
        nanOrPositive(cropSec, "cropSec");
        if (maxGapFrames < 0) {
            throw new IllegalArgumentException("maxGapFrames must be >= 0, got " + maxGapFrames);
        }
        nanOrNonNegative(minDurationSec, "minDurationSec");
        nanOrNonNegative(fadeSec, "fadeSec");
        if (correction == null || edges == null || bandwidth == null || onsets == null) {
            throw new IllegalArgumentException("correction, edges, bandwidth and onsets must not be null");
        }
        if (!(maxChirpRateHzPerSec > 0) || Double.isNaN(maxChirpRateHzPerSec)) {
            throw new IllegalArgumentException("maxChirpRateHzPerSec must be > 0, got " + maxChirpRateHzPerSec);
        }
        if (!(convergenceTolerance >= 0 && convergenceTolerance <= 1)) {
            throw new IllegalArgumentException("convergenceTolerance must be in [0, 1], got " + convergenceTolerance);
        }
    }

    private static void nanOrPositive(double v, String name) {
        if (!Double.isNaN(v) && !(v > 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException(name + " must be finite and > 0 (or NaN for the derived default), got " + v);
        }
    }

    private static void nanOrNonNegative(double v, String name) {
        if (!Double.isNaN(v) && !(v >= 0 && Double.isFinite(v))) {
            throw new IllegalArgumentException(name + " must be finite and >= 0 (or NaN for the derived default), got " + v);
        }
    }

    /**
     * Every setting derived from the framing; −90 dB floor; 4 frames of bridging (longer bridges join
     * unrelated noise peaks in speech and gain nothing on the project's crossing tests); CHIRP; 20 kHz/s;
     * M tolerance 0.35; edges fitted.
     */
    public static ModelParams defaults() {
        return new ModelParams(Double.NaN, Double.NaN, -90, Double.NaN, Double.NaN, 4, Double.NaN, Double.NaN,
                PhaseCorrection.CHIRP, 20_000, 0.35, EdgeHandling.FIT, Bandwidth.OFF, Onsets.FIND);
    }

    /** Loris' Analyzer(R): resolution R, frequency floor R, drift R/2, crop one hop, floor −90 dB (pair with {@link AnalysisParams#loris}). */
    public static ModelParams loris(double resolutionHz) {
        if (!(resolutionHz > 0) || !Double.isFinite(resolutionHz)) {
            throw new IllegalArgumentException("resolutionHz must be finite and > 0, got " + resolutionHz);
        }
        return defaults().withResolutionHz(resolutionHz).withMinFreqHz(resolutionHz).withDriftHz(resolutionHz / 2);
    }

    /** The resolution in use for this framing, Hz. */
    public double resolvedResolutionHz(FrameParams frames) {
        if (!Double.isNaN(resolutionHz)) {
            return resolutionHz;
        }
        double lobeBins = frames.auxiliaryWindows().metrics().mainLobeWidthBins();
        return 0.5 * lobeBins * frames.sampleRateHz() / frames.window().lengthSamples();
    }

    /** The peak-picking stage's parameters for this framing. */
    public PeakParams peakParams(FrameParams frames) {
        double r = resolvedResolutionHz(frames);
        double crop = Double.isNaN(cropSec) ? frames.hopSec() : cropSec;
        ConsensusParams c = ConsensusParams.defaults(crop).withMaxChirpRateHzPerSec(maxChirpRateHzPerSec)
                .withConvergenceTolerance(convergenceTolerance);
        return new PeakParams(ampFloorDb, r, Double.isNaN(minFreqHz) ? r : minFreqHz, correction, c);
    }

    /** Longest masking by a crossing component that tracking bridges, s (see {@link tfr.track.Tracker}). */
    public static final double MAX_OCCLUSION_SEC = 0.5;

    /**
     * The tracking stage's parameters for this framing. Bridging (maxGapFrames &gt; 0) also bridges
     * occlusions: a louder component crossing within the main-lobe width 2R of a track's prediction,
     * for at most {@value #MAX_OCCLUSION_SEC} s (crossings at relative rates of at least 2R/0.5 s count:
     * 172 Hz/s at the defaults, 280 Hz/s at Loris' R = 70 Hz).
     */
    public TrackParams trackParams(FrameParams frames) {
        double r = resolvedResolutionHz(frames);
        double drift = Double.isNaN(driftHz) ? r / 2 : driftHz;
        double minDur = Double.isNaN(minDurationSec) ? 2 * frames.hopSec() : minDurationSec;
        TrackParams t = TrackParams.of(drift, minDur).withMaxGapFrames(maxGapFrames);
        return maxGapFrames > 0 ? t.withOcclusion(2 * r, MAX_OCCLUSION_SEC) : t;
    }

    /** The fade in use for this framing, s. */
    public double resolvedFadeSec(FrameParams frames) {
        return Double.isNaN(fadeSec) ? frames.hopSec() : fadeSec;
    }

    public ModelParams withResolutionHz(double v) {
        return new ModelParams(v, minFreqHz, ampFloorDb, driftHz, cropSec, maxGapFrames, minDurationSec, fadeSec, correction, maxChirpRateHzPerSec, convergenceTolerance, edges, bandwidth, onsets);
    }

    public ModelParams withMinFreqHz(double v) {
        return new ModelParams(resolutionHz, v, ampFloorDb, driftHz, cropSec, maxGapFrames, minDurationSec, fadeSec, correction, maxChirpRateHzPerSec, convergenceTolerance, edges, bandwidth, onsets);
    }

    public ModelParams withAmpFloorDb(double v) {
        return new ModelParams(resolutionHz, minFreqHz, v, driftHz, cropSec, maxGapFrames, minDurationSec, fadeSec, correction, maxChirpRateHzPerSec, convergenceTolerance, edges, bandwidth, onsets);
    }

    public ModelParams withDriftHz(double v) {
        return new ModelParams(resolutionHz, minFreqHz, ampFloorDb, v, cropSec, maxGapFrames, minDurationSec, fadeSec, correction, maxChirpRateHzPerSec, convergenceTolerance, edges, bandwidth, onsets);
    }

    public ModelParams withCropSec(double v) {
        return new ModelParams(resolutionHz, minFreqHz, ampFloorDb, driftHz, v, maxGapFrames, minDurationSec, fadeSec, correction, maxChirpRateHzPerSec, convergenceTolerance, edges, bandwidth, onsets);
    }

    public ModelParams withMaxGapFrames(int v) {
        return new ModelParams(resolutionHz, minFreqHz, ampFloorDb, driftHz, cropSec, v, minDurationSec, fadeSec, correction, maxChirpRateHzPerSec, convergenceTolerance, edges, bandwidth, onsets);
    }

    public ModelParams withMinDurationSec(double v) {
        return new ModelParams(resolutionHz, minFreqHz, ampFloorDb, driftHz, cropSec, maxGapFrames, v, fadeSec, correction, maxChirpRateHzPerSec, convergenceTolerance, edges, bandwidth, onsets);
    }

    public ModelParams withFadeSec(double v) {
        return new ModelParams(resolutionHz, minFreqHz, ampFloorDb, driftHz, cropSec, maxGapFrames, minDurationSec, v, correction, maxChirpRateHzPerSec, convergenceTolerance, edges, bandwidth, onsets);
    }

    public ModelParams withCorrection(PhaseCorrection v) {
        return new ModelParams(resolutionHz, minFreqHz, ampFloorDb, driftHz, cropSec, maxGapFrames, minDurationSec, fadeSec, v, maxChirpRateHzPerSec, convergenceTolerance, edges, bandwidth, onsets);
    }

    public ModelParams withMaxChirpRateHzPerSec(double v) {
        return new ModelParams(resolutionHz, minFreqHz, ampFloorDb, driftHz, cropSec, maxGapFrames, minDurationSec, fadeSec, correction, v, convergenceTolerance, edges, bandwidth, onsets);
    }

    public ModelParams withConvergenceTolerance(double v) {
        return new ModelParams(resolutionHz, minFreqHz, ampFloorDb, driftHz, cropSec, maxGapFrames, minDurationSec, fadeSec, correction, maxChirpRateHzPerSec, v, edges, bandwidth, onsets);
    }

    public ModelParams withEdges(EdgeHandling v) {
        return new ModelParams(resolutionHz, minFreqHz, ampFloorDb, driftHz, cropSec, maxGapFrames, minDurationSec, fadeSec, correction, maxChirpRateHzPerSec, convergenceTolerance, v, bandwidth, onsets);
    }

    public ModelParams withOnsets(Onsets v) {
        return new ModelParams(resolutionHz, minFreqHz, ampFloorDb, driftHz, cropSec, maxGapFrames, minDurationSec, fadeSec, correction, maxChirpRateHzPerSec, convergenceTolerance, edges, bandwidth, v);
    }

    public ModelParams withBandwidth(Bandwidth v) {
        return new ModelParams(resolutionHz, minFreqHz, ampFloorDb, driftHz, cropSec, maxGapFrames, minDurationSec, fadeSec, correction, maxChirpRateHzPerSec, convergenceTolerance, edges, v, onsets);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "ModelParams[resolution %s Hz, floor %s Hz / %.1f dB, drift %s Hz, crop %s s, gaps %d, min %s s, fade %s s, %s, |α| <= %.4g Hz/s, M tol %.3g, edges %s, bandwidth %s, onsets %s]",
                d(resolutionHz), d(minFreqHz), ampFloorDb, d(driftHz), d(cropSec), maxGapFrames, d(minDurationSec), d(fadeSec),
                correction, maxChirpRateHzPerSec, convergenceTolerance, edges, bandwidth, onsets);
    }

    private static String d(double v) {
        return Double.isNaN(v) ? "auto" : String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
