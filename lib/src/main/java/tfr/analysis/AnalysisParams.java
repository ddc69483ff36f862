package tfr.analysis;

import tfr.reassign.ReassignOrder;
import tfr.reassign.ReassignParams;
import tfr.stft.EdgePolicy;
import tfr.stft.FrameParams;
import tfr.stft.SignalModel;
import tfr.window.DerivativeMethod;
import tfr.window.Symmetry;
import tfr.window.WindowKind;
import tfr.window.WindowSpec;

/**
 * Every analysis parameter in one record: the single source the {@link Analyzer}, the command line
 * and the notebooks build their stages from. Sample counts, not seconds, so that a result can be
 * reproduced bit for bit; the sample rate comes with the signal.
 *
 * @param window         window family
 * @param windowSamples  window length N
 * @param hopSamples     frame advance
 * @param fftSize        FFT size M ≥ N; 0 chooses the next power of two ≥ N
 * @param kaiserBeta     Kaiser shape β (used by {@link WindowKind#KAISER})
 * @param gaussianSigmaFraction Gaussian σ as a fraction of N (used by {@link WindowKind#GAUSSIAN})
 * @param symmetry       symmetric or periodic window
 * @param derivative     how h′ and h″ are built
 * @param edges          frame placement at the signal's ends
 * @param signal         real signal or its analytic signal
 * @param order          first-order (t̂, ω̂) or second-order (plus convergence and chirp rate)
 * @param floorDb        amplitude floor, dB re full scale on the sinusoid scale
 */
