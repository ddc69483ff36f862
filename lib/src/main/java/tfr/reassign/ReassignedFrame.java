package tfr.reassign;

import java.util.Arrays;
import tfr.stft.FrameParams;

/**
 * One frame of reassigned cells: for each bin k, the reassigned time and frequency, the magnitude,
 * the scalloping-corrected amplitude, and (second order) the convergence and chirp rate.
 *
 * <p>Frames handed to a {@link Reassigner.FrameSink} are reused buffers, valid only during the
 * call: {@link #copy()} what you keep. Invalid cells (below the floor, zero, non-finite) hold NaN.
 */
public final class ReassignedFrame {
    private final FrameParams params;
    int frameIndex;
    double frameTimeSec;
    final double[] magnitude;
    final double[] amplitude;
    final double[] timeSec;
    final double[] freqHz;
    final double[] convergence;
    final double[] chirpRateHzPerSec;
    final boolean[] valid;

    ReassignedFrame(FrameParams params) {
        this.params = params;
        int bins = params.binCount();
        magnitude = new double[bins];
        amplitude = new double[bins];
        timeSec = new double[bins];
        freqHz = new double[bins];
        convergence = new double[bins];
        chirpRateHzPerSec = new double[bins];
        valid = new boolean[bins];
    }

    /** A deep copy that outlives the callback. */
    public ReassignedFrame copy() {
        ReassignedFrame c = new ReassignedFrame(params);
        c.frameIndex = frameIndex;
        c.frameTimeSec = frameTimeSec;
        System.arraycopy(magnitude, 0, c.magnitude, 0, magnitude.length);
        System.arraycopy(amplitude, 0, c.amplitude, 0, amplitude.length);
        System.arraycopy(timeSec, 0, c.timeSec, 0, timeSec.length);
        System.arraycopy(freqHz, 0, c.freqHz, 0, freqHz.length);
        System.arraycopy(convergence, 0, c.convergence, 0, convergence.length);
        System.arraycopy(chirpRateHzPerSec, 0, c.chirpRateHzPerSec, 0, chirpRateHzPerSec.length);
        System.arraycopy(valid, 0, c.valid, 0, valid.length);
        return c;
    }

    /** The framing this frame was computed with. */
    public FrameParams params() {
        return params;
    }

    /** Frame index m. */
    public int frameIndex() {
        return frameIndex;
    }

    /** The frame's nominal time t_m, s. */
    public double frameTimeSec() {
        return frameTimeSec;
    }

    /** Number of bins, M/2 + 1. */
    public int binCount() {
        return valid.length;
    }

    /** Bin k's nominal frequency, Hz. */
    public double binFreqHz(int k) {
        return params.binFreqHz(k);
    }

    /** Whether cell k passed the floor and gave finite coordinates. */
    public boolean valid(int k) {
        return valid[k];
    }

    /** 2|X|/Σh: the spectrogram magnitude on the sinusoid scale (a sinusoid of amplitude A reads A at an on-bin peak). */
    public double magnitude(int k) {
        return magnitude[k];
    }

    /** magnitude²: the energy a spectrogram pixel receives. */
    public double power(int k) {
        return magnitude[k] * magnitude[k];
    }

    /** 2|X|/|W(ω_k − ω̂)|: the magnitude corrected for scalloping at the reassigned frequency (inside the main lobe). */
    public double amplitude(int k) {
        return amplitude[k];
    }

    /** Reassigned time t̂, s. */
    public double timeSec(int k) {
        return timeSec[k];
    }

    /** Reassigned frequency ω̂, Hz. */
    public double freqHz(int k) {
        return freqHz[k];
    }

    /**
     * Convergence M = |1 + ∂²φ/∂t∂ω| = |∂ω̂/∂ω|: 0 for a sinusoid, 1 for an impulse, in between for a
     * chirp (NaN at first order).
     */
    public double convergence(int k) {
        return convergence[k];
    }

    /** Chirp-rate estimate α̂ = −φ_tt/φ_tω in Hz/s (±∞ for an impulse; NaN at first order). */
    public double chirpRateHzPerSec(int k) {
        return chirpRateHzPerSec[k];
    }

    /** Number of valid cells. */
    public int validCount() {
        int n = 0;
        for (boolean v : valid) {
            if (v) {
                n++;
            }
        }
        return n;
    }

    /** Adds every valid cell's power to the grid at its nominal or reassigned coordinates. */
    public void addTo(TfGrid grid, Placement placement) {
        int bins = valid.length;
        if (placement == Placement.REASSIGNED) {
            for (int k = 0; k < bins; k++) {
                if (valid[k]) {
                    grid.add(timeSec[k], freqHz[k], magnitude[k] * magnitude[k]);
                }
            }
        } else {
            double bin = params.binSpacingHz();
            for (int k = 0; k < bins; k++) {
                if (valid[k]) {
                    grid.add(frameTimeSec, k * bin, magnitude[k] * magnitude[k]);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "ReassignedFrame[frame " + frameIndex + " at " + frameTimeSec + " s, " + valid.length + " bins, "
                + validCount() + " valid]";
    }

    void invalidate(int k) {
        valid[k] = false;
        magnitude[k] = Double.NaN;
        amplitude[k] = Double.NaN;
        timeSec[k] = Double.NaN;
        freqHz[k] = Double.NaN;
        convergence[k] = Double.NaN;
        chirpRateHzPerSec[k] = Double.NaN;
    }

    void clear() {
        Arrays.fill(valid, false);
    }
}
