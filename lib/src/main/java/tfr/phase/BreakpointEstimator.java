package tfr.phase;

import tfr.reassign.ReassignedFrame;
import tfr.stft.FrameParams;
import tfr.window.ChirpResponse;

/**
 * Reads a breakpoint — time, frequency, amplitude and cosine phase — off one reassigned spectrogram
 * cell (normally a ridge peak, see {@code tfr.peaks}).
 *
 * <h2>Formulas (Fitz &amp; Fulop 2009 §§4–6; the chirp term: {@link tfr.window.ChirpResponse})</h2>
 * With the cell's frame centre t, bin ω_k, reassigned t̂, ω̂, chirp-rate estimate α̂ (rad/sample²)
 * and the frame-centre-referenced STFT value X̃ = X̃(t, ω_k):
 * <pre>
 *   ω_t  = ω̂ − α̂·(t̂ − t)                  instantaneous frequency at the frame centre (on the chirp line)
 *   G    = G(ω_t − ω_k, α̂)                 the window's chirp transform
 *   a    = s·|X̃| / |G|                     s = 2 for a real signal (the cosine's two halves), 1 analytic
 *   φ_t  = arg X̃ − arg G
 *   φ(t̂) = φ_t + ω_t·(t̂ − t) + α̂·(t̂ − t)²/2
 * </pre>
 * The breakpoint is (t̂, ω̂, a, φ(t̂)). With α̂ = 0 this is the scalloping correction of the amplitude
 * and Loris' phase ("bin phase plus ω̂(t̂ − t)"). {@link PhaseCorrection} selects the step.
 *
 * <p>Pitfalls: X̃ must be referenced to the frame centre (not the FFT's first sample) — see
 * {@link ReassignedFrame#phaseRad}; a first-order frame has no α̂ and is treated as α̂ = 0; a
 * chirp rate beyond the table is summed directly (slow) — classify such cells away first.
 */
public final class BreakpointEstimator {
    private final FrameParams frames;
    private final ChirpResponse chirp;
    private final double sumH;
    private final double[] g = new double[2];

    /** An estimator for frames computed with {@code frames} (not thread-safe: one per thread). */
    public BreakpointEstimator(FrameParams frames) {
        this.frames = frames;
        var aux = frames.auxiliaryWindows();
        this.chirp = aux.chirpResponse();
        this.sumH = aux.sumH();
    }

    /** Result slots of {@link #estimate}. */
    public static final int TIME_SEC = 0;
    public static final int FREQ_HZ = 1;
    public static final int AMP = 2;
    public static final int PHASE_RAD = 3;

    /**
     * Estimates the breakpoint of cell k of {@code frame} into {@code out} ({@link #TIME_SEC},
     * {@link #FREQ_HZ}, {@link #AMP}, {@link #PHASE_RAD}). The cell must be valid.
     */
    public void estimate(ReassignedFrame frame, int k, PhaseCorrection correction, double[] out) {
        estimate(frame.frameTimeSec(), k, frame.timeSec(k), frame.freqHz(k), frame.spectrumRe(k), frame.spectrumIm(k),
                frame.chirpRateHzPerSec(k), correction, out);
    }

    /**
     * The same from a cell's values, with a chirp rate of the caller's choice — e.g. the slope of the
     * partial's track after tracking, which is free of the per-frame estimate's scatter (on a real
     * steady tone the negative-frequency image scatters α̂ by ~10 Hz/s, i.e. ~2e-3 rad of phase).
     *
     * @param frameTimeSec      the frame centre t, s
     * @param bin               the cell's bin k
     * @param tHatSec           t̂, s
     * @param freqHz            ω̂, Hz
     * @param xRe               Re X̃(t, ω_k), frame-centre reference (see {@link ReassignedFrame#spectrumRe})
     * @param xIm               Im X̃(t, ω_k)
     * @param chirpRateHzPerSec α, Hz/s (non-finite: 0); used by {@link PhaseCorrection#CHIRP} only
     */
    public void estimate(double frameTimeSec, int bin, double tHatSec, double freqHz, double xRe, double xIm,
                         double chirpRateHzPerSec, PhaseCorrection correction, double[] out) {
        double fs = frames.sampleRateHz();
        double t = frameTimeSec * fs;            // samples
        double tHat = tHatSec * fs;
        double omegaHat = 2 * Math.PI * freqHz / fs;
        double omegaK = frames.binOmega(bin);
        double alpha = 0;
        if (correction == PhaseCorrection.CHIRP) {
            double c = chirpRateHzPerSec * 2 * Math.PI / (fs * fs);
            alpha = Double.isFinite(c) ? c : 0;
        }
        double dt = tHat - t;
        double omegaT = omegaHat - alpha * dt;
        double absX = Math.hypot(xRe, xIm);
        double argX = Math.atan2(xIm, xRe);
        double amp;
        double phase;
        double nu = omegaT - omegaK;
        if (correction == PhaseCorrection.CHIRP) {
            chirp.g(nu, alpha, g);
            amp = frames.sinusoidScale() * absX / Math.hypot(g[0], g[1]);
            double phiT = argX - Math.atan2(g[1], g[0]);
            phase = phiT + omegaT * dt + 0.5 * alpha * dt * dt;
        } else {
            // scalloping only: |G(ν, 0)| = |W(ν)|, real and positive inside the main lobe
            chirp.g(nu, 0, g);
            double w = Math.hypot(g[0], g[1]);
            amp = frames.sinusoidScale() * absX / (w > 0 ? w : sumH);
            phase = correction == PhaseCorrection.REASSIGNED ? argX + omegaHat * dt : argX;
        }
        out[TIME_SEC] = tHatSec;
        out[FREQ_HZ] = freqHz;
        out[AMP] = amp;
        out[PHASE_RAD] = tfr.model.Breakpoint.wrap(phase);
    }

    @Override
    public String toString() {
        return "BreakpointEstimator[" + frames + "]";
    }
}
