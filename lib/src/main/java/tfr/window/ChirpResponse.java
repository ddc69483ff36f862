package tfr.window;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A window's response to a linear chirp, the two functions the additive model needs to read
 * amplitude, phase and "sinusoid or not" off a spectrogram peak of a chirping partial.
 *
 * <h2>Chirp transform G</h2>
 * For the local model {@code x[s] = (a/2)·e^{j(φ_t + ω_t(s − t) + α(s − t)²/2)}} (a cosine's
 * positive-frequency half: phase φ_t, frequency ω_t rad/sample and chirp rate α rad/sample² at the
 * frame centre t), the frame-centre-referenced STFT is
 * <pre>
 *   X̃(t, ω) = (a/2)·e^{jφ_t}·G(ω_t − ω, α),     G(ν, α) = Σ_n h[n]·e^{j(νn + αn²/2)}
 * </pre>
 * with n the offset of each window sample from the window's centre. So the amplitude is
 * {@code a = 2|X̃|/|G|} and the phase {@code φ_t = arg X̃ − arg G}. For α = 0, G(ν, 0) = W(ν) is
 * real inside the main lobe (symmetric window): the STFT phase is the signal's phase in every main-lobe
 * bin and |G| is the scalloping loss. For α ≠ 0, arg G(0, α) ≈ α·Σh n²/(2Σh) is the <em>chirp phase
 * term</em> that Loris omits (for a Gaussian of spread σ it is ½·atan(ασ²)); leaving it out biases every
 * breakpoint phase of a chirp by a constant and caps chirp resynthesis near 19 dB (Fitz &amp; Fulop 2009
 * §5; THEORY.md). Symmetries used: G(−ν, α) = G(ν, α) (symmetric h), G(ν, −α) = conj G(ν, α).
 *
 * <h2>Convergence of a chirp</h2>
 * {@link #convergence(double)}: the mixed-partial indicator M = |1 + φ_tω| (see
 * {@code tfr.reassign.Reassigner}) this window produces at the ridge of a linear chirp of rate α —
 * 0 for α = 0, rising towards 1 (an impulse) as the chirp steepens; for a Gaussian window of spread λ,
 * M = α²λ⁴/(1 + α²λ⁴). A cell whose measured M exceeds what its own chirp-rate estimate explains is not a
 * chirp: this is the chirp-aware classification of {@code tfr.consensus}.
 *
 * <p>Both are tabulated lazily on a grid (ν in 1/16 of a window bin 2π/N up to 3 bins; α in steps of
 * π/(4N²) — a phase-curvature step of π/32 at the window's edge — up to {@link #maxChirpRate()}, 639 steps:
 * 25 kHz/s for a 46 ms window, beyond the 20 kHz/s partials may have by default) and read
 * by bicubic (Catmull–Rom) interpolation: measured error ≤ 1e-6 relative to |G(0,0)| (see the tests).
 * Beyond the grid the sums are evaluated directly (O(N)). Thread-safe.
 */
public final class ChirpResponse {
    private static final int NU_STEPS_PER_BIN = 16;
    private static final int NU_BINS = 3;
    private static final int ALPHA_STEPS = 640;

    private final double[] h;
    private final double[] th;
    private final double[] dh;
    private final double[] tdh;
    private final double centre;
    private final double nuStep;
    private final int nuPoints;
    private final double alphaStep;
    private final AtomicReferenceArray<double[]> rows;
    private final AtomicReferenceArray<double[]> convergenceRows;

    ChirpResponse(AuxiliaryWindows aux) {
        this.h = aux.h();
        this.th = aux.th();
        this.dh = aux.dh();
        this.tdh = aux.tdh();
        this.centre = aux.centreSamples();
        int n = aux.spec().lengthSamples();
        this.nuStep = 2 * Math.PI / n / NU_STEPS_PER_BIN;
        this.nuPoints = NU_BINS * NU_STEPS_PER_BIN + 3; // + margin for the cubic stencil
        this.alphaStep = Math.PI / (4.0 * n * n);
        this.rows = new AtomicReferenceArray<>(ALPHA_STEPS + 3);
        this.convergenceRows = new AtomicReferenceArray<>(1);
    }

