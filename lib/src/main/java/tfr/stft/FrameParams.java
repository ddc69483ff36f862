package tfr.stft;

import tfr.window.AuxiliaryWindows;
import tfr.window.DerivativeMethod;
import tfr.window.WindowSpec;

/**
 * How a signal is cut into frames and transformed: window, derivative method, hop, FFT size, edge
 * policy and sample rate. Travels with every STFT and reassignment result, so each number in a
 * result can be traced back to a time and a frequency.
 *
 * <h2>Frame geometry (the convention every result follows)</h2>
 * With c the window's centre index ({@link WindowSpec#centreSamples()}: (N−1)/2 symmetric, N/2
 * periodic), frame m multiplies samples {@code start_m .. start_m + N − 1} by h[0..N−1], where
 * <pre>
 *   CENTRED: start_m = m·hop − ⌊c⌋          INSIDE: start_m = m·hop
 *   frame time t_m = start_m + c   (samples; may be half-integer for even symmetric windows)
 * </pre>
 * and bin k (0..M/2) has frequency ω_k = 2πk/M rad/sample = k·fs/M Hz. The FFT of the windowed
 * frame, zero-padded to M, is {@code Σ_n x[start+n]·h[n]·e^{−jω_k n}}; its phase is therefore
 * referenced to the frame start (see {@link PhaseReference} for the conventional references).
 * Auxiliary windows whose support is longer than N (two edge taps, see
 * {@link tfr.window.AuxiliaryWindows}) are wrapped modulo M, which leaves every bin's value exact
 * (e^{−jω_k n} has period M in n), so M = N is allowed for every derivative method.
 *
 * @param window           the analysis window h
 * @param derivativeMethod how h′ and h″ are built
 * @param hopSamples       frame advance (≥ 1)
 * @param fftSize          M ≥ N (zero padding interpolates the spectrum)
 * @param edges            frame placement at the signal's ends
 * @param sampleRateHz     the signal's sample rate
 * @param signal           analyse the real signal or its analytic signal ({@link SignalModel})
 */
