package tfr.harmonic;

import java.util.Arrays;
import java.util.Locale;

/**
 * An {@link F0Track} as a continuous reference: the voiced frames' f0, median-filtered, linearly
 * interpolated in time. The {@link Channelizer}'s usual {@link FrequencyEnvelope} (Loris builds its
 * reference the same way, from the voiced estimates only).
 *
 * <pre>
 *   g_j  = median of f0 over voiced frames j − h … j + h   (h = (medianFrames − 1)/2, fewer at the ends)
 *   f(t) = linear interpolation of (t_j, g_j) over voiced frames j;  g_first before, g_last after
 * </pre>
 * The median runs over consecutive <i>voiced</i> frames, skipping unvoiced ones, so a short voiced
 * glitch (an octave error of up to h frames) inside a long run disappears; f(t) glides linearly across
 * unvoiced gaps, also between notes. NaN everywhere when no frame is voiced.
 *
 * <p>Pitfall: a median is exact on monotone stretches but flattens extremes: at a vibrato's turning
 * point the envelope takes the second-highest of the window, e.g. 0.23% under the peak for ±50 cents at
 * 5.5 Hz with 11.6 ms frames — harmless for labelling, not a pitch measurement (use the track's frames).
 */
public final class F0Envelope implements FrequencyEnvelope {
    private final int medianFrames;
    private final double[] times;
    private final double[] hz;

    F0Envelope(F0Track track, int medianFrames) {
        if (track == null) {
            throw new IllegalArgumentException("track must not be null");
        }
        if (medianFrames < 1 || medianFrames % 2 == 0) {
            throw new IllegalArgumentException("medianFrames must be odd and >= 1, got " + medianFrames);
        }
        this.medianFrames = medianFrames;
        int n = track.voicedCount();
        double[] t = new double[n];
        double[] f = new double[n];
        int k = 0;
        for (int i = 0; i < track.size(); i++) {
            if (track.isVoiced(i)) {
                t[k] = track.timeSec(i);
                f[k] = track.f0Hz(i);
                k++;
            }
        }
        int h = medianFrames / 2;
        double[] g = new double[n];
        for (int j = 0; j < n; j++) {
            int lo = Math.max(0, j - h);
            int hi = Math.min(n, j + h + 1);
            g[j] = median(f, lo, hi);
        }
        this.times = t;
        this.hz = g;
    }

    /** The median of a[lo, hi) (the mean of the middle two for an even count); NaN if empty. */
    static double median(double[] a, int lo, int hi) {
        if (hi <= lo) {
            return Double.NaN;
        }
        double[] s = Arrays.copyOfRange(a, lo, hi);
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : 0.5 * (s[m - 1] + s[m]);
    }

    public int medianFrames() {
        return medianFrames;
    }

    /** Number of voiced frames the envelope passes through. */
    public int knotCount() {
        return times.length;
    }

    /** The smoothed f0 at t (class doc), Hz; NaN for a NaN time or when no frame was voiced. */
    @Override
    public double hzAt(double timeSec) {
        int n = times.length;
        if (n == 0 || Double.isNaN(timeSec)) {
            return Double.NaN;
        }
        if (timeSec <= times[0]) {
            return hz[0];
        }
        if (timeSec >= times[n - 1]) {
            return hz[n - 1];
        }
        int i = Arrays.binarySearch(times, timeSec);
        if (i >= 0) {
            return hz[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double u = (timeSec - times[lo]) / (times[hi] - times[lo]);
        return hz[lo] + u * (hz[hi] - hz[lo]);
    }

    @Override
    public String toString() {
        return times.length == 0 ? "F0Envelope[no voiced frames]"
                : String.format(Locale.ROOT, "F0Envelope[%d voiced frames, %.4f..%.4f s, median of %d]", times.length,
                        times[0], times[times.length - 1], medianFrames);
    }
}
