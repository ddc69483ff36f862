package tfr.signals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code count} equal single-sample impulses, {@code periodSamples} apart, the first at
 * {@code firstSample}: {@code x[n] = amplitude} for {@code n = firstSample + j·periodSamples},
 * {@code j = 0 … count−1}, and 0 elsewhere. Impulse {@code j} is at time
 * {@code (firstSample + j·periodSamples) / sampleRateHz}.
 *
 * <p>Broadband: the frequency, amplitude and phase truth methods return {@code NaN}.
 *
 * @param firstSample   index of the first impulse, &gt;= 0
 * @param periodSamples spacing in samples, &gt;= 1
 * @param count         number of impulses, &gt;= 1; the last index must fit in an {@code int}
 * @param amplitude     value of every impulse, finite; the sign is the polarity
 */
public record ImpulseTrain(int firstSample, int periodSamples, int count, double amplitude) implements Component {
    /** The ground-truth kind. */
    public static final String KIND = "impulse_train";

    /** Validates the parameters (see the record description). */
    public ImpulseTrain {
        if (firstSample < 0) {
            throw new IllegalArgumentException("firstSample must be >= 0, got " + firstSample);
        }
        if (periodSamples < 1) {
            throw new IllegalArgumentException("periodSamples must be >= 1, got " + periodSamples);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, got " + count);
        }
        long last = firstSample + (long) (count - 1) * periodSamples;
        if (last > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("count must keep the last index firstSample + (count-1)*periodSamples"
                    + " <= " + Integer.MAX_VALUE + ", got " + last);
        }
        Checks.finite(amplitude, "amplitude");
    }

    /** Index of impulse {@code j}: {@code firstSample + j·periodSamples}, for {@code 0 <= j < count}. */
    public int sampleIndex(int j) {
        if (j < 0 || j >= count) {
            throw new IllegalArgumentException("j must be in [0, " + (count - 1) + "], got " + j);
        }
        return firstSample + j * periodSamples;
    }

    /** Index of the last impulse: {@code firstSample + (count − 1)·periodSamples}. */
    public int lastSample() {
        return sampleIndex(count - 1);
    }

    /** All impulse indices, ascending (a fresh array). */
    public int[] sampleIndices() {
        int[] indices = new int[count];
        for (int j = 0; j < count; j++) {
            indices[j] = firstSample + j * periodSamples;
        }
        return indices;
    }

    /** All impulse times {@code index / sampleRateHz} in seconds, ascending (a fresh array). */
    public double[] timesSec(double sampleRateHz) {
        Checks.sampleRate(sampleRateHz);
        double[] times = new double[count];
        for (int j = 0; j < count; j++) {
            times[j] = Phase.timeSec(firstSample + j * periodSamples, sampleRateHz);
        }
        return times;
    }

    /** The spacing {@code periodSamples / sampleRateHz} in seconds. */
    public double periodSec(double sampleRateHz) {
        return periodSamples / Checks.sampleRate(sampleRateHz);
    }

    /**
     * {@code out[firstSample + j·periodSamples] += amplitude} for every {@code j}.
     *
     * @throws IllegalArgumentException if the last impulse falls outside {@code out}
     */
    @Override
    public void addTo(double[] out, double sampleRateHz) {
        Checks.notNull(out);
        Checks.sampleRate(sampleRateHz);
        if (lastSample() >= out.length) {
            throw new IllegalArgumentException("count must keep the last impulse inside the signal (length "
                    + out.length + "), got last index " + lastSample());
        }
        for (int j = 0; j < count; j++) {
            out[firstSample + j * periodSamples] += amplitude;
        }
    }

    /** {@code NaN}: impulses have energy at every frequency. */
    @Override
    public double instantaneousFrequencyHz(double timeSec) {
        return Double.NaN;
    }

    /** {@code NaN}: see {@link #amplitude()}. */
    @Override
    public double amplitudeAt(double timeSec) {
        return Double.NaN;
    }

    /** {@code NaN}. */
    @Override
    public double phaseRadAt(double timeSec) {
        return Double.NaN;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** {@code kind, first_sample, period_samples, count, amplitude, sample_indices, formula}. */
    @Override
    public Map<String, Object> describe() {
        return Collections.unmodifiableMap(base());
    }

    /** {@link #describe()} plus {@code period_sec} and {@code times_sec} (every impulse's time). */
    @Override
    public Map<String, Object> describe(double sampleRateHz) {
        Map<String, Object> m = base();
        m.put("period_sec", periodSec(sampleRateHz));
        m.put("times_sec", timesSec(sampleRateHz));
        return Collections.unmodifiableMap(m);
    }

    private Map<String, Object> base() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("first_sample", firstSample);
        m.put("period_samples", periodSamples);
        m.put("count", count);
        m.put("amplitude", amplitude);
        m.put("sample_indices", sampleIndices());
        m.put("formula", "x[n] = amplitude if n == first_sample + j period_samples for j in [0, count) else 0");
        return m;
    }
}