    /** The largest |α| (rad/sample²) read from the table; beyond it G is summed directly. */
    public double maxChirpRate() {
        return (ALPHA_STEPS - 1) * alphaStep;
    }

    /** The largest |ν| (rad/sample) read from the table. */
    public double maxOffset() {
        return NU_BINS * NU_STEPS_PER_BIN * nuStep;
    }

    /**
     * G(ν, α) as {re, im} into {@code out}.
     *
     * @param nuRadPerSample   frequency offset ω_t − ω, rad/sample
     * @param alphaRadPerSample2 chirp rate, rad/sample²
     */
    public void g(double nuRadPerSample, double alphaRadPerSample2, double[] out) {
        double nu = Math.abs(nuRadPerSample);
        double alpha = Math.abs(alphaRadPerSample2);
        if (!(nu <= maxOffset()) || !(alpha <= maxChirpRate())) {
            direct(h, centre, nuRadPerSample, alphaRadPerSample2, out);
            return;
        }
        double u = nu / nuStep;
        double v = alpha / alphaStep;
        int iu = (int) Math.floor(u);
        int iv = (int) Math.floor(v);
        double fu = u - iu;
        double fv = v - iv;
        double re = 0;
        double im = 0;
        for (int b = -1; b <= 2; b++) {
            double wv = catmullRom(fv, b);
            int j = iv + b;
            double[] row = row(Math.abs(j));
            double rRe = 0;
            double rIm = 0;
            for (int a = -1; a <= 2; a++) {
                double wu = catmullRom(fu, a);
                int idx = Math.abs(iu + a); // G even in ν
                rRe += wu * row[2 * idx];
                rIm += wu * row[2 * idx + 1];
            }
            re += wv * rRe;
            im += wv * (j < 0 ? -rIm : rIm); // row −j is the conjugate of row j
        }
        out[0] = re;
        out[1] = alphaRadPerSample2 < 0 ? -im : im; // G(ν, −α) = conj G(ν, α)
    }

    /** |G(ν, α)|. */
    public double magnitude(double nuRadPerSample, double alphaRadPerSample2) {
        double[] o = new double[2];
        g(nuRadPerSample, alphaRadPerSample2, o);
        return Math.hypot(o[0], o[1]);
    }

    /** arg G(ν, α), rad. */
    public double phaseRad(double nuRadPerSample, double alphaRadPerSample2) {
        double[] o = new double[2];
        g(nuRadPerSample, alphaRadPerSample2, o);
        return Math.atan2(o[1], o[0]);
    }

    /**
     * The convergence M = |1 + φ_tω| at the ridge (ν = 0) of a linear chirp of rate α through this
     * window (image-free model), interpolated from a table; 1 beyond the table's range.
     */
    public double convergence(double alphaRadPerSample2) {
        double alpha = Math.abs(alphaRadPerSample2);
        if (!(alpha <= maxChirpRate())) {
            return alpha > 0 ? convergenceDirect(alpha) : 1.0;
        }
        double[] c = convergenceRows.get(0);
        if (c == null) {
            c = new double[ALPHA_STEPS + 3];
            for (int i = 0; i < c.length; i++) {
                c[i] = convergenceDirect(i * alphaStep);
            }
            convergenceRows.compareAndSet(0, null, c);
            c = convergenceRows.get(0);
        }
        double v = alpha / alphaStep;
        int iv = (int) Math.floor(v);
        double fv = v - iv;
        double m = 0;
        for (int b = -1; b <= 2; b++) {
            m += catmullRom(fv, b) * c[Math.abs(iv + b)];
        }
        return m;
    }

