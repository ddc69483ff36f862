package tfr.stft;

import tfr.window.AuxWindow;
import tfr.window.AuxiliaryWindows;

/**
 * The STFTs of several windows over the same frames, one frame at a time: the signal segment is
 * read once and multiplied by each window before its FFT. This is the engine under every
 * spectrogram and reassignment in TFR Lab.
 *
 * <p>Output per window w and bin k = 0..M/2: {@code Σ_n x[start + n]·w[n]·e^{−j2πkn/M}}, the phase
 * referenced to the support's first sample (see {@link FrameParams} for the geometry and
 * {@link #rotate} for conventional references). Samples outside the signal read as zero.
 *
 * <p>Not thread-safe (it owns scratch buffers): use one instance per worker thread.
 */
public final class MultiStft {
    private final FrameParams params;
    private final double[][] windows;
    private final int supportOffset;
    private final int support;
    private final Fft fft;
    private final double[] segment;
    private final double[] segmentImag;
    private final double[] buffer;
    /** Scratch for {@link #frame(double[], double[], int, double[][], double[][])}, made on first use. */
    private double[][] interleaved;

    /**
     * @param params  framing; {@code params.auxiliaryWindows()} defines the support
     * @param windows the windows to transform, by role
     */
    public MultiStft(FrameParams params, AuxWindow... windows) {
        this(params, params.auxiliaryWindows(), windows);
    }

    /** As {@link #MultiStft(FrameParams, AuxWindow...)}, reusing already built auxiliary windows. */
    public MultiStft(FrameParams params, AuxiliaryWindows aux, AuxWindow... windows) {
        this(params, aux.supportOffsetSamples(), pick(aux, windows));
    }

    /**
     * Arbitrary windows on a common support (longer supports wrap modulo M) whose index 0 lies {@code supportOffset}
     * samples from the window's first sample (0, or −1 for central-difference supports).
     */
    public MultiStft(FrameParams params, int supportOffset, double[]... windows) {
        if (windows.length == 0) {
            throw new IllegalArgumentException("at least one window is needed");
        }
        this.params = params;
        this.support = windows[0].length;
        for (double[] w : windows) {
            if (w.length != support) {
                throw new IllegalArgumentException("all windows must have the same support length: "
                        + w.length + " != " + support);
            }
        }
        this.windows = new double[windows.length][];
        for (int i = 0; i < windows.length; i++) {
            this.windows[i] = windows[i].clone();
        }
        this.supportOffset = supportOffset;
        this.fft = new Fft(params.fftSize());
        this.segment = new double[support];
        this.segmentImag = new double[support];
        this.buffer = new double[2 * params.fftSize()];
    }

    private static double[][] pick(AuxiliaryWindows aux, AuxWindow[] which) {
        double[][] w = new double[which.length][];
        for (int i = 0; i < which.length; i++) {
            w[i] = aux.get(which[i]);
        }
        return w;
    }

    /** The framing. */
    public FrameParams params() {
        return params;
    }

    /** Number of windows transformed per frame. */
    public int windowCount() {
        return windows.length;
    }

    /** Signal index of support sample 0 in frame m. */
    public long supportStartSample(int m) {
        return params.frameStartSample(m) + supportOffset;
    }

    /**
     * Computes frame m of every window of a real signal.
     *
     * @param x  the signal
     * @param m  frame index (any integer; frames beyond the signal read zeros)
     * @param re re[w][k], k = 0..M/2, filled for each window w
     * @param im im[w][k]
     */
    public void frame(double[] x, int m, double[][] re, double[][] im) {
        frame(x, null, m, re, im);
    }

    /**
     * Computes frame m of every window of the complex signal x + j·y (y null: real signal), bins
     * 0..M/2. With y = H{x} (see {@link AnalyticSignal}) these are the analytic signal's STFTs.
     */
    public void frame(double[] x, double[] y, int m, double[][] re, double[][] im) {
        if (interleaved == null) {
            interleaved = new double[windows.length][params.fftSize() + 2];
        }
        double[][] out = interleaved;
        frameInterleaved(x, y, m, out);
        int bins = params.binCount();
        for (int w = 0; w < windows.length; w++) {
            for (int k = 0; k < bins; k++) {
                re[w][k] = out[w][2 * k];
                im[w][k] = out[w][2 * k + 1];
            }
        }
    }

    /**
     * Computes frame m of every window into interleaved spectra: {@code out[w][2k]} and
     * {@code out[w][2k + 1]} are the real and imaginary parts of bin k = 0..M/2 (each array at
     * least M + 2 long). The hot path of reassignment: for a real signal the FFT runs in place in
     * {@code out[w]} and no unpacking pass is needed.
     */
    public void frameInterleaved(double[] x, double[] y, int m, double[][] out) {
        long start = supportStartSample(m);
        copySegment(x, start, segment);
        if (y != null) {
            copySegment(y, start, segmentImag);
        }
        int m2 = params.fftSize();
        for (int w = 0; w < windows.length; w++) {
            double[] win = windows[w];
            if (y == null) {
                double[] b = out[w];
                int direct = Math.min(support, m2);
                for (int n = 0; n < direct; n++) {
                    b[n] = segment[n] * win[n];
                }
                if (support < m2) {
                    java.util.Arrays.fill(b, support, m2, 0.0);
                }
                for (int n = m2; n < support; n++) {
                    b[n % m2] += segment[n] * win[n]; // wrap: exact at the bin frequencies
                }
                fft.realForwardPacked(b);
                fft.packedToInterleaved(b);
            } else {
                double[] b = buffer;
                java.util.Arrays.fill(b, 0, 2 * m2, 0.0);
                for (int n = 0; n < support; n++) {
                    int i = 2 * (n % m2);
                    b[i] += segment[n] * win[n];
                    b[i + 1] += segmentImag[n] * win[n];
                }
                fft.complexForwardInterleaved(b);
                System.arraycopy(b, 0, out[w], 0, m2 + 2);
            }
        }
    }

    private void copySegment(double[] x, long start, double[] into) {
        int len = x.length;
        if (start >= 0 && start + support <= len) {
            System.arraycopy(x, (int) start, into, 0, support);
        } else {
            for (int n = 0; n < support; n++) {
                long s = start + n;
                into[n] = (s >= 0 && s < len) ? x[(int) s] : 0.0;
            }
        }
    }

    /**
     * Rotates one frame's spectrum (as {@link #frame} returns it) to a conventional phase reference:
     * {@link PhaseReference#WINDOW} multiplies bin k by {@code e^{jω_k(t_m − start)}},
     * {@link PhaseReference#ORIGIN} by {@code e^{−jω_k·start}} (start = the support's first sample).
     */
    public void rotate(int m, PhaseReference reference, double[] re, double[] im) {
        long start = supportStartSample(m);
        double windowShift = params.frameTimeSamples(m) - start; // c − offset: small
        long mSize = params.fftSize();
        int bins = params.binCount();
        for (int k = 0; k < bins; k++) {
            // ORIGIN: ω_k·(−start) reduced exactly modulo 2π in integers, so far frames keep full precision.
            double a = reference == PhaseReference.WINDOW
                    ? params.binOmega(k) * windowShift
                    : 2 * Math.PI * Math.floorMod(-(long) k * start, mSize) / mSize;
            double c = Math.cos(a);
            double s = Math.sin(a);
            double r = re[k] * c - im[k] * s;
            double i = re[k] * s + im[k] * c;
            re[k] = r;
            im[k] = i;
        }
    }

    @Override
    public String toString() {
        return "MultiStft[" + windows.length + " windows, support " + support + ", " + params + "]";
    }
}
