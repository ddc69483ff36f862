package tfr.phase;

import tfr.reassign.ReassignedFrame;
import tfr.stft.Fft;
import tfr.stft.FrameParams;
import tfr.stft.SignalModel;

/**
 * Amplitudes and phases of known sinusoids in a frame that the signal's start or end cuts — the
 * truncated first and last frames, where reassignment itself is unreliable (the samples outside the
 * signal read as zero, so the effective window is h times a step, whose derivative {@code dh} does
 * not describe; ω̂ there is off by Hz).
 *
 * <h2>Method</h2>
 * The frequencies ω_p and chirp rates α_p at the frame centre come from the neighbouring full frames
 * (the partials being extended). With the effective window h_e = h·1[inside the signal], the
 * frame-centre-referenced spectrum of a real signal is linear in c_p = (a_p/2)·e^{jφ_p}:
 * <pre>
 *   X̃(ω_k) = Σ_p [ c_p·G_e(ω_p − ω_k, α_p) + conj(c_p)·G_e(−ω_p − ω_k, −α_p) ]
 * </pre>
 * (G_e the chirp transform of h_e, see {@link tfr.window.ChirpResponse}; the second term is the
 * negative-frequency image, absent for the analytic signal). Re c_p and Im c_p are fitted jointly for
 * all partials by least squares over the bins within ±{@value #BINS_EACH_SIDE} bins of every ω_p — so
 * the slowly decaying sidelobes of the cut window, which couple partials tens of bins apart, are
 * accounted for. G_e(· − ω_k) for all k is one FFT of h_e·e^{j(ω_p n + α_p n²/2)} per term.
 * Exact for steady tones and linear chirps that fill the frame's inside part.
 */
public final class EdgeFit {
    /** Bins used on each side of each partial's frequency. */
    public static final int BINS_EACH_SIDE = 3;

    private final FrameParams frames;
    private final double[] h;
    private final double centre;
    private final int supportOffset;
    private final Fft fft;

    public EdgeFit(FrameParams frames) {
        this.frames = frames;
        var aux = frames.auxiliaryWindows();
        this.h = aux.h();
        this.centre = aux.centreSamples();
        this.supportOffset = aux.supportOffsetSamples();
        this.fft = new Fft(frames.fftSize());
    }

    /** Whether frame m's window support lies entirely inside a signal of {@code lengthSamples}. */
    public boolean isFull(int m, int lengthSamples) {
        long start = frames.frameStartSample(m) + supportOffset;
        return start >= 0 && start + h.length <= lengthSamples;
    }

