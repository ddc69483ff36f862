package tfr.window;

import tfr.stft.Fft;

/**
 * A window h and the auxiliary windows time-frequency reassignment needs, all on one common
 * support of {@link #supportSamples()} samples with centre {@link #centreSamples()} (index c):
 *
 * <pre>
 *   h[n]                      the analysis window
 *   th[n]  = (n − c)·h[n]     time-ramped window    → group delay, reassigned time t̂
 *   dh[n]  = h′[n]            derivative window     → instantaneous frequency, reassigned ω̂
 *   tdh[n] = (n − c)·h′[n]    ramped derivative     → the mixed partial ∂²φ/∂t∂ω
 *   d2h[n] = h″[n]            second derivative     → ∂²φ/∂t², the chirp rate
 * </pre>
 *
 * (Auger &amp; Flandrin 1995; Fitz &amp; Fulop 2009, the auxiliary-STFT method; derivatives are taken
 * with respect to the sample index, so frequencies come out in rad/sample.)
 *
 * <p>The support equals the window length N, except for {@link DerivativeMethod#CENTRAL_DIFFERENCE},
 * whose difference stencils reach one sample beyond each end: its support is N + 2 with h padded by
 * one zero on each side, and {@link #supportOffsetSamples()} = −1 says that support index 0 sits one
 * sample before the window's first sample.
 *
 * <p>Immutable. Accessors return copies; the STFT engine copies them once per analysis.
 */
public final class AuxiliaryWindows {
    private final WindowSpec spec;
    private final DerivativeMethod method;
    private final double centre;
    private final int offset;
    private final double[] h;
    private final double[] th;
    private final double[] dh;
    private final double[] tdh;
    private final double[] d2h;
    private final double sumH;
    private volatile WindowResponse response;
    private volatile ChirpResponse chirpResponse;
    private volatile CentredResponse centredResponse;

