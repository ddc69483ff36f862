package tfr.signals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real cosine whose instantaneous frequency moves linearly from {@code f0Hz} at {@code startSec} to
 * {@code f1Hz} at {@code endSec}; present only for {@code startSec <= t < endSec} and silent (exactly
 * zero, rectangular gate) elsewhere.
 *
 * <p>With {@code τ = t − startSec} and rate {@code k = (f1Hz − f0Hz)/(endSec − startSec)} Hz/s:
 * <pre>
 *   f(t) = f0Hz + k·τ
 *   φ(t) = phaseRad + 2π·(f0Hz·τ + k·τ²/2)
 *   x(t) = amplitude · cos φ(t)
 * </pre>
 * The phase is the exact integral of {@code f}, evaluated per sample in double-double arithmetic
 * (~1e-15 rad). Over one sample step Δ the phase advances by exactly {@code 2π·Δ·f(t + Δ/2)}.
 *
 * @param f0Hz      frequency at {@code startSec}, finite and &gt;= 0
 * @param f1Hz      frequency approached at {@code endSec}, finite and &gt;= 0
 * @param startSec  start time in seconds, finite (may be negative: the chirp was already running)
 * @param endSec    end time in seconds, finite and &gt; {@code startSec}
 * @param amplitude peak amplitude, finite and &gt;= 0
 * @param phaseRad  phase at {@code startSec} in radians, finite
 */
public record LinearChirp(double f0Hz, double f1Hz, double startSec, double endSec, double amplitude,
                          double phaseRad) implements Component {
    /** The ground-truth kind. */
    public static final String KIND = "linear_chirp";

    /** Validates the parameters (see the record description). */
    public LinearChirp {
        Checks.finiteNonNegative(f0Hz, "f0Hz");
        Checks.finiteNonNegative(f1Hz, "f1Hz");
        Checks.finite(startSec, "startSec");
        Checks.finite(endSec, "endSec");
        if (!(endSec > startSec)) {
            throw new IllegalArgumentException("endSec must be > startSec = " + startSec + ", got " + endSec);
        }
        Checks.finiteNonNegative(amplitude, "amplitude");
        Checks.finite(phaseRad, "phaseRad");
    }

    /** The chirp rate {@code (f1Hz − f0Hz)/(endSec − startSec)} in Hz per second. */
    public double rateHzPerSec() {
        return (f1Hz - f0Hz) / (endSec - startSec);
    }

    /** {@code endSec − startSec}. */
    public double durationSec() {
        return endSec - startSec;
    }

    /** Whether the chirp is present at {@code timeSec}: {@code startSec <= timeSec < endSec}. */
    public boolean isActive(double timeSec) {
        return timeSec >= startSec && timeSec < endSec;
    }

    /** {@code out[n] += amplitude·cos φ(n/sampleRateHz)} for samples inside {@code [startSec, endSec)}. */
    @Override
    public void addTo(double[] out, double sampleRateHz) {
        Checks.notNull(out);
        Checks.sampleRate(sampleRateHz);
        Checks.belowNyquist(f0Hz, "f0Hz", sampleRateHz);
        Checks.belowNyquist(f1Hz, "f1Hz", sampleRateHz);
        DoubleDouble rate = rateExact();
        for (int n = 0; n < out.length; n++) {
            if (isActive(Phase.timeSec(n, sampleRateHz))) {
                DoubleDouble tau = DoubleDouble.of(n).dividedBy(sampleRateHz).plus(-startSec);
                out[n] += amplitude * Math.cos(Phase.TWO_PI * cycles(tau, rate) + phaseRad);
            }
        }
    }

    /** {@code f0Hz + k·(t − startSec)} inside {@code [startSec, endSec)}, else {@code NaN}. */
    @Override
    public double instantaneousFrequencyHz(double timeSec) {
        return isActive(timeSec) ? f0Hz + rateHzPerSec() * (timeSec - startSec) : Double.NaN;
    }

    /** {@code amplitude} inside {@code [startSec, endSec)}, 0 outside ({@code NaN} for a NaN time). */
    @Override
    public double amplitudeAt(double timeSec) {
        if (Double.isNaN(timeSec)) {
            return Double.NaN;
        }
        return isActive(timeSec) ? amplitude : 0.0;
    }

    /** {@code phaseRad + 2π(f0Hz·τ + k·τ²/2)}, wrapped to [−π, π], inside the interval; else NaN. */
    @Override
    public double phaseRadAt(double timeSec) {
        if (!isActive(timeSec)) {
            return Double.NaN;
        }
        return Phase.fromCycles(cycles(DoubleDouble.sum(timeSec, -startSec), rateExact()), phaseRad);
    }

    private DoubleDouble rateExact() {
        return DoubleDouble.sum(f1Hz, -f0Hz).dividedBy(DoubleDouble.sum(endSec, -startSec));
    }

    /** frac(f0·τ + k·τ²/2). */
    private double cycles(DoubleDouble tau, DoubleDouble rate) {
        return tau.times(rate.times(tau).times(0.5).plus(f0Hz)).fraction();
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** {@code kind, f0_hz, f1_hz, start_sec, end_sec, amplitude, phase_rad, rate_hz_per_s, formula}. */
    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", KIND);
        m.put("f0_hz", f0Hz);
        m.put("f1_hz", f1Hz);
        m.put("start_sec", startSec);
        m.put("end_sec", endSec);
        m.put("amplitude", amplitude);
        m.put("phase_rad", phaseRad);
        m.put("rate_hz_per_s", rateHzPerSec());
        m.put("formula", "for start_sec <= t < end_sec, tau = t - start_sec: f(t) = f0_hz + rate_hz_per_s tau;"
                + " x(t) = amplitude * cos(phase_rad + 2 pi (f0_hz tau + rate_hz_per_s tau^2 / 2)); else 0");
        return Collections.unmodifiableMap(m);
    }
}
