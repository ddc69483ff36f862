package tfr.reassign;

import java.util.Arrays;
import tfr.stft.FrameParams;
import tfr.window.AuxiliaryWindows;
import tfr.window.WindowResponse;

/**
 * One frame of reassigned cells: for each bin k, the reassigned time and frequency, the magnitude,
 * the scalloping-corrected amplitude, and (second order) the convergence and chirp rate.
 *
 * <p>Frames handed to a {@link Reassigner.FrameSink} are reused buffers, valid only during the
 * call: {@link #copy()} what you keep. Invalid cells (below the floor, zero, non-finite) read NaN.
 */
public final class ReassignedFrame {
    private final FrameParams params;
    private final AuxiliaryWindows windows;
    int frameIndex;
    double frameTimeSec;
    final double[] power;
    final double[] timeSec;
    final double[] freqHz;
    final double[] convergence;
    final double[] chirpRateHzPerSec;
    final boolean[] valid;
    /** X_h of every bin as computed (interleaved re, im; phase referenced to the support's first sample). */
    final double[] spectrum;
    /** X_dh of every bin (interleaved, first-sample reference), for the image correction of real signals. */
    final double[] dhSpectrum;
    /** t_m − (the support's first sample), samples: rotates {@link #spectrum} to the frame-centre reference. */
    double windowShiftSamples;

    ReassignedFrame(FrameParams params, AuxiliaryWindows windows) {
        this.params = params;
        this.windows = windows;
        int bins = params.binCount();
        power = new double[bins];
        timeSec = new double[bins];
        freqHz = new double[bins];
        convergence = new double[bins];
        chirpRateHzPerSec = new double[bins];
        valid = new boolean[bins];
        spectrum = new double[2 * bins];
        dhSpectrum = new double[2 * bins];
    }

    /** A deep copy that outlives the callback. */
    public ReassignedFrame copy() {
        ReassignedFrame c = new ReassignedFrame(params, windows);
        c.frameIndex = frameIndex;
        c.frameTimeSec = frameTimeSec;
        System.arraycopy(power, 0, c.power, 0, power.length);
        System.arraycopy(timeSec, 0, c.timeSec, 0, timeSec.length);
        System.arraycopy(freqHz, 0, c.freqHz, 0, freqHz.length);
        System.arraycopy(convergence, 0, c.convergence, 0, convergence.length);
        System.arraycopy(chirpRateHzPerSec, 0, c.chirpRateHzPerSec, 0, chirpRateHzPerSec.length);
        System.arraycopy(valid, 0, c.valid, 0, valid.length);
        System.arraycopy(spectrum, 0, c.spectrum, 0, spectrum.length);
        System.arraycopy(dhSpectrum, 0, c.dhSpectrum, 0, dhSpectrum.length);
        c.windowShiftSamples = windowShiftSamples;
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
        return valid[k] ? Math.sqrt(power[k]) : Double.NaN;
    }

    /** magnitude²: the energy a spectrogram pixel receives. */
    public double power(int k) {
        return valid[k] ? power[k] : Double.NaN;
    }

    /**
     * The magnitude corrected for scalloping at the reassigned frequency:
     * {@code magnitude / (|W(ω_k − ω̂)|/W(0))} inside the main lobe, the magnitude outside it (a
     * sinusoid of amplitude A between bins reads A). Computed on demand.
     */
    public double amplitude(int k) {
        if (!valid[k]) {
            return Double.NaN;
        }
        double offset = 2 * Math.PI * (params.binFreqHz(k) - freqHz[k]) / params.sampleRateHz();
        WindowResponse response = windows.response(); // computed once per window, on first use
        double mag = Math.sqrt(power[k]);
        return Math.abs(offset) < response.firstNullRadPerSample() ? mag / response.gain(offset) : mag;
    }

