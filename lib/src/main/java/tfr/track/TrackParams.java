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
 */
public record TrackParams(double driftHz, int maxGapFrames, double minDurationSec, double ampWeight, double phaseWeight) {
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
    }

    /** Drift, 3 frames of bridging, minimum duration, amplitude weight 0.1, phase weight 0.2. */
    public static TrackParams of(double driftHz, double minDurationSec) {
        return new TrackParams(driftHz, 3, minDurationSec, 0.1, 0.2);
    }

    public TrackParams withDriftHz(double v) {
        return new TrackParams(v, maxGapFrames, minDurationSec, ampWeight, phaseWeight);
    }

    public TrackParams withMaxGapFrames(int v) {
        return new TrackParams(driftHz, v, minDurationSec, ampWeight, phaseWeight);
    }

    public TrackParams withMinDurationSec(double v) {
        return new TrackParams(driftHz, maxGapFrames, v, ampWeight, phaseWeight);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "TrackParams[drift %.4g Hz, gaps <= %d frames, min %.4g s, weights amp %.3g phase %.3g]",
                driftHz, maxGapFrames, minDurationSec, ampWeight, phaseWeight);
    }
}
