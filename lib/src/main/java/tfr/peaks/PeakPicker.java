package tfr.peaks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tfr.consensus.CellClass;
import tfr.consensus.Classifier;
import tfr.phase.BreakpointEstimator;
import tfr.reassign.ReassignedFrame;
import tfr.stft.FrameParams;

/**
 * Picks one peak per reassignment ridge of a frame (Fitz &amp; Haken; Loris' ReassignedSpectrum).
 *
 * <h2>Ridge</h2>
 * Energy converges where the reassigned frequency crosses the bin centres downwards:
 * {@code ω̂_j ≥ ω_j} and {@code ω̂_{j+1} < ω_{j+1}} — every main-lobe bin of a sinusoid reassigns to its
 * frequency, so exactly one such pair brackets it, whatever the window. The louder bin of the pair,
 * r, represents the ridge. (An upward crossing is a valley between components.)
 *
 * <h2>Then</h2>
 * crop, classification and consensus ({@link Classifier}); amplitude and phase at the reassigned
 * point ({@link BreakpointEstimator}: scalloping removed, chirp term included — Loris reads the raw
 * bin, 0.02–0.09 dB low); amplitude and frequency floors; thinning, loudest first: no peak within
 * ±resolution of a louder kept one.
 *
 * <p>Not thread-safe (one per worker).
 */
public final class PeakPicker {
    private final FrameParams frames;
    private final PeakParams params;
    private final Classifier classifier;
    private final BreakpointEstimator estimator;
    private final double[] est = new double[4];
    private final double ampFloor;
    private final tfr.phase.ImageCorrection image;
    private final double[] img = new double[3];

    public PeakPicker(FrameParams frames, PeakParams params) {
        if (frames == null || params == null) {
            throw new IllegalArgumentException("frames and params must not be null");
        }
        this.frames = frames;
        this.params = params;
        this.classifier = new Classifier(frames, params.consensus());
        this.estimator = new BreakpointEstimator(frames);
        this.ampFloor = params.ampFloor();
        this.image = frames.signal() == tfr.stft.SignalModel.REAL ? new tfr.phase.ImageCorrection(frames, estimator) : null;
    }

    public PeakParams params() {
        return params;
    }

    /** The kept peaks of one frame, by increasing frequency. */
    public List<Peak> pick(ReassignedFrame f) {
        return pick(f, null);
    }

    /**
     * As {@link #pick(ReassignedFrame)}; ridges rejected by class, floor or thinning (but above the
     * floor and valid) are added to {@code rejected} if it is not null (bandwidth association uses them).
     */
    public List<Peak> pick(ReassignedFrame f, List<Peak> rejected) {
        int bins = f.binCount();
        double nyquist = frames.sampleRateHz() / 2;
        List<Peak> candidates = new ArrayList<>();
        for (int j = 0; j + 1 < bins; j++) {
            if (!f.valid(j) || !f.valid(j + 1)) {
                continue;
            }
            if (!(f.freqHz(j) >= f.binFreqHz(j) && f.freqHz(j + 1) < f.binFreqHz(j + 1))) {
                continue;
            }
            int r = f.power(j + 1) > f.power(j) ? j + 1 : j;
            double freq = f.freqHz(r);
            if (!(freq >= params.minFreqHz() && freq < nyquist)) {
                continue;
            }
            // cheap tests first, on the raw magnitude (the corrected amplitude of a sinusoid is at most
            // the window's scalloping loss above it; dividing by the response of a ridge far from its
            // bin — noise — would blow its amplitude up, which bandwidth association then spreads)
            double roughAmp = f.magnitude(r);
            if (!(roughAmp >= 0.1 * ampFloor)) { // 20 dB of margin: more than any window's scalloping
                continue;
            }
            CellClass cls = classifier.classifyRidge(f, j, r);
            double rate = f.chirpRateHzPerSec(r);
            if (!cls.isSinusoidal()) {
                if (rejected != null && roughAmp >= ampFloor) {
                    rejected.add(new Peak(f.frameIndex(), r, f.timeSec(r), freq, roughAmp, finiteOr0(f.phaseRad(r)), 0,
                            f.convergence(r), cls, f.frameTimeSec(), f.spectrumRe(r), f.spectrumIm(r), 0.0));
                }
                continue;
            }
            double xRe = f.spectrumRe(r);
            double xIm = f.spectrumIm(r);
            if (image != null) {
                image.correct(f, r, rate, params.correction(), img, est);
                xRe = img[tfr.phase.ImageCorrection.X_RE];
                xIm = img[tfr.phase.ImageCorrection.X_IM];
            } else {
                estimator.estimate(f, r, params.correction(), est);
            }
            double amp = est[BreakpointEstimator.AMP];
            double fHat = est[BreakpointEstimator.FREQ_HZ];
            if (!Double.isFinite(fHat) || !Double.isFinite(amp) || !Double.isFinite(xRe) || !Double.isFinite(xIm)) {
                continue;
            }
            Peak p = new Peak(f.frameIndex(), r, est[BreakpointEstimator.TIME_SEC], fHat, amp,
                    finiteOr0(est[BreakpointEstimator.PHASE_RAD]), Double.isFinite(rate) ? rate : 0, f.convergence(r), cls,
                    f.frameTimeSec(), xRe, xIm, 0.0);
            if (!(amp >= ampFloor)) {
                continue;
            }
            candidates.add(p);
        }
        // thinning, loudest first
        candidates.sort(Comparator.comparingDouble(Peak::amp).reversed());
        List<Peak> kept = new ArrayList<>();
        double res = params.resolutionHz();
        for (Peak p : candidates) {
            boolean clear = true;
            for (Peak q : kept) {
                if (Math.abs(q.freqHz() - p.freqHz()) < res) {
                    clear = false;
                    break;
                }
            }
            if (clear) {
                kept.add(p);
            } else if (rejected != null) {
                rejected.add(p);
            }
        }
        kept.sort(Comparator.comparingDouble(Peak::freqHz));
        return kept;
    }

    private static double finiteOr0(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    @Override
    public String toString() {
        return "PeakPicker[" + params + "]";
    }
}
