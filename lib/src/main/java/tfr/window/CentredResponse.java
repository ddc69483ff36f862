package tfr.window;

import tfr.stft.Fft;

/**
 * The centred transforms of a window and of its derivative over the whole frequency axis:
 * <pre>
 *   Ŵ_h(ν)  = Σ_n h[n]·e^{−jνn}      real and even (symmetric h)
 *   Ŵ_dh(ν) = Σ_n h′[n]·e^{−jνn}     imaginary and odd (antisymmetric h′): stored as Im
 * </pre>
 * with n measured from the window's centre — what a component far from the analysed bin contributes to
 * X and X_dh there (used to remove a real cosine's negative-frequency image, see
 * {@code tfr.phase.ImageCorrection}). Sampled by one zero-padded FFT at {@value #OVERSAMPLING} points per
 * window bin 2π/N over [0, π] and read by linear interpolation (error ~ (π/64)²/8 of the local curvature:
 * ample for a correction that is itself 1e-4 of the peak).
 */
public final class CentredResponse {
    /** Grid points per DFT bin 2π/N. */
    public static final int OVERSAMPLING = 64;

    private final double step;
    private final double[] h;
    private final double[] dhIm;

    CentredResponse(AuxiliaryWindows aux) {
        double[] w = aux.h();
        double[] d = aux.dh();
        double c = aux.centreSamples();
        int n = aux.spec().lengthSamples();
        int q = Integer.highestOneBit(Math.max(2, n * OVERSAMPLING - 1)) << 1;
        while (q < w.length) {
            q <<= 1;
        }
        Fft fft = new Fft(q);
        double[] re = new double[q / 2 + 1];
        double[] im = new double[q / 2 + 1];
        double[] dre = new double[q / 2 + 1];
        double[] dim = new double[q / 2 + 1];
        fft.realForward(w, re, im);
        fft.realForward(d, dre, dim);
        this.step = 2 * Math.PI / q;
        this.h = new double[q / 2 + 1];
        this.dhIm = new double[q / 2 + 1];
        for (int k = 0; k <= q / 2; k++) {
            // Σ w[i]e^{−jνi} · e^{jνc} = Σ w[i]e^{−jν(i − c)}
            double a = k * step * c;
            double cs = Math.cos(a);
            double sn = Math.sin(a);
            h[k] = re[k] * cs - im[k] * sn;
            dhIm[k] = dre[k] * sn + dim[k] * cs;
        }
    }

    /** Ŵ_h(ν), ν any real (rad/sample; periodic in 2π). */
    public double h(double nu) {
        return interpolate(h, Math.abs(reduce(nu)));
    }

    /** Im Ŵ_dh(ν) (the real part is 0). */
    public double dhIm(double nu) {
        double r = reduce(nu);
        double v = interpolate(dhIm, Math.abs(r));
        return r < 0 ? -v : v;
    }

    private static double reduce(double nu) {
        return nu - 2 * Math.PI * Math.rint(nu / (2 * Math.PI));
    }

    private double interpolate(double[] t, double nu) {
        double u = nu / step;
        int i = (int) u;
        if (i >= t.length - 1) {
            return t[t.length - 1];
        }
        double f = u - i;
        return t[i] + f * (t[i + 1] - t[i]);
    }

    @Override
    public String toString() {
        return "CentredResponse[" + h.length + " points over [0, π]]";
    }
}