    /**
     * The STFT phase of bin k measured from the frame's centre time t_m (the moving-window
     * reference, {@link tfr.stft.PhaseReference#WINDOW}): {@code arg X̃(t_m, ω_k)}, wrapped to (−π, π].
     * For a symmetric window and a stationary cosine {@code a·cos(ω₀s + φ₀)} this is the cosine's phase
     * at t_m, ω₀t_m + φ₀, in every bin of the main lobe (the window's transform is real there). Defined
     * for every bin (also below the floor); NaN only where X = 0.
     */
    public double phaseRad(int k) {
        double re = spectrum[2 * k];
        double im = spectrum[2 * k + 1];
        if (re == 0 && im == 0) {
            return Double.NaN;
        }
        double p = Math.atan2(im, re) + params.binOmega(k) * windowShiftSamples;
        return p - 2 * Math.PI * Math.floor((p + Math.PI) / (2 * Math.PI));
    }

    /** Re{X̃(t_m, ω_k)}, frame-centre phase reference, unscaled (the raw FFT sum). */
    public double spectrumRe(int k) {
        double a = params.binOmega(k) * windowShiftSamples;
        return spectrum[2 * k] * Math.cos(a) - spectrum[2 * k + 1] * Math.sin(a);
    }

    /** Im{X̃(t_m, ω_k)}, frame-centre phase reference, unscaled (the raw FFT sum). */
    public double spectrumIm(int k) {
        double a = params.binOmega(k) * windowShiftSamples;
        return spectrum[2 * k] * Math.sin(a) + spectrum[2 * k + 1] * Math.cos(a);
    }

    /** Re{X̃_dh(t_m, ω_k)}: the derivative window's STFT, frame-centre phase reference, unscaled. */
    public double dhSpectrumRe(int k) {
        double a = params.binOmega(k) * windowShiftSamples;
        return dhSpectrum[2 * k] * Math.cos(a) - dhSpectrum[2 * k + 1] * Math.sin(a);
    }

    /** Im{X̃_dh(t_m, ω_k)}, frame-centre phase reference, unscaled. */
    public double dhSpectrumIm(int k) {
        double a = params.binOmega(k) * windowShiftSamples;
        return dhSpectrum[2 * k] * Math.sin(a) + dhSpectrum[2 * k + 1] * Math.cos(a);
    }

    /** The window and auxiliary windows this frame was computed with. */
    public AuxiliaryWindows windows() {
        return windows;
    }

    /** Reassigned time t̂, s. */
    public double timeSec(int k) {
        return valid[k] ? timeSec[k] : Double.NaN;
    }

    /** Reassigned frequency ω̂, Hz. */
    public double freqHz(int k) {
        return valid[k] ? freqHz[k] : Double.NaN;
    }

    /**
     * Convergence M = |1 + ∂²φ/∂t∂ω| = |∂ω̂/∂ω|: 0 for a sinusoid, 1 for an impulse, in between for a
     * chirp (NaN at first order).
     */
    public double convergence(int k) {
        return valid[k] ? convergence[k] : Double.NaN;
    }

    /**
     * Chirp-rate estimate α̂ = −φ_tt/φ_tω in Hz/s (NaN at first order). Undefined for an impulse,
     * where φ_tt and φ_tω both vanish: there it reads NaN, ±∞ or an arbitrary value — use the
     * convergence to recognise impulses first.
     */
    public double chirpRateHzPerSec(int k) {
        return valid[k] ? chirpRateHzPerSec[k] : Double.NaN;
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

    /**
     * Adds every valid cell's power to the grid: {@link Placement#REASSIGNED} as a point at (t̂, ω̂);
     * {@link Placement#NOMINAL} as a box one hop wide and one bin high around the cell's own
     * coordinates, shared among the pixels it covers (so the ordinary spectrogram has no gaps).
     */
    public void addTo(TfGrid grid, Placement placement) {
        if (placement == Placement.REASSIGNED) {
            grid.addFrame(timeSec, freqHz, power, valid);
        } else {
            grid.addFrameBoxes(frameTimeSec, params.hopSec(), params.binSpacingHz(), power, valid);
        }
    }

    @Override
    public String toString() {
        return "ReassignedFrame[frame " + frameIndex + " at " + frameTimeSec + " s, " + valid.length + " bins, "
                + validCount() + " valid]";
    }

    void invalidate(int k) {
        valid[k] = false;
    }

    void clear() {
        Arrays.fill(valid, false);
    }
}
