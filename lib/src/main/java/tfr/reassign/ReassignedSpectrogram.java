package tfr.reassign;

import java.util.List;

/**
 * Every reassigned cell of a (short) signal: frames × bins of reassigned time, frequency, magnitude,
 * amplitude, convergence and chirp rate, with the parameters that produced them.
 * Built by {@link Reassigner#compute}. Invalid cells hold NaN.
 */
public final class ReassignedSpectrogram {
    private final ReassignParams params;
    private final int signalLength;
    private final ReassignedFrame[] frames;

    ReassignedSpectrogram(ReassignParams params, int signalLength, List<ReassignedFrame> frames) {
        this.params = params;
        this.signalLength = signalLength;
        this.frames = frames.toArray(new ReassignedFrame[0]);
    }

    public ReassignParams params() {
        return params;
    }

    /** Length of the analysed signal, samples. */
    public int signalLength() {
        return signalLength;
    }

    public int frameCount() {
        return frames.length;
    }

    public int binCount() {
        return params.frames().binCount();
    }

    /** Frame m (shared, do not modify; use {@link ReassignedFrame#copy()} for a private copy). */
    public ReassignedFrame frame(int m) {
        return frames[m];
    }

    /** Frame m's nominal time, s. */
    public double frameTimeSec(int m) {
        return frames[m].frameTimeSec();
    }

    /** Bin k's nominal frequency, Hz. */
    public double binFreqHz(int k) {
        return params.frames().binFreqHz(k);
    }

    public boolean valid(int m, int k) {
        return frames[m].valid(k);
    }

    public double timeSec(int m, int k) {
        return frames[m].timeSec(k);
    }

    public double freqHz(int m, int k) {
        return frames[m].freqHz(k);
    }

    public double magnitude(int m, int k) {
        return frames[m].magnitude(k);
    }

    public double amplitude(int m, int k) {
        return frames[m].amplitude(k);
    }

    public double convergence(int m, int k) {
        return frames[m].convergence(k);
    }

    public double chirpRateHzPerSec(int m, int k) {
        return frames[m].chirpRateHzPerSec(k);
    }

    /** The bin of largest magnitude in frame m (−1 if no cell is valid). */
    public int peakBin(int m) {
        int best = -1;
        double max = -1;
        for (int k = 0; k < binCount(); k++) {
            if (frames[m].valid(k) && frames[m].magnitude(k) > max) {
                max = frames[m].magnitude(k);
                best = k;
            }
        }
        return best;
    }

    /** The valid cells as a point cloud. */
    public PointCloud points() {
        PointCloud.Builder b = new PointCloud.Builder();
        for (ReassignedFrame f : frames) {
            b.addFrame(f);
        }
        return b.build();
    }

    /** Adds every valid cell's power to a grid. */
    public void addTo(TfGrid grid, Placement placement) {
        for (ReassignedFrame f : frames) {
            f.addTo(grid, placement);
        }
    }

    @Override
    public String toString() {
        return "ReassignedSpectrogram[" + frames.length + " frames x " + binCount() + " bins, "
                + String.format(java.util.Locale.ROOT, "%.3f", signalLength / params.frames().sampleRateHz()) + " s, " + params + "]";
    }
}
