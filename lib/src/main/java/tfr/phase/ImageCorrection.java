package tfr.phase;

import tfr.reassign.ReassignedFrame;
import tfr.stft.FrameParams;
import tfr.window.CentredResponse;
import tfr.window.ChirpResponse;

/**
 * Removes a real cosine's own negative-frequency image from the cell that represents it.
 *
 * <h2>Why</h2>
 * A real cosine a·cos(ω₀s + φ) is the sum of (a/2)e^{±j(ω₀s + φ)}. Reassignment treats the cell at ω_k
 * as if only the positive half were there, but the negative half leaks in through the window's
 * sidelobe at distance ω₀ + ω_k and biases ω̂ by about (leak) × (distance): with Hann 2048 at
 * 44.1 kHz, 0.011 Hz at 220 Hz and 0.025 Hz at 110 Hz (windows with slow sidelobe decay, e.g. Hamming,
 * are off by a Hz at any frequency). The bias is deterministic, so it can be subtracted.
 *
 * <h2>How</h2>
 * With the first estimates of amplitude a, centre phase φ_t and frequency ω_t, the image's contribution
 * to the frame-centre-referenced X and X_dh at bin k is
 * <pre>
 *   X_img    = (a/2)·e^{−jφ_t}·Ŵ_h(ω_t + ω_k)
 *   X_dh,img = (a/2)·e^{−jφ_t}·Ŵ_dh(ω_t + ω_k)
 * </pre>
 * ({@link CentredResponse}; the chirp's effect on a far sidelobe is neglected). Subtracting them gives
 * ω̂ = ω_k − Im{X′_dh·X′*}/|X′|² and an image-free X′ from which amplitude and phase are re-read; two
 * passes converge (the correction is ~1e-4 of the peak). Real signal model only.
 */
public final class ImageCorrection {
    /** Passes of subtract-and-re-estimate. */
    public static final int PASSES = 2;

    private final FrameParams frames;
    private final CentredResponse response;
    private final ChirpResponse chirp;
    private final BreakpointEstimator estimator;
    private final double[] g = new double[2];
    private final double[] est = new double[4];

    public ImageCorrection(FrameParams frames, BreakpointEstimator estimator) {
        this.frames = frames;
        var aux = frames.auxiliaryWindows();
        this.response = aux.centredResponse();
        this.chirp = aux.chirpResponse();
        this.estimator = estimator;
    }

    /** Result slots of {@link #correct}: frequency (Hz) and the image-free X̃ at the bin. */
    public static final int FREQ_HZ = 0;
    public static final int X_RE = 1;
    public static final int X_IM = 2;

    /**
     * Image-free frequency and spectrum of cell k, and (in {@code breakpoint}) the breakpoint re-read
     * from them (slots of {@link BreakpointEstimator}).
     *
     * @param rateHzPerSec the chirp rate used for reading amplitude and phase
     */
    public void correct(ReassignedFrame f, int k, double rateHzPerSec, PhaseCorrection correction, double[] out,
                        double[] breakpoint) {
        double fs = frames.sampleRateHz();
        double omegaK = frames.binOmega(k);
        double xRe = f.spectrumRe(k);
        double xIm = f.spectrumIm(k);
        double dRe = f.dhSpectrumRe(k);
        double dIm = f.dhSpectrumIm(k);
        double tHat = f.timeSec(k);
        double freq = f.freqHz(k);
        double alpha = Double.isFinite(rateHzPerSec) ? rateHzPerSec * 2 * Math.PI / (fs * fs) : 0;
        double cRe = xRe;
        double cIm = xIm;
        estimator.estimate(f.frameTimeSec(), k, tHat, freq, xRe, xIm, rateHzPerSec, correction, est);
        for (int pass = 0; pass < PASSES; pass++) {
            double amp = est[BreakpointEstimator.AMP];
            double dt = (tHat - f.frameTimeSec()) * fs;
            double omegaT = 2 * Math.PI * freq / fs - alpha * dt;
            // φ_t from the current (image-free) X̃ at the bin
            chirp.g(omegaT - omegaK, alpha, g);
            double phiT = Math.atan2(cIm, cRe) - Math.atan2(g[1], g[0]);
            double nu = omegaT + omegaK;
            double wh = response.h(nu);
            double wdIm = response.dhIm(nu);
            double half = 0.5 * amp;
            double eRe = half * Math.cos(phiT); // (a/2)e^{−jφ_t}
            double eIm = -half * Math.sin(phiT);
            cRe = xRe - eRe * wh;
            cIm = xIm - eIm * wh;
            // (eRe + j eIm)·(j wdIm) = −eIm·wdIm + j·eRe·wdIm
            double cdRe = dRe + eIm * wdIm;
            double cdIm = dIm - eRe * wdIm;
            double p = cRe * cRe + cIm * cIm;
            double imDhX = (cdIm * cRe - cdRe * cIm) / p; // Im{X_dh·X*}/|X|²
            double omegaHat = omegaK - imDhX;
            freq = omegaHat * fs / (2 * Math.PI);
            estimator.estimate(f.frameTimeSec(), k, tHat, freq, cRe, cIm, rateHzPerSec, correction, est);
        }
        out[FREQ_HZ] = freq;
        out[X_RE] = cRe;
        out[X_IM] = cIm;
        System.arraycopy(est, 0, breakpoint, 0, 4);
    }

    @Override
    public String toString() {
        return "ImageCorrection[" + PASSES + " passes]";
    }
}
