package tfr.track;

/**
 * Partial-tracking settings.
 *
 * @param driftHz        largest frequency deviation from the prediction for a link, Hz (Loris: R/2,
 *                       but measured from a chirp-rate prediction here, not from the last frequency)
 * @param maxGapFrames   frames a partial may miss and still be continued (bridges a chirp crossing a
 *                       harmonic, a short dropout); 0 disables bridging
 * @param minDurationSec partials shorter than this (first to last peak) are dropped
 * @param ampWeight      weight of the squared log-amplitude ratio in the link cost
 * @param phaseWeight    weight of the squared phase-travel mismatch (in units of π) in the link cost
 * @param occlusionHz    half-width of the zone around a track's predicted frequency in which a louder
 *                       component crossing it masks it (its frames then do not count as gap frames; see
 *                       {@link Tracker}); 0 disables. Analyses use the window's main-lobe width, 2R:
 *                       closer than that the two main lobes overlap and neither ridge is clean
 * @param maxOcclusionSec longest masking bridged, s; it also sets the slowest crossing that counts,
 *                       a relative rate of occlusionHz/maxOcclusionSec — the rate that takes a component from
 *                       the zone's edge to the track within that time (a steady louder neighbour never masks)
 */
public record TrackParams(double driftHz, int maxGapFrames, double minDurationSec, double ampWeight, double phaseWeight,
                          double occlusionHz, double maxOcclusionSec) {
    public TrackParams {
        if (!(driftHz > 0) || !Double.isFinite(driftHz)) {
            throw new IllegalArgumentException("driftHz must be finite and > 0, got " + driftHz);
        }
        if (maxGapFrames < 0) {
            throw new IllegalArgumentException("maxGapFrames must be >= 0, got " + maxGapFrames);
        }
        if (!(minDurationSec >= 0) || !Double.isFinite(minDurationSec)) {
            throw new IllegalArgumentException("minDurationSec must be finite and >= 0, got " + minDurationSec);
        }
        if (!(ampWeight >= 0) || !Double.isFinite(ampWeight) || !(phaseWeight >= 0) || !Double.isFinite(phaseWeight)) {
            throw new IllegalArgumentException("ampWeight and phaseWeight must be finite and >= 0, got " + ampWeight + ", " + phaseWeight);
        }
        if (!(occlusionHz >= 0) || !Double.isFinite(occlusionHz)) {
            throw new IllegalArgumentException("occlusionHz must be finite and >= 0, got " + occlusionHz);
        }
        if (!(maxOcclusionSec >= 0) || !Double.isFinite(maxOcclusionSec)) {
            throw new IllegalArgumentException("maxOcclusionSec must be finite and >= 0, got " + maxOcclusionSec);
        }
    }

    /** Without occlusion bridging. */
    public TrackParams(double driftHz, int maxGapFrames, double minDurationSec, double ampWeight, double phaseWeight) {
        this(driftHz, maxGapFrames, minDurationSec, ampWeight, phaseWeight, 0, 0);
    }

    /** Whether a louder crossing component can keep a track alive (both settings positive). */
    public boolean bridgesOcclusions() {
        return occlusionHz > 0 && maxOcclusionSec > 0;
    }

    /** The slowest relative chirp rate that counts as a crossing, Hz/s: occlusionHz/maxOcclusionSec. */
    public double minCrossingRateHzPerSec() {
        return occlusionHz / maxOcclusionSec;
    }

    /** Drift, 3 frames of bridging, minimum duration, amplitude weight 0.1, phase weight 0.2. */
    public static TrackParams of(double driftHz, double minDurationSec) {
        return new TrackParams(driftHz, 3, minDurationSec, 0.1, 0.2);
    }

    public TrackParams withDriftHz(double v) {
        return new TrackParams(v, maxGapFrames, minDurationSec, ampWeight, phaseWeight, occlusionHz, maxOcclusionSec);
    }

    public TrackParams withMaxGapFrames(int v) {
        return new TrackParams(driftHz, v, minDurationSec, ampWeight, phaseWeight, occlusionHz, maxOcclusionSec);
    }

    public TrackParams withMinDurationSec(double v) {
        return new TrackParams(driftHz, maxGapFrames, v, ampWeight, phaseWeight, occlusionHz, maxOcclusionSec);
    }

    /** Occlusion bridging: zone half-width and longest masking (both 0: off). */
    public TrackParams withOcclusion(double zoneHz, double maxSec) {
        return new TrackParams(driftHz, maxGapFrames, minDurationSec, ampWeight, phaseWeight, zoneHz, maxSec);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "TrackParams[drift %.4g Hz, gaps <= %d frames, min %.4g s, weights amp %.3g phase %.3g, occlusion ±%.4g Hz <= %.4g s]",
                driftHz, maxGapFrames, minDurationSec, ampWeight, phaseWeight, occlusionHz, maxOcclusionSec);
    }
}
