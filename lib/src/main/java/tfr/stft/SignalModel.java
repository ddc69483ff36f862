package tfr.stft;

/**
 * Which signal the STFT analyses.
 * <ul>
 * <li>{@link #REAL} (default): the real samples x. Every component has a mirror image at negative
 * frequency whose leakage through the window's sidelobes biases ω̂ of the real component by
 * about e/(N·g) rad/sample for a window cut off at relative height e (g its coherent gain):
 * Hann ~1e-4 Hz, Kaiser-9 ~7e-3 Hz, Gaussian (σ = N/6) ~0.09 Hz, Hamming ~0.5 Hz at N = 2048,
 * 44.1 kHz — independent of the component's frequency.</li>
 * <li>{@link #ANALYTIC}: the analytic signal z = x + j·H{x} (negative frequencies removed by an FFT of
 * the whole zero-padded signal). Image-free, so tones and chirps reassign to within rounding for
 * every window; costs one extra transform of the whole signal (memory grows with its length) and
 * complex FFTs per frame. A sinusoid of amplitude A has |Z| = A·Σh at its peak (not A·Σh/2).</li>
 * </ul>
 */
public enum SignalModel {
    REAL,
    ANALYTIC;

    /** Parses {@code real} or {@code analytic}. */
    public static SignalModel parse(String name) {
        for (SignalModel m : values()) {
            if (m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown signal model '" + name + "' (choose real or analytic)");
    }
}