public record AnalysisParams(WindowKind window, int windowSamples, int hopSamples, int fftSize, double kaiserBeta,
                             double gaussianSigmaFraction, Symmetry symmetry, DerivativeMethod derivative,
                             EdgePolicy edges, SignalModel signal, ReassignOrder order, double floorDb) {
    /** Default window length: 2048 samples (46 ms at 44.1 kHz; 4 bins of Hann main lobe = 86 Hz). */
    public static final int DEFAULT_WINDOW_SAMPLES = 2048;
    /** Default hop: a quarter window. */
    public static final int DEFAULT_HOP_SAMPLES = 512;
    /** Default floor: −90 dB re full scale (Loris' amplitude floor). */
    public static final double DEFAULT_FLOOR_DB = -90;

    public AnalysisParams {
        if (window == null || symmetry == null || derivative == null || edges == null || signal == null || order == null) {
            throw new IllegalArgumentException("analysis parameters must not be null");
        }
        if (windowSamples < WindowSpec.MIN_LENGTH) {
            throw new IllegalArgumentException("windowSamples must be >= " + WindowSpec.MIN_LENGTH + ", got " + windowSamples);
        }
        if (hopSamples < 1) {
            throw new IllegalArgumentException("hopSamples must be >= 1, got " + hopSamples);
        }
        if (fftSize != 0 && fftSize < windowSamples) {
            throw new IllegalArgumentException("fftSize (" + fftSize + ") must be >= windowSamples (" + windowSamples + "), or 0 for automatic");
        }
        if (fftSize < 0) {
            throw new IllegalArgumentException("fftSize must be >= 0, got " + fftSize);
        }
        if (!(gaussianSigmaFraction > 0) || !Double.isFinite(gaussianSigmaFraction)) {
            throw new IllegalArgumentException("gaussianSigmaFraction must be finite and > 0, got " + gaussianSigmaFraction);
        }
        if (Double.isNaN(floorDb) || floorDb == Double.POSITIVE_INFINITY || floorDb > 100) {
            throw new IllegalArgumentException("floorDb must be a number <= 100 dB (or -Infinity), got " + floorDb);
        }
        spec(window, windowSamples, symmetry, kaiserBeta, gaussianSigmaFraction); // the window checks its own shape
    }

    /** Hann 2048, hop 512, automatic FFT size, analytic derivatives, centred frames, real signal, second order, −90 dB. */
    public static AnalysisParams defaults() {
        return new AnalysisParams(WindowKind.HANN, DEFAULT_WINDOW_SAMPLES, DEFAULT_HOP_SAMPLES, 0,
                WindowSpec.DEFAULT_KAISER_BETA, WindowSpec.DEFAULT_GAUSSIAN_SIGMA_FRACTION, Symmetry.SYMMETRIC,
                DerivativeMethod.ANALYTIC, EdgePolicy.CENTRED, SignalModel.REAL, ReassignOrder.SECOND, DEFAULT_FLOOR_DB);
    }

    /**
     * {@link #defaults()} with the window and hop scaled to keep their duration at any rate: N is the
     * power of two nearest (in log) to 2048·fs/44100 (46 ms; 1024 at 22.05 kHz, 2048 at 48 kHz, 512 at
     * 11.025 kHz), hop N/4. A 2048-sample window at 22.05 kHz lasts 93 ms — too long for speech, whose
     * harmonics then stop looking like linear chirps and are rejected (espeak speech: 1 dB resynthesis
     * SNR at 2048/512 against 6 dB at 1024/256).
     */
    public static AnalysisParams defaultsFor(double sampleRateHz) {
        if (!(sampleRateHz > 0) || !Double.isFinite(sampleRateHz)) {
            throw new IllegalArgumentException("sampleRateHz must be finite and > 0, got " + sampleRateHz);
        }
        double ideal = DEFAULT_WINDOW_SAMPLES * sampleRateHz / 44_100.0;
        int n = 1 << (int) Math.max(6, Math.min(16, Math.round(Math.log(ideal) / Math.log(2))));
        return defaults().withWindowSamples(n).withHopSamples(n / 4);
    }

    /**
     * Loris' Analyzer(R, W) framing (Fitz &amp; Haken; THEORY.md), so Loris users' settings port: a Kaiser
     * window with 90 dB sidelobes (β = 0.12438·(90 + 6.3)) whose main lobe is W Hz wide, i.e.
     * N = 1 + 2·round(√(π² + β²)·fs/(π·W)) samples (odd), hop 1/W s, FFT the next power of two ≥ N
     * (Loris doubles it; zero padding does not change reassigned estimates), second order, −90 dB.
     * Pair with {@link ModelParams#loris(double)} for the resolution, drift and floors.
     *
     * @param resolutionHz  R: the closest partials to separate (checked here only for sanity: W is what sets the window)
     * @param windowWidthHz W: the main-lobe width; Loris' default is 2R
     * @param sampleRateHz  the signal's rate
     */
    public static AnalysisParams loris(double resolutionHz, double windowWidthHz, double sampleRateHz) {
        if (!(resolutionHz > 0) || !Double.isFinite(resolutionHz)) {
            throw new IllegalArgumentException("resolutionHz must be finite and > 0, got " + resolutionHz);
        }
        if (!(windowWidthHz > 0) || !Double.isFinite(windowWidthHz)) {
            throw new IllegalArgumentException("windowWidthHz must be finite and > 0, got " + windowWidthHz);
        }
        if (!(sampleRateHz > 0) || !Double.isFinite(sampleRateHz)) {
            throw new IllegalArgumentException("sampleRateHz must be finite and > 0, got " + sampleRateHz);
        }
        double beta = WindowSpec.kaiserBetaForSidelobeDb(90);
        double half = Math.sqrt(Math.PI * Math.PI + beta * beta) * sampleRateHz / (Math.PI * windowWidthHz);
        if (!(half < (1 << 23))) {
            throw new IllegalArgumentException("windowWidthHz " + windowWidthHz + " Hz gives a window longer than 2^24 samples at "
                    + sampleRateHz + " Hz");
        }
        int n = 1 + 2 * (int) Math.round(half);
        int hop = Math.max(1, (int) Math.round(sampleRateHz / windowWidthHz));
        return defaults().withWindow(WindowKind.KAISER).withKaiserBeta(beta).withWindowSamples(n).withHopSamples(hop)
                .withFftSize(0);
    }

    private static WindowSpec spec(WindowKind kind, int n, Symmetry sym, double beta, double sigmaFraction) {
        double shape = switch (kind) {
            case KAISER -> beta;
            case GAUSSIAN -> sigmaFraction * n;
            default -> Double.NaN;
        };
        return new WindowSpec(kind, n, sym, shape);
    }

    /** The window specification. */
    public WindowSpec windowSpec() {
        return spec(window, windowSamples, symmetry, kaiserBeta, gaussianSigmaFraction);
    }

    /** The FFT size in use (resolving 0 to the next power of two ≥ N). */
    public int effectiveFftSize() {
        return fftSize == 0 ? FrameParams.nextPowerOfTwo(windowSamples) : fftSize;
    }

    /** Framing for a signal at {@code sampleRateHz}. */
    public FrameParams frameParams(double sampleRateHz) {
        return new FrameParams(windowSpec(), derivative, hopSamples, effectiveFftSize(), edges, sampleRateHz, signal);
    }

    /** Reassignment parameters for a signal at {@code sampleRateHz}. */
    public ReassignParams reassignParams(double sampleRateHz) {
        return new ReassignParams(frameParams(sampleRateHz), order, floorDb);
    }

    public AnalysisParams withWindow(WindowKind w) {
        return new AnalysisParams(w, windowSamples, hopSamples, fftSize, kaiserBeta, gaussianSigmaFraction, symmetry, derivative, edges, signal, order, floorDb);
    }

    public AnalysisParams withWindowSamples(int n) {
        return new AnalysisParams(window, n, hopSamples, fftSize, kaiserBeta, gaussianSigmaFraction, symmetry, derivative, edges, signal, order, floorDb);
    }

    public AnalysisParams withHopSamples(int h) {
        return new AnalysisParams(window, windowSamples, h, fftSize, kaiserBeta, gaussianSigmaFraction, symmetry, derivative, edges, signal, order, floorDb);
    }

    public AnalysisParams withFftSize(int m) {
        return new AnalysisParams(window, windowSamples, hopSamples, m, kaiserBeta, gaussianSigmaFraction, symmetry, derivative, edges, signal, order, floorDb);
    }

    public AnalysisParams withKaiserBeta(double b) {
        return new AnalysisParams(window, windowSamples, hopSamples, fftSize, b, gaussianSigmaFraction, symmetry, derivative, edges, signal, order, floorDb);
    }

    public AnalysisParams withGaussianSigmaFraction(double s) {
        return new AnalysisParams(window, windowSamples, hopSamples, fftSize, kaiserBeta, s, symmetry, derivative, edges, signal, order, floorDb);
    }

    public AnalysisParams withSymmetry(Symmetry s) {
        return new AnalysisParams(window, windowSamples, hopSamples, fftSize, kaiserBeta, gaussianSigmaFraction, s, derivative, edges, signal, order, floorDb);
    }

    public AnalysisParams withDerivative(DerivativeMethod d) {
        return new AnalysisParams(window, windowSamples, hopSamples, fftSize, kaiserBeta, gaussianSigmaFraction, symmetry, d, edges, signal, order, floorDb);
    }

    public AnalysisParams withEdges(EdgePolicy e) {
        return new AnalysisParams(window, windowSamples, hopSamples, fftSize, kaiserBeta, gaussianSigmaFraction, symmetry, derivative, e, signal, order, floorDb);
    }

    public AnalysisParams withSignal(SignalModel s) {
        return new AnalysisParams(window, windowSamples, hopSamples, fftSize, kaiserBeta, gaussianSigmaFraction, symmetry, derivative, edges, s, order, floorDb);
    }

    public AnalysisParams withOrder(ReassignOrder o) {
        return new AnalysisParams(window, windowSamples, hopSamples, fftSize, kaiserBeta, gaussianSigmaFraction, symmetry, derivative, edges, signal, o, floorDb);
    }

    public AnalysisParams withFloorDb(double db) {
        return new AnalysisParams(window, windowSamples, hopSamples, fftSize, kaiserBeta, gaussianSigmaFraction, symmetry, derivative, edges, signal, order, db);
    }

    @Override
    public String toString() {
        return "AnalysisParams[" + windowSpec() + ", hop " + hopSamples + " samples, FFT " + effectiveFftSize()
                + ", " + derivative.name().toLowerCase() + " derivatives, " + edges.name().toLowerCase() + " frames, "
                + signal.name().toLowerCase() + " signal, " + order.name().toLowerCase() + " order, floor " + floorDb + " dB]";
    }
}
