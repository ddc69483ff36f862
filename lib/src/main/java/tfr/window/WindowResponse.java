package tfr.window;

import tfr.stft.Fft;

/**
 * The magnitude of a window's discrete-time Fourier transform,
 * {@code |W(ν)| = |Σ_n h[n]·e^{−jνn}|}, sampled on a fine grid over [0, π] rad/sample by a
 * zero-padded FFT ({@value #OVERSAMPLING}× the window length, rounded up to a power of two) and
 * read between grid points by cubic interpolation.
 *
 * <p>Used to undo scalloping: a sinusoid of amplitude A at frequency ω₀ seen in a bin centred at ω
 * has {@code |X| = A·|W(ω − ω₀)|/2}, so {@code A = 2|X| / |W(ω − ω̂)|} once ω̂ is known. Pitfall:
 * near a null of W this division blows up; callers use it only inside the main lobe.
 */
public final class WindowResponse {
    /** Grid points per DFT bin of the window length (the interpolation then errs by ~1e-8 relative). */
    public static final int OVERSAMPLING = 64;
    private static final int MAX_POINTS = 1 << 22;

    private final int lengthSamples;
    private final double step;
    private final double[] magnitude;
    private final double sumH;
    private final double sumH2;
    private final double firstNull;

    private WindowResponse(int lengthSamples, double step, double[] magnitude, double sumH, double sumH2) {
        this.lengthSamples = lengthSamples;
        this.step = step;
        this.magnitude = magnitude;
        this.sumH = sumH;
        this.sumH2 = sumH2;
        this.firstNull = findFirstNull();
    }

    /**
     * Samples the response of window {@code h} (any zero padding around it does not change |W|).
     *
     * @param lengthSamples the window length N proper, which defines the DFT bin 2π/N of the metrics
     */
    static WindowResponse of(double[] h, int lengthSamples) {
        int n = h.length;
        int q = Integer.highestOneBit(Math.max(1, n * OVERSAMPLING - 1)) << 1;
        q = Math.min(q, Math.max(MAX_POINTS, Integer.highestOneBit(n) << 2));
        double[] re = new double[q / 2 + 1];
        double[] im = new double[q / 2 + 1];
        new Fft(q).realForward(h, re, im);
        double[] mag = new double[q / 2 + 1];
        for (int k = 0; k < mag.length; k++) {
            mag[k] = Math.hypot(re[k], im[k]);
        }
        double s = 0;
        double s2 = 0;
        for (double v : h) {
            s += v;
            s2 += v * v;
        }
        return new WindowResponse(lengthSamples, 2 * Math.PI / q, mag, s, s2);
    }

    /** |W(ν)| for ν in rad/sample (symmetric in ν; wrapped into [0, π]). */
    public double magnitude(double nuRadPerSample) {
        double nu = Math.abs(nuRadPerSample);
        if (nu > Math.PI) { // rare: wrap into [0, π] (the floating-point remainder is slow on the hot path)
            nu %= 2 * Math.PI;
            if (nu > Math.PI) {
                nu = 2 * Math.PI - nu;
            }
        }
        double x = nu / step;
        int i = (int) x;
        int last = magnitude.length - 1;
        if (i >= last) {
            return magnitude[last];
        }
        double f = x - i;
        // Cubic Lagrange through i−1..i+2 (mirror at 0: |W| is even; clamp at π).
        double y0 = magnitude[Math.abs(i - 1)];
        double y1 = magnitude[i];
        double y2 = magnitude[i + 1];
        double y3 = magnitude[Math.min(last, i + 2)];
        return y1 + 0.5 * f * (y2 - y0 + f * (2 * y0 - 5 * y1 + 4 * y2 - y3 + f * (3 * (y1 - y2) + y3 - y0)));
    }

    /** |W(ν)|/W(0): the fraction of a sinusoid's peak magnitude seen ν rad/sample away from it. */
    public double gain(double nuRadPerSample) {
        return magnitude(nuRadPerSample) / magnitude[0];
    }

    /** W(0) = Σ h. */
    public double dcGain() {
        return magnitude[0];
    }

    /** Half the main lobe's null-to-null width, rad/sample: the first local minimum of |W| above 0. */
    public double firstNullRadPerSample() {
        return firstNull;
    }

    private double findFirstNull() {
        for (int k = 1; k < magnitude.length - 1; k++) {
            if (magnitude[k] <= magnitude[k - 1] && magnitude[k] <= magnitude[k + 1]) {
                return k * step;
            }
        }
        return Math.PI;
    }

    /** Coherent gain, ENBW, main-lobe width and highest sidelobe of this window. */
    public WindowMetrics metrics() {
        double bin = 2 * Math.PI / lengthSamples;
        double firstNull = firstNullRadPerSample();
        int k0 = (int) Math.round(firstNull / step);
        double side = 0;
        for (int k = k0; k < magnitude.length; k++) {
            side = Math.max(side, magnitude[k]);
        }
        double sidelobeDb = side > 0 ? 20 * Math.log10(side / magnitude[0]) : Double.NEGATIVE_INFINITY;
        return new WindowMetrics(lengthSamples, sumH / lengthSamples, lengthSamples * sumH2 / (sumH * sumH),
                2 * firstNull / bin, sidelobeDb);
    }

    @Override
    public String toString() {
        return "WindowResponse[" + magnitude.length + " points over 0..π rad/sample, window " + lengthSamples + " samples]";
    }
}
