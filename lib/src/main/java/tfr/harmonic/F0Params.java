package tfr.harmonic;

import java.util.Locale;

/**
 * Settings of the {@link F0Estimator}.
 *
 * @param minHz              lowest fundamental considered, Hz (finite, &gt; 0)
 * @param maxHz              highest fundamental considered, Hz (finite, &gt; minHz)
 * @param threshold          harmonicity Q a frame needs to be voiced, in (0, 1] (Loris: 0.9)
 * @param hopSec             spacing of the analysis times t = i·hopSec, s (finite, &gt; 0)
 * @param minLevelDb         level a frame needs to be voiced: 10·log10(Σa²), dB re full scale (the
 *                           level of one sinusoid of the same power; −∞ disables the test)
 * @param octaveToleranceQ   how far below the best Q a higher-frequency peak of Q may lie and still be
 *                           preferred (the octave rule, {@link F0Estimator}), in [0, 1)
 * @param candidatePartials  how many of the loudest partials of a frame propose candidates f/m (≥ 1)
 */
public record F0Params(double minHz, double maxHz, double threshold, double hopSec, double minLevelDb,
                       double octaveToleranceQ, int candidatePartials) {
    /** Default lowest fundamental: 50 Hz. */
    public static final double DEFAULT_MIN_HZ = 50;
    /** Default highest fundamental: 2000 Hz. */
    public static final double DEFAULT_MAX_HZ = 2000;
    /** Loris' acceptance threshold, Q ≥ 0.9. */
    public static final double DEFAULT_THRESHOLD = 0.9;
    /** Default frame spacing: 10 ms. */
    public static final double DEFAULT_HOP_SEC = 0.01;
    /** Default level floor: −60 dB re full scale. */
    public static final double DEFAULT_MIN_LEVEL_DB = -60;
    /** Default octave tolerance: 0.05 (Loris accepts the next multiple within 5% of the best Q). */
    public static final double DEFAULT_OCTAVE_TOLERANCE_Q = 0.05;
    /** Default number of candidate-proposing partials: the 10 loudest. */
    public static final int DEFAULT_CANDIDATE_PARTIALS = 10;

    public F0Params {
        if (!(minHz > 0) || !Double.isFinite(minHz)) {
            throw new IllegalArgumentException("minHz must be finite and > 0, got " + minHz);
        }
        if (!(maxHz > minHz) || !Double.isFinite(maxHz)) {
            throw new IllegalArgumentException("maxHz must be finite and > minHz (" + minHz + "), got " + maxHz);
        }
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        if (!(hopSec > 0) || !Double.isFinite(hopSec)) {
            throw new IllegalArgumentException("hopSec must be finite and > 0, got " + hopSec);
        }
        if (Double.isNaN(minLevelDb) || minLevelDb == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("minLevelDb must be a number or -Infinity, got " + minLevelDb);
        }
        if (!(octaveToleranceQ >= 0 && octaveToleranceQ < 1)) {
            throw new IllegalArgumentException("octaveToleranceQ must be in [0, 1), got " + octaveToleranceQ);
        }
        if (candidatePartials < 1) {
            throw new IllegalArgumentException("candidatePartials must be >= 1, got " + candidatePartials);
        }
    }

    /** 50–2000 Hz, Q ≥ 0.9, every 10 ms, −60 dB, octave tolerance 0.05, 10 candidate partials. */
    public static F0Params defaults() {
        return new F0Params(DEFAULT_MIN_HZ, DEFAULT_MAX_HZ, DEFAULT_THRESHOLD, DEFAULT_HOP_SEC, DEFAULT_MIN_LEVEL_DB,
                DEFAULT_OCTAVE_TOLERANCE_Q, DEFAULT_CANDIDATE_PARTIALS);
    }

    /** These settings with the fundamental range [minHz, maxHz]. */
    public F0Params withRangeHz(double lo, double hi) {
        return new F0Params(lo, hi, threshold, hopSec, minLevelDb, octaveToleranceQ, candidatePartials);
    }

    public F0Params withThreshold(double q) {
        return new F0Params(minHz, maxHz, q, hopSec, minLevelDb, octaveToleranceQ, candidatePartials);
    }

    public F0Params withHopSec(double s) {
        return new F0Params(minHz, maxHz, threshold, s, minLevelDb, octaveToleranceQ, candidatePartials);
    }

    public F0Params withMinLevelDb(double db) {
        return new F0Params(minHz, maxHz, threshold, hopSec, db, octaveToleranceQ, candidatePartials);
    }

    public F0Params withOctaveToleranceQ(double q) {
        return new F0Params(minHz, maxHz, threshold, hopSec, minLevelDb, q, candidatePartials);
    }

    public F0Params withCandidatePartials(int n) {
        return new F0Params(minHz, maxHz, threshold, hopSec, minLevelDb, octaveToleranceQ, n);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "F0Params[%.6g..%.6g Hz, Q >= %.3g, hop %.4g ms, level >= %.4g dB,"
                        + " octave tolerance %.3g, %d candidate partials]",
                minHz, maxHz, threshold, hopSec * 1e3, minLevelDb, octaveToleranceQ, candidatePartials);
    }
}