public record FrameParams(WindowSpec window, DerivativeMethod derivativeMethod, int hopSamples, int fftSize,
                          EdgePolicy edges, double sampleRateHz, SignalModel signal) {

    public FrameParams {
        if (window == null) {
            throw new IllegalArgumentException("window must not be null");
        }
        if (derivativeMethod == null) {
            throw new IllegalArgumentException("derivativeMethod must not be null");
        }
        if (edges == null) {
            throw new IllegalArgumentException("edge policy must not be null");
        }
        if (signal == null) {
            throw new IllegalArgumentException("signal model must not be null");
        }
        if (hopSamples < 1) {
            throw new IllegalArgumentException("hopSamples must be >= 1, got " + hopSamples);
        }
        if (!(sampleRateHz > 0) || !Double.isFinite(sampleRateHz)) {
            throw new IllegalArgumentException("sampleRateHz must be finite and > 0, got " + sampleRateHz);
        }
        if (fftSize < window.lengthSamples()) {
            throw new IllegalArgumentException("fftSize (" + fftSize + ") must be >= the window length "
                    + window.lengthSamples());
        }
        if (fftSize > (1 << 26)) {
            throw new IllegalArgumentException("fftSize must be <= " + (1 << 26) + ", got " + fftSize);
        }
    }

    /** Frame parameters of a real signal ({@link SignalModel#REAL}). */
    public FrameParams(WindowSpec window, DerivativeMethod derivativeMethod, int hopSamples, int fftSize,
                       EdgePolicy edges, double sampleRateHz) {
        this(window, derivativeMethod, hopSamples, fftSize, edges, sampleRateHz, SignalModel.REAL);
    }

    /**
     * Frame parameters with analytic derivatives, centred frames, the real signal and the smallest
     * power-of-two FFT that holds the window.
     */
    public static FrameParams of(WindowSpec window, int hopSamples, double sampleRateHz) {
        return new FrameParams(window, DerivativeMethod.ANALYTIC, hopSamples,
                nextPowerOfTwo(window.lengthSamples()), EdgePolicy.CENTRED, sampleRateHz, SignalModel.REAL);
    }

    /** This with another signal model. */
    public FrameParams withSignal(SignalModel s) {
        return new FrameParams(window, derivativeMethod, hopSamples, fftSize, edges, sampleRateHz, s);
    }

    /** This with another FFT size. */
    public FrameParams withFftSize(int m) {
        return new FrameParams(window, derivativeMethod, hopSamples, m, edges, sampleRateHz, signal);
    }

    /** This with another edge policy. */
    public FrameParams withEdges(EdgePolicy e) {
        return new FrameParams(window, derivativeMethod, hopSamples, fftSize, e, sampleRateHz, signal);
    }

    /** This with another derivative method. */
    public FrameParams withDerivativeMethod(DerivativeMethod d) {
        return new FrameParams(window, d, hopSamples, fftSize, edges, sampleRateHz, signal);
    }

    /** The smallest power of two ≥ n. */
    public static int nextPowerOfTwo(int n) {
        if (n <= 1) {
            return 1;
        }
        return Integer.highestOneBit(n - 1) << 1;
    }

    /** Builds the window and its auxiliary windows. */
    public AuxiliaryWindows auxiliaryWindows() {
        return AuxiliaryWindows.of(window, derivativeMethod);
    }

    /** Number of frequency bins, M/2 + 1. */
    public int binCount() {
        return fftSize / 2 + 1;
    }

    /** Number of frames for a signal of {@code lengthSamples} samples. */
    public int frameCount(int lengthSamples) {
        if (lengthSamples <= 0) {
            return 0;
        }
        return switch (edges) {
            case CENTRED -> (lengthSamples - 1) / hopSamples + 1;
            case INSIDE -> lengthSamples >= window.lengthSamples()
                    ? 1 + (lengthSamples - window.lengthSamples()) / hopSamples : 0;
        };
    }

    /** First sample of frame m's window (may be negative for centred frames). */
    public long frameStartSample(int m) {
        long s = (long) m * hopSamples;
        return edges == EdgePolicy.CENTRED ? s - (long) Math.floor(window.centreSamples()) : s;
    }

    /** Frame m's time t_m = start_m + c, in samples. */
    public double frameTimeSamples(int m) {
        return frameStartSample(m) + window.centreSamples();
    }

    /** Frame m's time in seconds. */
    public double frameTimeSec(int m) {
        return frameTimeSamples(m) / sampleRateHz;
    }

    /** Bin k's centre frequency ω_k = 2πk/M in rad/sample. */
    public double binOmega(int k) {
        return 2 * Math.PI * k / fftSize;
    }

    /** Bin k's centre frequency k·fs/M in Hz. */
    public double binFreqHz(int k) {
        return k * sampleRateHz / fftSize;
    }

    /** Bin spacing fs/M in Hz. */
    public double binSpacingHz() {
        return sampleRateHz / fftSize;
    }

    /**
     * The sinusoid scale: 2 for a real signal (a sinusoid of amplitude A has |X| = A·Σh/2 at its
     * peak), 1 for the analytic signal (|Z| = A·Σh).
     */
    public double sinusoidScale() {
        return signal == SignalModel.REAL ? 2.0 : 1.0;
    }

    /** Hop in seconds. */
    public double hopSec() {
        return hopSamples / sampleRateHz;
    }

    @Override
    public String toString() {
        return "FrameParams[" + window + ", " + derivativeMethod.name().toLowerCase() + " derivatives, hop "
                + hopSamples + " samples, FFT " + fftSize + ", " + edges.name().toLowerCase() + " frames, "
                + sampleRateHz + " Hz, " + signal.name().toLowerCase() + " signal]";
    }
}
