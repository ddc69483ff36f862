package tfr.peaks;

import tfr.consensus.ConsensusParams;
import tfr.phase.PhaseCorrection;

/**
 * Peak-picking settings.
 *
 * @param ampFloorDb    peaks below this amplitude (dB re full scale, linear amplitude) are dropped
 * @param resolutionHz  thinning: no peak within ±resolutionHz of a louder kept peak (Loris' frequency resolution)
 * @param minFreqHz     peaks below this frequency are dropped (Loris' frequency floor, = resolution there)
 * @param correction    how amplitude and phase are read ({@link PhaseCorrection#CHIRP} by default)
 * @param consensus     pruning and classification
 */
public record PeakParams(double ampFloorDb, double resolutionHz, double minFreqHz, PhaseCorrection correction,
                         ConsensusParams consensus) {
    public PeakParams {
        if (Double.isNaN(ampFloorDb) || ampFloorDb > 100) {
            throw new IllegalArgumentException("ampFloorDb must be a number <= 100 dB (or -Infinity), got " + ampFloorDb);
        }
        if (!(resolutionHz >= 0) || !Double.isFinite(resolutionHz)) {
            throw new IllegalArgumentException("resolutionHz must be finite and >= 0, got " + resolutionHz);
        }
        if (!(minFreqHz >= 0) || !Double.isFinite(minFreqHz)) {
            throw new IllegalArgumentException("minFreqHz must be finite and >= 0, got " + minFreqHz);
        }
        if (correction == null || consensus == null) {
            throw new IllegalArgumentException("correction and consensus must not be null");
        }
    }

    /** The amplitude floor as a linear amplitude. */
    public double ampFloor() {
        return Math.pow(10, ampFloorDb / 20);
    }

    public PeakParams withAmpFloorDb(double v) {
        return new PeakParams(v, resolutionHz, minFreqHz, correction, consensus);
    }

    public PeakParams withResolutionHz(double v) {
        return new PeakParams(ampFloorDb, v, minFreqHz, correction, consensus);
    }

    public PeakParams withMinFreqHz(double v) {
        return new PeakParams(ampFloorDb, resolutionHz, v, correction, consensus);
    }

    public PeakParams withCorrection(PhaseCorrection v) {
        return new PeakParams(ampFloorDb, resolutionHz, minFreqHz, v, consensus);
    }

    public PeakParams withConsensus(ConsensusParams v) {
        return new PeakParams(ampFloorDb, resolutionHz, minFreqHz, correction, v);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "PeakParams[floor %.1f dB, resolution %.4g Hz, min %.4g Hz, %s, %s]",
                ampFloorDb, resolutionHz, minFreqHz, correction, consensus);
    }
}
