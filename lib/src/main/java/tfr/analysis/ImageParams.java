package tfr.analysis;

import tfr.reassign.FrequencyScale;

/**
 * The time × frequency grid spectrogram images are accumulated on, and how they are shown.
 *
 * @param timePx         grid columns over the whole signal
 * @param freqPx         grid rows
 * @param scale          linear or logarithmic frequency axis
 * @param minFreqHz      lowest frequency shown (must be &gt; 0 for a log axis)
 * @param maxFreqHz      highest frequency shown; 0 means the Nyquist frequency
 * @param dynamicRangeDb colour range below the reference (full scale)
 */
public record ImageParams(int timePx, int freqPx, FrequencyScale scale, double minFreqHz, double maxFreqHz,
                          double dynamicRangeDb) {
    public ImageParams {
        if (timePx < 1 || timePx > 20000) {
            throw new IllegalArgumentException("timePx must be in [1, 20000], got " + timePx);
        }
        if (freqPx < 1 || freqPx > 20000) {
            throw new IllegalArgumentException("freqPx must be in [1, 20000], got " + freqPx);
        }
        if (scale == null) {
            throw new IllegalArgumentException("frequency scale must not be null");
        }
        if (!(minFreqHz >= 0) || !Double.isFinite(minFreqHz)) {
            throw new IllegalArgumentException("minFreqHz must be finite and >= 0, got " + minFreqHz);
        }
        if (scale == FrequencyScale.LOG && !(minFreqHz > 0)) {
            throw new IllegalArgumentException("minFreqHz must be > 0 for a log frequency axis, got " + minFreqHz);
        }
        if (!(maxFreqHz >= 0) || !Double.isFinite(maxFreqHz) || (maxFreqHz != 0 && maxFreqHz <= minFreqHz)) {
            throw new IllegalArgumentException("maxFreqHz must be 0 (Nyquist) or > minFreqHz, got " + maxFreqHz);
        }
        if (!(dynamicRangeDb > 0) || !Double.isFinite(dynamicRangeDb)) {
            throw new IllegalArgumentException("dynamicRangeDb must be finite and > 0, got " + dynamicRangeDb);
        }
    }

    /** 1200 × 600 px, linear 0 Hz to Nyquist, 90 dB. */
    public static ImageParams defaults() {
        return new ImageParams(1200, 600, FrequencyScale.LINEAR, 0, 0, 90);
    }

    /** The top of the frequency axis for a sample rate. */
    public double topFreqHz(double sampleRateHz) {
        return maxFreqHz == 0 ? sampleRateHz / 2 : Math.min(maxFreqHz, sampleRateHz / 2);
    }

    public ImageParams withSize(int t, int f) {
        return new ImageParams(t, f, scale, minFreqHz, maxFreqHz, dynamicRangeDb);
    }

    public ImageParams withScale(FrequencyScale s, double minHz, double maxHz) {
        return new ImageParams(timePx, freqPx, s, minHz, maxHz, dynamicRangeDb);
    }

    public ImageParams withDynamicRangeDb(double db) {
        return new ImageParams(timePx, freqPx, scale, minFreqHz, maxFreqHz, db);
    }
}
