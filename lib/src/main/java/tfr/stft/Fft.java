package tfr.stft;

import org.jtransforms.fft.DoubleFFT_1D;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * The project's only door to JTransforms: forward and inverse DFTs of any size on plain
 * (unpacked) arrays, single-threaded. TFR Lab parallelises across frames instead (one FFT per
 * worker at a time), which measured faster on 2 cores than JTransforms' own threads.
 *
 * <p>Convention: {@code X[k] = Σ_n x[n]·e^{−j2πkn/M}} (forward, no scaling) and
 * {@code x[n] = (1/M) Σ_k X[k]·e^{+j2πkn/M}} (inverse, scaled).
 *
 * <p>An instance holds a precomputed plan and is safe for concurrent use on different arrays.
 */
public final class Fft {
    static {
        ConcurrencyUtils.setNumberOfThreads(1);
    }

    private final int size;
    private final DoubleFFT_1D plan;

    /** Plans a transform of {@code size} points (any size ≥ 1; powers of two are fastest). */
    public Fft(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("fftSize must be >= 1, got " + size);
        }
        this.size = size;
        this.plan = new DoubleFFT_1D(size);
    }

    /** Number of points. */
    public int size() {
        return size;
    }

    /** Number of non-negative-frequency bins of a real signal's transform, {@code M/2 + 1}. */
    public int realBins() {
        return size / 2 + 1;
    }

    /**
     * Forward transform of a real sequence, bins 0..M/2.
     *
     * @param x  real input, length ≤ M (zero-padded to M); not modified
     * @param re real parts, length ≥ M/2 + 1
     * @param im imaginary parts, length ≥ M/2 + 1
     */
    public void realForward(double[] x, double[] re, double[] im) {
        double[] a = new double[size];
        System.arraycopy(x, 0, a, 0, Math.min(x.length, size));
        plan.realForward(a);
        unpackReal(a, re, im);
    }

    /** In-place forward DFT of a complex sequence held as separate real and imaginary arrays. */
    public void complexForward(double[] re, double[] im) {
        complex(re, im, false);
    }

    /** In-place inverse DFT (scaled by 1/M) of a complex sequence. */
    public void complexInverse(double[] re, double[] im) {
        complex(re, im, true);
    }

    private void complex(double[] re, double[] im, boolean inverse) {
        double[] a = new double[2 * size];
        for (int n = 0; n < size; n++) {
            a[2 * n] = re[n];
            a[2 * n + 1] = im[n];
        }
        if (inverse) {
            plan.complexInverse(a, true);
        } else {
            plan.complexForward(a);
        }
        for (int n = 0; n < size; n++) {
            re[n] = a[2 * n];
            im[n] = a[2 * n + 1];
        }
    }

    /**
     * Packed real-forward transform in place (JTransforms layout; stays inside tfr.stft).
     * {@code a[0] = Re X0}, {@code a[1] = Re X_{M/2}} (M even), {@code a[2k], a[2k+1] = X_k}.
     */
    void realForwardPacked(double[] a) {
        plan.realForward(a);
    }

    /** In-place complex forward transform on interleaved {@code re, im} pairs (stays inside tfr.stft). */
    void complexForwardInterleaved(double[] a) {
        plan.complexForward(a);
    }

    /**
     * The Hilbert transform H{x} of a real signal zero-padded to {@code paddedSize} (even): the
     * imaginary part of the analytic signal {@code IDFT{Z}}, with Z₀ = X₀, Z_k = 2X_k (0 &lt; k &lt; L/2),
     * Z_{L/2} = X_{L/2} and zero above. Returns the first {@code x.length} samples.
     */
    static double[] hilbert(double[] x, int paddedSize) {
        int l = paddedSize;
        double[] a = new double[l];
        System.arraycopy(x, 0, a, 0, x.length);
        DoubleFFT_1D plan = new DoubleFFT_1D(l);
        plan.realForward(a);
        double[] z = new double[2 * l];
        z[0] = a[0];
        z[l] = a[1];
        for (int k = 1; k < l / 2; k++) {
            z[2 * k] = 2 * a[2 * k];
            z[2 * k + 1] = 2 * a[2 * k + 1];
        }
        a = null;
        plan.complexInverse(z, true);
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            y[n] = z[2 * n + 1];
        }
        return y;
    }

    /**
     * Turns JTransforms' packed real-forward result in {@code a} (length ≥ M + 2) into interleaved
     * bins 0..M/2 in place: only the DC/Nyquist pair moves (even M) or the last bin (odd M).
     */
    void packedToInterleaved(double[] a) {
        int m = size;
        if (m % 2 == 0) {
            a[m] = a[1];
            a[m + 1] = 0.0;
        } else {
            // odd M: a[1] holds Im of bin (M−1)/2, whose Re sits at a[M−1]
            a[m] = a[1];
        }
        a[1] = 0.0;
    }

    /** Unpacks JTransforms' real-forward layout into bins 0..M/2. */
    void unpackReal(double[] a, double[] re, double[] im) {
        int m = size;
        re[0] = a[0];
        im[0] = 0.0;
        if (m % 2 == 0) {
            for (int k = 1; k < m / 2; k++) {
                re[k] = a[2 * k];
                im[k] = a[2 * k + 1];
            }
            if (m > 1) {
                re[m / 2] = a[1];
                im[m / 2] = 0.0;
            }
        } else {
            int last = (m - 1) / 2;
            for (int k = 1; k < last; k++) {
                re[k] = a[2 * k];
                im[k] = a[2 * k + 1];
            }
            if (m > 1) {
                re[last] = a[m - 1];
                im[last] = a[1];
            }
        }
    }
}
