package tfr.harmonic;

import java.util.Arrays;
import java.util.Locale;

/**
 * The fundamental of a sound over time, frame by frame, as the {@link F0Estimator} makes it; with
 * {@link #envelope} the smoothed, gap-filled view the {@link Channelizer} labels against.
 *
 * <p>Frame i: at {@code timesSec[i]} the best fundamental {@code f0Hz[i]} (Hz; present even when the
 * frame is not voiced, NaN when no partial sounded or no candidate was in range), its harmonicity
 * {@code harmonicity[i]} = Q(f0) ∈ [−1, 1] (NaN with f0), and whether it is {@code voiced[i]}
 * (Q ≥ threshold and enough level). Accessors return copies; arrays are copied in.
 *
 * @param timesSec    frame times, s, finite and strictly increasing
 * @param f0Hz        fundamental per frame, Hz (finite &gt; 0, or NaN; finite where voiced)
 * @param harmonicity Q per frame, in [−1, 1] or NaN
 * @param voiced      whether each frame is voiced
 */
public record F0Track(double[] timesSec, double[] f0Hz, double[] harmonicity, boolean[] voiced) {
    /** Default median window of {@link #envelope()}: 5 voiced frames. */
    public static final int DEFAULT_MEDIAN_FRAMES = 5;

    public F0Track {
        if (timesSec == null || f0Hz == null || harmonicity == null || voiced == null) {
            throw new IllegalArgumentException("timesSec, f0Hz, harmonicity and voiced must not be null");
        }
        int n = timesSec.length;
        if (f0Hz.length != n || harmonicity.length != n || voiced.length != n) {
            throw new IllegalArgumentException("timesSec, f0Hz, harmonicity and voiced must have equal lengths, got "
                    + n + ", " + f0Hz.length + ", " + harmonicity.length + ", " + voiced.length);
        }
        timesSec = timesSec.clone();
        f0Hz = f0Hz.clone();
        harmonicity = harmonicity.clone();
        voiced = voiced.clone();
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(timesSec[i]) || (i > 0 && !(timesSec[i] > timesSec[i - 1]))) {
                throw new IllegalArgumentException("timesSec must be finite and strictly increasing, got "
                        + (i > 0 ? timesSec[i - 1] + " then " : "") + timesSec[i] + " at frame " + i);
            }
            if (!(f0Hz[i] > 0 && Double.isFinite(f0Hz[i])) && !Double.isNaN(f0Hz[i])) {
                throw new IllegalArgumentException("f0Hz must be finite and > 0, or NaN, got " + f0Hz[i] + " at frame " + i);
            }
            if (!(harmonicity[i] >= -1 && harmonicity[i] <= 1) && !Double.isNaN(harmonicity[i])) {
                throw new IllegalArgumentException("harmonicity must be in [-1, 1] or NaN, got " + harmonicity[i]
                        + " at frame " + i);
            }
            if (voiced[i] && Double.isNaN(f0Hz[i])) {
                throw new IllegalArgumentException("voiced frame " + i + " needs a finite f0Hz");
            }
        }
    }

    @Override
    public double[] timesSec() {
        return timesSec.clone();
    }

    @Override
    public double[] f0Hz() {
        return f0Hz.clone();
    }

    @Override
    public double[] harmonicity() {
        return harmonicity.clone();
    }

    @Override
    public boolean[] voiced() {
        return voiced.clone();
    }

    /** The number of frames. */
    public int size() {
        return timesSec.length;
    }

    public double timeSec(int i) {
        return timesSec[i];
    }

    public double f0Hz(int i) {
        return f0Hz[i];
    }

    public double harmonicity(int i) {
        return harmonicity[i];
    }

    public boolean isVoiced(int i) {
        return voiced[i];
    }

    /** The number of voiced frames. */
    public int voicedCount() {
        int c = 0;
        for (boolean v : voiced) {
            c += v ? 1 : 0;
        }
        return c;
    }

    /** The median f0 of the voiced frames, Hz (NaN if none). */
    public double medianVoicedHz() {
        double[] v = new double[voicedCount()];
        int k = 0;
        for (int i = 0; i < voiced.length; i++) {
            if (voiced[i]) {
                v[k++] = f0Hz[i];
            }
        }
        return F0Envelope.median(v, 0, v.length);
    }

    /** The envelope with the default median window ({@value #DEFAULT_MEDIAN_FRAMES} voiced frames). */
    public F0Envelope envelope() {
        return new F0Envelope(this, DEFAULT_MEDIAN_FRAMES);
    }

    /** The envelope with a median over {@code medianFrames} (odd, ≥ 1) consecutive voiced frames. */
    public F0Envelope envelope(int medianFrames) {
        return new F0Envelope(this, medianFrames);
    }

    /**
     * The envelope's value at t, Hz: {@code envelope().hzAt(t)}. Builds the envelope on every call
     * (O(frames)); keep {@link #envelope()} for many queries.
     */
    public double f0HzAt(double timeSec) {
        return envelope().hzAt(timeSec);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof F0Track t && Arrays.equals(timesSec, t.timesSec) && Arrays.equals(f0Hz, t.f0Hz)
                && Arrays.equals(harmonicity, t.harmonicity) && Arrays.equals(voiced, t.voiced);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(timesSec) + Arrays.hashCode(f0Hz)) + Arrays.hashCode(harmonicity))
                + Arrays.hashCode(voiced);
    }

    /** Shape and units, e.g. {@code F0Track[100 frames, 0.0100..0.9900 s, 87 voiced, median 440.02 Hz]}. */
    @Override
    public String toString() {
        if (timesSec.length == 0) {
            return "F0Track[0 frames]";
        }
        return String.format(Locale.ROOT, "F0Track[%d frames, %.4f..%.4f s, %d voiced%s]", size(), timesSec[0],
                timesSec[size() - 1], voicedCount(),
                voicedCount() == 0 ? "" : String.format(Locale.ROOT, ", median %.2f Hz", medianVoicedHz()));
    }
}
