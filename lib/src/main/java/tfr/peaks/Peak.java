package tfr.peaks;

import tfr.consensus.CellClass;

/**
 * A spectral peak of one frame, ready to become a breakpoint: the reassigned coordinates and the
 * amplitude and phase read there (see {@link tfr.phase.BreakpointEstimator}).
 *
 * @param frameIndex        frame m
 * @param bin               the ridge's representative bin
 * @param timeSec           reassigned time t̂, s
 * @param freqHz            reassigned frequency ω̂, Hz
 * @param amp               linear amplitude on the signal's full scale
 * @param phaseRad          cosine phase at t̂, rad
 * @param chirpRateHzPerSec chirp-rate estimate, Hz/s (0 at first order)
 * @param convergence       M (NaN at first order)
 * @param cellClass         classification of the ridge
 * @param frameTimeSec      the frame centre t, s
 * @param spectrumRe        Re X̃(t, ω_bin), frame-centre reference (kept so that amplitude and phase can be
 *                          re-read with a better chirp rate after tracking)
 * @param spectrumIm        Im X̃(t, ω_bin)
 * @param bandwidth         noise fraction 0..1 (0 unless bandwidth association ran, see {@link BandwidthAssociation})
 */
public record Peak(int frameIndex, int bin, double timeSec, double freqHz, double amp, double phaseRad,
                   double chirpRateHzPerSec, double convergence, CellClass cellClass, double frameTimeSec,
                   double spectrumRe, double spectrumIm, double bandwidth) {
    public Peak {
        if (!(bandwidth >= 0 && bandwidth <= 1)) {
            throw new IllegalArgumentException("peak bandwidth must be in [0, 1], got " + bandwidth);
        }
        if (!Double.isFinite(timeSec) || !Double.isFinite(freqHz) || !(amp >= 0) || !Double.isFinite(phaseRad)
                || !Double.isFinite(chirpRateHzPerSec)) {
            throw new IllegalArgumentException("peak values must be finite (amp >= 0): t " + timeSec + " f " + freqHz
                    + " amp " + amp + " phase " + phaseRad + " rate " + chirpRateHzPerSec);
        }
    }

    /** This peak with another amplitude, phase and chirp rate (after re-estimation). */
    public Peak withEstimate(double newAmp, double newPhaseRad, double newChirpRateHzPerSec) {
        return new Peak(frameIndex, bin, timeSec, freqHz, newAmp, newPhaseRad, newChirpRateHzPerSec, convergence, cellClass,
                frameTimeSec, spectrumRe, spectrumIm, bandwidth);
    }

    /** This peak with a bandwidth and the amplitude that carries the sinusoid's and the noise's energy. */
    public Peak withBandwidth(double newAmp, double newBandwidth) {
        return new Peak(frameIndex, bin, timeSec, freqHz, newAmp, phaseRad, chirpRateHzPerSec, convergence, cellClass,
                frameTimeSec, spectrumRe, spectrumIm, newBandwidth);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Peak[frame %d bin %d, %.5f s, %.3f Hz, amp %.4g, phase %.3f, %.4g Hz/s, %s]",
                frameIndex, bin, timeSec, freqHz, amp, phaseRad, chirpRateHzPerSec, cellClass);
    }
}