    private AuxiliaryWindows(WindowSpec spec, DerivativeMethod method, int offset, double[] h,
                             double[] dh, double[] d2h) {
        this.spec = spec;
        this.method = method;
        this.offset = offset;
        this.centre = spec.centreSamples() - offset;
        this.h = h;
        this.dh = dh;
        this.d2h = d2h;
        int n = h.length;
        this.th = new double[n];
        this.tdh = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) {
            double x = i - centre;
            th[i] = x * h[i];
            tdh[i] = x * dh[i];
            s += h[i];
        }
        this.sumH = s;
    }

    /** Builds h and its auxiliary windows with analytic derivatives (the default). */
    public static AuxiliaryWindows of(WindowSpec spec) {
        return of(spec, DerivativeMethod.ANALYTIC);
    }

    /** Recently built windows, shared: they are immutable, and their lazily built responses and chirp tables are costly. */
    private static final java.util.Map<java.util.List<Object>, AuxiliaryWindows> RECENT = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<java.util.List<Object>, AuxiliaryWindows> e) {
                    return size() > 8;
                }
            });

    /**
     * h and its auxiliary windows with the chosen derivative method. Instances are immutable and the
     * last few are cached and shared, so every stage that asks for the same window gets the same
     * instance (and its tables: {@link #response()}, {@link #chirpResponse()}, {@link #centredResponse()}).
     */
    public static AuxiliaryWindows of(WindowSpec spec, DerivativeMethod method) {
        if (spec == null || method == null) {
            throw new IllegalArgumentException("window spec and derivative method must not be null");
        }
        java.util.List<Object> key = java.util.List.of(spec, method);
        AuxiliaryWindows cached = RECENT.get(key);
        if (cached != null) {
            return cached;
        }
        AuxiliaryWindows built = build(spec, method);
        RECENT.put(key, built);
        return built;
    }

    private static AuxiliaryWindows build(WindowSpec spec, DerivativeMethod method) {
        double[] h = window(spec);
        return switch (method) {
            case ANALYTIC -> analytic(spec, h);
            case SPECTRAL -> new AuxiliaryWindows(spec, method, 0, h, spectralDerivative(spec, h, 1),
                    spectralDerivative(spec, h, 2));
            case CENTRAL_DIFFERENCE -> centralDifference(spec, h);
        };
    }

    /** The window samples h[n], n = 0..N−1, for a spec (peak value 1 for odd symmetric windows). */
    public static double[] window(WindowSpec spec) {
        int n = spec.lengthSamples();
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = smooth(spec, i, 0);
        }
        return h;
    }

    /**
     * The window's closed form and its derivatives at any real position t (samples from the first
     * sample), including its analytic continuation just outside [0, N−1].
     *
     * @param order 0 (h), 1 (h′) or 2 (h″), derivatives with respect to t
     */
    static double smooth(WindowSpec spec, double t, int order) {
        int p = spec.periodSamples();
        double x = t - spec.centreSamples();
        switch (spec.kind()) {
            case GAUSSIAN -> {
                double s2 = spec.shape() * spec.shape();
                double g = Math.exp(-0.5 * x * x / s2);
                return switch (order) {
                    case 0 -> g;
                    case 1 -> -x / s2 * g;
                    default -> (x * x / s2 - 1) / s2 * g;
                };
            }
            case KAISER -> {
                // h = I0(u)/I0(β), u² = β²(1−K²), K = x/(P/2), K' = 2/P.
                // h'  = −β²·K·K'·[I1(u)/u]/I0(β)
                // h'' = −β²·K'²·[I1(u)/u − β²K²·I2(u)/u²]/I0(β)
                double beta = spec.shape();
                double b2 = beta * beta;
                double i0Beta = Bessel.i0(b2);
                double kp = 2.0 / p;
                double k = x * kp;
                double u2 = b2 * (1 - k * k);
                return switch (order) {
                    case 0 -> Bessel.i0(u2) / i0Beta;
                    case 1 -> -b2 * k * kp * Bessel.i1OverU(u2) / i0Beta;
                    default -> -b2 * kp * kp * (Bessel.i1OverU(u2) - b2 * k * k * Bessel.i2OverU2(u2)) / i0Beta;
                };
            }
            default -> {
                // h = Σ (−1)^k a_k cos(w_k t), w_k = 2πk/P, differentiated term by term.
                double[] a = spec.kind().cosineCoefficients();
                double v = 0;
                for (int k = 0; k < a.length; k++) {
                    double sign = (k % 2 == 0) ? 1 : -1;
                    double wk = 2 * Math.PI * k / p;
                    v += switch (order) {
                        case 0 -> sign * a[k] * Math.cos(wk * t);
                        case 1 -> -sign * a[k] * wk * Math.sin(wk * t);
                        default -> -sign * a[k] * wk * wk * Math.cos(wk * t);
                    };
                }
                return v;
            }
        }
    }

    /**
     * Closed-form derivatives, plus the window's edge terms.
     *
     * <p>Why the edge terms: the STFT needs {@code DTFT{dh}(ν) ≈ jν·DTFT{h}(ν)} (and
     * {@code DTFT{d2h} ≈ −ν²·DTFT{h}}) near ν = 0. For the samples of a smooth s on n = 0..N−1, the
     * midpoint rule and integration by parts give
     * {@code Σ s′(n)e^{−jνn} ≈ jν·H(ν) + s(N−½)e^{−jν(N−½)} − s(−½)e^{jν/2}}: a window cut off while
     * non-zero (Hamming, Gaussian, Kaiser, any periodic window) needs impulses +s(−½) and −s(N−½) at
     * the half-sample points where it is cut, each split over its two neighbouring samples (support
     * N + 2). Without them ω̂ of a Hamming-windowed tone errs by about 1 Hz at N = 2048. The second
     * derivative gets the matching dipoles (from the jν factor) and the steps of s′; even Hann needs
     * those, since its h″ jumps at the ends (without them its chirp-rate estimate errs by ~2%).
     */
    private static AuxiliaryWindows analytic(WindowSpec spec, double[] h) {
        int n = spec.lengthSamples();
        double startValue = smooth(spec, -0.5, 0);
        double endValue = smooth(spec, n - 0.5, 0);
        double startSlope = smooth(spec, -0.5, 1);
        double endSlope = smooth(spec, n - 0.5, 1);
        double[] ext = new double[n + 2];
        double[] dh = new double[n + 2];
        double[] d2h = new double[n + 2];
        for (int i = 0; i < n; i++) {
            ext[i + 1] = h[i];
            dh[i + 1] = smooth(spec, i, 1);
            d2h[i + 1] = smooth(spec, i, 2);
        }
        // support index j ↔ window sample j − 1: the cut at −½ sits between j = 0 and 1, the cut at N − ½ between N and N + 1
        dh[0] += 0.5 * startValue;
        dh[1] += 0.5 * startValue;
        dh[n] -= 0.5 * endValue;
        dh[n + 1] -= 0.5 * endValue;
        d2h[0] += startValue + 0.5 * startSlope;
        d2h[1] += -startValue + 0.5 * startSlope;
        d2h[n] += -endValue - 0.5 * endSlope;
        d2h[n + 1] += endValue - 0.5 * endSlope;
        return new AuxiliaryWindows(spec, DerivativeMethod.ANALYTIC, -1, ext, dh, d2h);
    }

    /** {@code IDFT{(jω)^order · DFT{h}}} over one period P of the window; sample N−1 of a symmetric window repeats sample 0. */
    private static double[] spectralDerivative(WindowSpec spec, double[] h, int order) {
        int p = spec.periodSamples();
        double[] re = new double[p];
        double[] im = new double[p];
        System.arraycopy(h, 0, re, 0, p);
        Fft fft = new Fft(p);
        fft.complexForward(re, im);
        for (int k = 0; k < p; k++) {
            int kk = k <= p / 2 ? k : k - p;
            double w = 2 * Math.PI * kk / p;
            if (order == 1) {
                if (p % 2 == 0 && k == p / 2) {
                    w = 0; // Nyquist bin: jω·X is not Hermitian there; its real-signal derivative is 0.
                }
                double r = -w * im[k];
                double i = w * re[k];
                re[k] = r;
                im[k] = i;
            } else {
                re[k] *= -w * w;
                im[k] *= -w * w;
            }
        }
        fft.complexInverse(re, im);
        double[] d = new double[h.length];
        System.arraycopy(re, 0, d, 0, p);
        if (h.length > p) {
            d[p] = d[0];
        }
        return d;
    }

    private static AuxiliaryWindows centralDifference(WindowSpec spec, double[] h) {
        int n = h.length;
        double[] ext = new double[n + 2];
        System.arraycopy(h, 0, ext, 1, n);
        double[] dh = new double[n + 2];
        double[] d2h = new double[n + 2];
        for (int i = 0; i < n + 2; i++) {
            double prev = i > 0 ? ext[i - 1] : 0.0;
            double next = i < n + 1 ? ext[i + 1] : 0.0;
            dh[i] = 0.5 * (next - prev);
            d2h[i] = next - 2 * ext[i] + prev;
        }
        return new AuxiliaryWindows(spec, DerivativeMethod.CENTRAL_DIFFERENCE, -1, ext, dh, d2h);
    }

    /** The window's specification. */
    public WindowSpec spec() {
        return spec;
    }

    /** The method the derivative windows were built with. */
    public DerivativeMethod derivativeMethod() {
        return method;
    }

    /** Length of the common support of all five windows (N, or N + 2 for central differences). */
    public int supportSamples() {
        return h.length;
    }

    /** Index of the window's first sample relative to support index 0's position: 0, or −1 for central differences. */
    public int supportOffsetSamples() {
        return offset;
    }

    /** Centre c as an index into the support (the axis of symmetry; half-integer for even symmetric windows). */
    public double centreSamples() {
        return centre;
    }

    /** Σ h[n]: the DC gain; a sinusoid of amplitude A has |X| = A·Σh/2 at its peak. */
    public double sumH() {
        return sumH;
    }

    /** h[n] on the support (a copy). */
    public double[] h() {
        return h.clone();
    }

    /** th[n] = (n − c)·h[n] (a copy). */
    public double[] th() {
        return th.clone();
    }

    /** dh[n] = h′[n] (a copy). */
    public double[] dh() {
        return dh.clone();
    }

    /** tdh[n] = (n − c)·h′[n] (a copy). */
    public double[] tdh() {
        return tdh.clone();
    }

    /** d2h[n] = h″[n] (a copy). */
    public double[] d2h() {
        return d2h.clone();
    }

    /** One of the five windows by its symbol (a copy). */
    public double[] get(AuxWindow which) {
        return switch (which) {
            case H -> h();
            case TH -> th();
            case DH -> dh();
            case TDH -> tdh();
            case D2H -> d2h();
        };
    }

    /** The window's sampled magnitude response (computed once, on first use). */
    public WindowResponse response() {
        WindowResponse r = response;
        if (r == null) {
            r = WindowResponse.of(h, spec.lengthSamples());
            response = r;
        }
        return r;
    }

    /** The centred transforms of h and h′ over the whole frequency axis (computed once, on first use). */
    public CentredResponse centredResponse() {
        CentredResponse r = centredResponse;
        if (r == null) {
            r = new CentredResponse(this);
            centredResponse = r;
        }
        return r;
    }

    /** The window's response to a linear chirp (tabulated lazily, shared by every user of this instance). */
    public ChirpResponse chirpResponse() {
        ChirpResponse r = chirpResponse;
        if (r == null) {
            synchronized (this) {
                r = chirpResponse;
                if (r == null) {
                    r = new ChirpResponse(this);
                    chirpResponse = r;
                }
            }
        }
        return r;
    }

    /** Coherent gain, ENBW, main-lobe width and highest sidelobe, measured on the sampled window. */
    public WindowMetrics metrics() {
        return response().metrics();
    }

    @Override
    public String toString() {
        return "AuxiliaryWindows[" + spec + ", " + method.name().toLowerCase() + " derivatives, support "
                + h.length + " samples, centre " + centre + "]";
    }
}
