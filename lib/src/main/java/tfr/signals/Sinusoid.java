package tfr.signals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A stationary real cosine, present at all times: {@code x(t) = amplitude · cos(2π·freqHz·t + phaseRad)}.
 *
 * <p>Truth: {@code f(t) = freqHz}, {@code a(t) = amplitude}, {@code φ(t) = 2π·freqHz·t + phaseRad}.
 * Each sample's phase {@code 2π·frac(freqHz·n/sampleRateHz) + phaseRad} is evaluated in double-double
 * arithmetic, so it is accurate to ~1e-15 rad for any {@code n}.
 *
 * @param freqHz    frequency in Hz, finite and &gt;= 0 (and below Nyquist when rendered)
 * @param amplitude peak amplitude, finite and &gt;= 0
 * @param phaseRad  phase at t = 0 in radians, finite
 */
public record Sinusoid(double freqHz, double amplitude, double phaseRad) implements Component {
    /** The ground-truth kind. */
    public static final String KIND = "sinusoid";

    /** Validates the parameters (see the record description). */
    public Sinusoid {
        Checks.finiteNonNegative(freqHz, "freqHz");
        Checks.finiteNonNegative(amplitude, "amplitude");
        Checks.finite(phaseRad, "phaseRad");
    }

    /** {@code out[n] += amplitude·cos(2π·freqHz·n/sampleRateHz + phaseRad)}. */
    @Override
    public void addTo(double[] out, double sampleRateHz) {
        Checks.notNull(out);
        Checks.sampleRate(sampleRateHz);
        Checks.belowNyquist(freqHz, "freqHz", sampleRateHz);
        for (int n = 0; n < out.length; n++) {
            double cycles = DoubleDouble.product(freqHz, n).dividedBy(sampleRateHz).fraction();
            out[n] += amplitude * Math.cos(Phase.TWO_PI * cycles + phaseRad);
        }
    }

    /** {@code freqHz} at every time. */
    @Override
    public double instantaneousFrequencyHz(double timeSec) {
        return Double.isNaN(timeSec) ? Double.NaN : freqHz;
    }

    /** {@code amplitude} at every time. */
    @Override
    public double amplitudeAt(double timeSec) {
        return Double.isNaN(timeSec) ? Double.NaN : amplitude;
    }

    /** {@code 2π·freqHz·t + phaseRad}, wrapped to [−π, π]. */
    @Override
    public double phaseRadAt(double timeSec) {
        if (!Double.isFinite(timeSec)) {
            return Double.NaN;
        }
        return Phase.fromCycles(DoubleDouble.product(freqHz, timeSec).fraction(), phaseRad);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** {@code kind, freq_hz, amplitude, phase_rad, formula}. */
    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("freq_hz", freqHz);
        m.put("amplitude", amplitude);
        m.put("phase_rad", phaseRad);
        m.put("formula", "x(t) = amplitude * cos(2 pi freq_hz t + phase_rad)");
        return Collections.unmodifiableMap(m);
    }
}
