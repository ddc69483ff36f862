package tfr.consensus;

/**
 * Pruning and consensus settings.
 *
 * @param cropSec                 largest |t̂ − t| kept, s (Loris: one hop); energy reassigned farther
 *                                than that came from outside the frame's reliable span
 * @param maxChirpRateHzPerSec    largest |α̂| a partial may have (beyond: impulse)
 * @param convergenceTolerance    how far M may exceed the convergence a chirp of rate α̂ produces
 *                                ({@link tfr.window.ChirpResponse#convergence}) before the cell counts as an impulse
 * @param sinusoidChirpRateHzPerSec |α̂| below which a sinusoidal cell is called SINUSOID rather than CHIRP
 * @param neighbourToleranceBins  consensus: neighbouring bins must reassign within this many bins of the
 *                                line through the cell with slope α̂
 * @param minNeighbours           consensus: how many of the 4 bins around a ridge (the crossing pair and
 *                                one on each side) must agree, 1..4
 */
public record ConsensusParams(double cropSec, double maxChirpRateHzPerSec, double convergenceTolerance,
                              double sinusoidChirpRateHzPerSec, double neighbourToleranceBins, int minNeighbours) {
    public ConsensusParams {
        positive(cropSec, "cropSec");
        positive(maxChirpRateHzPerSec, "maxChirpRateHzPerSec");
        if (!(convergenceTolerance >= 0 && convergenceTolerance <= 1)) {
            throw new IllegalArgumentException("convergenceTolerance must be in [0, 1], got " + convergenceTolerance);
        }
        if (!(sinusoidChirpRateHzPerSec >= 0) || !Double.isFinite(sinusoidChirpRateHzPerSec)) {
            throw new IllegalArgumentException("sinusoidChirpRateHzPerSec must be finite and >= 0, got " + sinusoidChirpRateHzPerSec);
        }
        positive(neighbourToleranceBins, "neighbourToleranceBins");
        if (minNeighbours < 1 || minNeighbours > 4) {
            throw new IllegalArgumentException("minNeighbours must be in 1..4, got " + minNeighbours);
        }
    }

    private static void positive(double v, String name) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + v);
        }
    }

    /**
     * Defaults for a hop of {@code hopSec}: crop one hop, chirps up to 20 kHz/s, M tolerance 0.35,
     * SINUSOID below 50 Hz/s, consensus within 0.35 bin by 3 of 4 bins. Tuned on the project's signals
     * (Hann 2048, 44.1 kHz): a 220 Hz tone with 8 harmonics and ±50 cent vibrato keeps 8 partials and
     * 36 dB (at 0.2 bin the vibrato's turning points — curved frequency, neighbours off the line by Hz —
     * break it into 45 partials, 21 dB); the demo sound 23.6 dB (30.0 dB since crossings are bridged and onsets found); the price is ~230 partials per second
     * of white noise at −20 dB FS (0.1 bin: none). An impulse (M ≈ 1) with any |α̂| below ~2 kHz/s
     * exceeds M_chirp(α̂) + 0.35.
     */
    public static ConsensusParams defaults(double hopSec) {
        return new ConsensusParams(hopSec, 20_000, 0.35, 50, 0.35, 3);
    }

    public ConsensusParams withCropSec(double v) {
        return new ConsensusParams(v, maxChirpRateHzPerSec, convergenceTolerance, sinusoidChirpRateHzPerSec, neighbourToleranceBins, minNeighbours);
    }

    public ConsensusParams withMaxChirpRateHzPerSec(double v) {
        return new ConsensusParams(cropSec, v, convergenceTolerance, sinusoidChirpRateHzPerSec, neighbourToleranceBins, minNeighbours);
    }

    public ConsensusParams withConvergenceTolerance(double v) {
        return new ConsensusParams(cropSec, maxChirpRateHzPerSec, v, sinusoidChirpRateHzPerSec, neighbourToleranceBins, minNeighbours);
    }

    public ConsensusParams withNeighbourToleranceBins(double v) {
        return new ConsensusParams(cropSec, maxChirpRateHzPerSec, convergenceTolerance, sinusoidChirpRateHzPerSec, v, minNeighbours);
    }

    public ConsensusParams withMinNeighbours(int v) {
        return new ConsensusParams(cropSec, maxChirpRateHzPerSec, convergenceTolerance, sinusoidChirpRateHzPerSec, neighbourToleranceBins, v);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "ConsensusParams[crop %.4g s, |α| <= %.4g Hz/s, M tol %.3g, sinusoid |α| < %.3g Hz/s, consensus %.3g bin by %d of 4]",
                cropSec, maxChirpRateHzPerSec, convergenceTolerance, sinusoidChirpRateHzPerSec, neighbourToleranceBins, minNeighbours);
    }
}