    /** M at the ridge of a chirp of rate α, from the direct sums of h, th, dh and tdh. */
    double convergenceDirect(double alpha) {
        double[] x = new double[2];
        double[] xth = new double[2];
        double[] xdh = new double[2];
        double[] xtdh = new double[2];
        direct(h, centre, 0, alpha, x);
        direct(th, centre, 0, alpha, xth);
        direct(dh, centre, 0, alpha, xdh);
        direct(tdh, centre, 0, alpha, xtdh);
        // In this (t = 0, ω = 0) frame the aux STFTs are the same sums with the window conjugated
        // orientation: X_w = Σ w[n]·x[n]·e^{−jωn} with x[n] = e^{jαn²/2}.
        double p = x[0] * x[0] + x[1] * x[1];
        double thRe = (xth[0] * x[0] + xth[1] * x[1]) / p;
        double thIm = (xth[1] * x[0] - xth[0] * x[1]) / p;
        double dhRe = (xdh[0] * x[0] + xdh[1] * x[1]) / p;
        double dhIm = (xdh[1] * x[0] - xdh[0] * x[1]) / p;
        double tdhRe = (xtdh[0] * x[0] + xtdh[1] * x[1]) / p;
        double phiTOmega = tdhRe - (thRe * dhRe - thIm * dhIm);
        return Math.abs(1 + phiTOmega);
    }

    /** Table row i ≥ 0 (α = i·step), computed on first use. */
    private double[] row(int i) {
        double[] r = rows.get(i);
        if (r == null) {
            r = new double[2 * nuPoints];
            double[] o = new double[2];
            for (int j = 0; j < nuPoints; j++) {
                direct(h, centre, j * nuStep, i * alphaStep, o);
                r[2 * j] = o[0];
                r[2 * j + 1] = o[1];
            }
            rows.compareAndSet(i, null, r);
            r = rows.get(i);
        }
        return r;
    }

    /**
     * {@code Σ_i w[i]·e^{j(ν·n_i + α·n_i²/2)}}, n_i = i − centre, into {@code out} = {re, im}. The
     * exponential is advanced by a second-order recurrence (two complex products per sample) and
     * restarted from exact values every 256 samples.
     */
    public static void direct(double[] w, double centre, double nu, double alpha, double[] out) {
        double re = 0;
        double im = 0;
        int n = w.length;
        int block = 256;
        for (int s = 0; s < n; s += block) {
            double x0 = s - centre;
            double ph = nu * x0 + 0.5 * alpha * x0 * x0;
            double zr = Math.cos(ph);
            double zi = Math.sin(ph);
            double step = nu + alpha * (x0 + 0.5); // phase(x+1) − phase(x)
            double rr = Math.cos(step);
            double ri = Math.sin(step);
            double qr = Math.cos(alpha);
            double qi = Math.sin(alpha);
            int end = Math.min(n, s + block);
            for (int i = s; i < end; i++) {
                double wi = w[i];
                re += wi * zr;
                im += wi * zi;
                double nzr = zr * rr - zi * ri;
                zi = zr * ri + zi * rr;
                zr = nzr;
                double nrr = rr * qr - ri * qi;
                ri = rr * qi + ri * qr;
                rr = nrr;
            }
        }
        out[0] = re;
        out[1] = im;
    }

    private static double catmullRom(double f, int k) {
        return switch (k) {
            case -1 -> ((-0.5 * f + 1.0) * f - 0.5) * f;
            case 0 -> (1.5 * f - 2.5) * f * f + 1.0;
            case 1 -> ((-1.5 * f + 2.0) * f + 0.5) * f;
            default -> (0.5 * f - 0.5) * f * f;
        };
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "ChirpResponse[%d-sample window, |ν| <= %.3g rad/sample, |α| <= %.3g rad/sample²]",
                h.length, maxOffset(), maxChirpRate());
    }
}
