package tfr.signals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A single-sample impulse (discrete Kronecker delta): {@code x[n] = amplitude} for
 * {@code n = sampleIndex}, 0 elsewhere. Placed by sample index so that it lands exactly on one sample;
 * its time is {@code sampleIndex / sampleRateHz}.
 *
 * <p>Broadband: it has no instantaneous frequency, amplitude envelope or phase, so those truth methods
 * return {@code NaN}; use {@link #timeSec(double)} and {@link #amplitude()}.
 *
 * @param sampleIndex the sample it occupies, &gt;= 0 (and inside the signal when rendered)
 * @param amplitude   its value, finite; the sign is its polarity
 */
public record Impulse(int sampleIndex, double amplitude) implements Component {
    /** The ground-truth kind. */
    public static final String KIND = "impulse";

    /** Validates the parameters (see the record description). */
    public Impulse {
        if (sampleIndex < 0) {
            throw new IllegalArgumentException("sampleIndex must be >= 0, got " + sampleIndex);
        }
        Checks.finite(amplitude, "amplitude");
    }

    /** The impulse's time {@code sampleIndex / sampleRateHz} in seconds. */
    public double timeSec(double sampleRateHz) {
        return Phase.timeSec(sampleIndex, Checks.sampleRate(sampleRateHz));
    }

    /**
     * {@code out[sampleIndex] += amplitude}.
     *
     * @throws IllegalArgumentException if {@code sampleIndex >= out.length}
     */
    @Override
    public void addTo(double[] out, double sampleRateHz) {
        Checks.notNull(out);
        Checks.sampleRate(sampleRateHz);
        if (sampleIndex >= out.length) {
            throw new IllegalArgumentException("sampleIndex must be < the signal length " + out.length
                    + ", got " + sampleIndex);
        }
        out[sampleIndex] += amplitude;
    }

    /** {@code NaN}: an impulse has energy at every frequency. */
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

    /** {@code kind, sample_index, amplitude, formula}. */
    @Override
    public Map<String, Object> describe() {
        return Collections.unmodifiableMap(base());
    }

    /** {@link #describe()} plus {@code time_sec = sample_index / sample_rate_hz}. */
    @Override
    public Map<String, Object> describe(double sampleRateHz) {
        Map<String, Object> m = base();
        m.put("time_sec", timeSec(sampleRateHz));
        return Collections.unmodifiableMap(m);
    }

    private Map<String, Object> base() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("sample_index", sampleIndex);
        m.put("amplitude", amplitude);
        m.put("formula", "x[n] = amplitude if n == sample_index else 0");
        return m;
    }
}