    /**
     * Fits amplitude and phase (at the frame centre) of every sinusoid p with frequency
     * {@code freqHz[p]} and chirp rate {@code chirpRateHzPerSec[p]} at the frame centre.
     *
     * @param frame          the frame's STFT (from the reassigner; only its spectrum is used)
     * @param lengthSamples  the signal's length
     * @param ampOut         fitted amplitudes a_p
     * @param phaseOut       fitted cosine phases at the frame centre, rad
     */
    public void fit(ReassignedFrame frame, int lengthSamples, double[] freqHz, double[] chirpRateHzPerSec,
                    double[] ampOut, double[] phaseOut) {
        int p = freqHz.length;
        if (p == 0) {
            return;
        }
        double fs = frames.sampleRateHz();
        int m2 = frames.fftSize();
        int bins = frames.binCount();
        long start = frames.frameStartSample(frame.frameIndex()) + supportOffset;
        double[] he = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            long s = start + i;
            he[i] = (s >= 0 && s < lengthSamples) ? h[i] : 0.0;
        }
        boolean image = frames.signal() == SignalModel.REAL;
        // rows: the union of bins near every partial
        boolean[] use = new boolean[bins];
        for (int q = 0; q < p; q++) {
            int k0 = (int) Math.round(freqHz[q] / frames.binSpacingHz());
            for (int k = k0 - BINS_EACH_SIDE; k <= k0 + BINS_EACH_SIDE; k++) {
                if (k >= 0 && k < bins) {
                    use[k] = true;
                }
            }
        }
        int rows = 0;
        int[] rowBin = new int[bins];
        for (int k = 0; k < bins; k++) {
            if (use[k]) {
                rowBin[rows++] = k;
            }
        }
        // design matrix, real form: equations (Re, Im) per row, unknowns (Re c_q, Im c_q)
        double[][] a = new double[2 * rows][2 * p];
        double[] gRe = new double[m2];
        double[] gIm = new double[m2];
        double[] iRe = new double[m2];
        double[] iIm = new double[m2];
        for (int q = 0; q < p; q++) {
            double omega = 2 * Math.PI * freqHz[q] / fs;
            double alpha = 2 * Math.PI * chirpRateHzPerSec[q] / (fs * fs);
            if (!Double.isFinite(alpha)) {
                alpha = 0;
            }
            transform(he, omega, alpha, gRe, gIm);
            if (image) {
                transform(he, -omega, -alpha, iRe, iIm);
            }
            for (int r = 0; r < rows; r++) {
                int k = rowBin[r];
                // frame-centre reference: multiply the FFT (first-sample reference) by e^{jω_k c}
                double ang = frames.binOmega(k) * centre;
                double c = Math.cos(ang);
                double s = Math.sin(ang);
                double g0 = gRe[k] * c - gIm[k] * s;
                double g1 = gRe[k] * s + gIm[k] * c;
                double i0 = 0;
                double i1 = 0;
                if (image) {
                    i0 = iRe[k] * c - iIm[k] * s;
                    i1 = iRe[k] * s + iIm[k] * c;
                }
                // c·G + conj(c)·I with c = x + jy: Re = x(G0 + I0) + y(−G1 + I1); Im = x(G1 + I1) + y(G0 − I0)
                a[2 * r][2 * q] = g0 + i0;
                a[2 * r][2 * q + 1] = -g1 + i1;
                a[2 * r + 1][2 * q] = g1 + i1;
                a[2 * r + 1][2 * q + 1] = g0 - i0;
            }
        }
        double[] y = new double[2 * rows];
        for (int r = 0; r < rows; r++) {
            y[2 * r] = frame.spectrumRe(rowBin[r]);
            y[2 * r + 1] = frame.spectrumIm(rowBin[r]);
        }
        double[] c = leastSquares(a, y, 2 * p);
        double scale = image ? 2.0 : 1.0;
        for (int q = 0; q < p; q++) {
            ampOut[q] = scale * Math.hypot(c[2 * q], c[2 * q + 1]);
            phaseOut[q] = Math.atan2(c[2 * q + 1], c[2 * q]);
        }
    }

    /** FFT of he[i]·e^{j(ω(i − c) + α(i − c)²/2)} (support wrapped modulo M) into re, im. */
    private void transform(double[] he, double omega, double alpha, double[] re, double[] im) {
        int m2 = re.length;
        java.util.Arrays.fill(re, 0);
        java.util.Arrays.fill(im, 0);
        for (int i = 0; i < he.length; i++) {
            if (he[i] == 0) {
                continue;
            }
            double n = i - centre;
            double ph = omega * n + 0.5 * alpha * n * n;
            re[i % m2] += he[i] * Math.cos(ph);
            im[i % m2] += he[i] * Math.sin(ph);
        }
        fft.complexForward(re, im);
    }

    /** Solves min |A x − y| by the normal equations with a tiny ridge (Cholesky-free Gaussian elimination). */
    static double[] leastSquares(double[][] a, double[] y, int n) {
        double[][] m = new double[n][n + 1];
        double trace = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double s = 0;
                for (double[] row : a) {
                    s += row[i] * row[j];
                }
                m[i][j] = s;
                m[j][i] = s;
            }
            double s = 0;
            for (int r = 0; r < a.length; r++) {
                s += a[r][i] * y[r];
            }
            m[i][n] = s;
            trace += m[i][i];
        }
        double ridge = 1e-12 * trace / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            m[i][i] += ridge;
        }
        for (int col = 0; col < n; col++) {
            int piv = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
                    piv = r;
                }
            }
            double[] t = m[col];
            m[col] = m[piv];
            m[piv] = t;
            double d = m[col][col];
            if (d == 0) {
                continue;
            }
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / d;
                if (f != 0) {
                    for (int c2 = col; c2 <= n; c2++) {
                        m[r][c2] -= f * m[col][c2];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= m[i][j] * x[j];
            }
            x[i] = m[i][i] == 0 ? 0 : s / m[i][i];
        }
        return x;
    }

    @Override
    public String toString() {
        return "EdgeFit[" + frames + "]";
    }
}
