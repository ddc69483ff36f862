package tfr.window;

/**
 * Whether a window of length N is sampled from one period of length {@code P = N − 1}
 * ({@link #SYMMETRIC}: {@code h[n] = h[N−1−n]}, centre {@code c = (N−1)/2}) or {@code P = N}
 * ({@link #PERIODIC}: the DFT-even form used for overlap-add, centre {@code c = N/2}).
 *
 * <p>Pitfall: for even N the symmetric window's centre falls half-way between two samples, so a
 * frame's time is half a sample after an integer; TFR Lab keeps that half sample (librosa rounds
 * the frame time to N/2 while centring the ramp at (N−1)/2, which makes its times half a sample late).
 */
public enum Symmetry {
    SYMMETRIC,
    PERIODIC;

    /** Parses {@code symmetric} or {@code periodic} (case-insensitive). */
    public static Symmetry parse(String name) {
        for (Symmetry s : values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown window symmetry '" + name + "' (choose symmetric or periodic)");
    }
}
