package tfr.reassign;

import java.util.Arrays;

/**
 * The valid reassigned cells of a signal as columns: reassigned time (s), reassigned frequency
 * (Hz), amplitude and magnitude (sinusoid scale), convergence, chirp rate (Hz/s), frame and bin.
 * Accessors return copies.
 */
public final class PointCloud {
    private final int size;
    private final double[] timeSec;
    private final double[] freqHz;
    private final double[] amplitude;
    private final double[] magnitude;
    private final double[] convergence;
    private final double[] chirpRateHzPerSec;
    private final int[] frame;
    private final int[] bin;

    private PointCloud(Builder b) {
        size = b.size;
        timeSec = Arrays.copyOf(b.timeSec, size);
        freqHz = Arrays.copyOf(b.freqHz, size);
        amplitude = Arrays.copyOf(b.amplitude, size);
        magnitude = Arrays.copyOf(b.magnitude, size);
        convergence = Arrays.copyOf(b.convergence, size);
        chirpRateHzPerSec = Arrays.copyOf(b.chirp, size);
        frame = Arrays.copyOf(b.frame, size);
        bin = Arrays.copyOf(b.bin, size);
    }

    /** Number of points. */
    public int size() {
        return size;
    }

    public double timeSec(int i) {
        return timeSec[i];
    }

    public double freqHz(int i) {
        return freqHz[i];
    }

    public double amplitude(int i) {
        return amplitude[i];
    }

    public double magnitude(int i) {
        return magnitude[i];
    }

    public double convergence(int i) {
        return convergence[i];
    }

    public double chirpRateHzPerSec(int i) {
        return chirpRateHzPerSec[i];
    }

    public int frame(int i) {
        return frame[i];
    }

    public int bin(int i) {
        return bin[i];
    }

    public double[] timeSec() {
        return timeSec.clone();
    }

    public double[] freqHz() {
        return freqHz.clone();
    }

    public double[] amplitude() {
        return amplitude.clone();
    }

    public double[] magnitude() {
        return magnitude.clone();
    }

    public double[] convergence() {
        return convergence.clone();
    }

    public double[] chirpRateHzPerSec() {
        return chirpRateHzPerSec.clone();
    }

    public int[] frame() {
        return frame.clone();
    }

    public int[] bin() {
        return bin.clone();
    }

    /** Adds every point's power (magnitude²) to a grid at its reassigned coordinates. */
    public void addTo(TfGrid grid) {
        for (int i = 0; i < size; i++) {
            grid.add(timeSec[i], freqHz[i], magnitude[i] * magnitude[i]);
        }
    }

    @Override
    public String toString() {
        return "PointCloud[" + size + " points: time_s, freq_hz, amp, magnitude, convergence, chirp_rate_hz_s, frame, bin]";
    }

    /** Collects valid cells frame by frame. */
    static final class Builder {
        int size;
        double[] timeSec = new double[1024];
        double[] freqHz = new double[1024];
        double[] amplitude = new double[1024];
        double[] magnitude = new double[1024];
        double[] convergence = new double[1024];
        double[] chirp = new double[1024];
        int[] frame = new int[1024];
        int[] bin = new int[1024];

        void addFrame(ReassignedFrame f) {
            int bins = f.binCount();
            for (int k = 0; k < bins; k++) {
                if (!f.valid(k)) {
                    continue;
                }
                if (size == timeSec.length) {
                    int n = size * 2;
                    timeSec = Arrays.copyOf(timeSec, n);
                    freqHz = Arrays.copyOf(freqHz, n);
                    amplitude = Arrays.copyOf(amplitude, n);
                    magnitude = Arrays.copyOf(magnitude, n);
                    convergence = Arrays.copyOf(convergence, n);
                    chirp = Arrays.copyOf(chirp, n);
                    frame = Arrays.copyOf(frame, n);
                    bin = Arrays.copyOf(bin, n);
                }
                timeSec[size] = f.timeSec(k);
                freqHz[size] = f.freqHz(k);
                amplitude[size] = f.amplitude(k);
                magnitude[size] = f.magnitude(k);
                convergence[size] = f.convergence(k);
                chirp[size] = f.chirpRateHzPerSec(k);
                frame[size] = f.frameIndex();
                bin[size] = k;
                size++;
            }
        }

        PointCloud build() {
            return new PointCloud(this);
        }
    }
}
