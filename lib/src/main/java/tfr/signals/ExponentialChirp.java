package tfr.signals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real cosine whose instantaneous frequency moves exponentially (a constant number of octaves per
 * second) from {@code f0Hz} at {@code startSec} to {@code f1Hz} at {@code endSec}; present only for
 * {@code startSec <= t < endSec}, silent (exactly zero) elsewhere.
 *
 * <p>With {@code T = endSec − startSec}, {@code u = (t − startSec)/T} and {@code L = ln(f1Hz/f0Hz)}:
 * <pre>
 *   f(t) = f0Hz · (f1Hz/f0Hz)^u = f0Hz · e^(u·L)
 *   φ(t) = phaseRad + 2π · f0Hz · T · (e^(u·L) − 1) / L      (2π·f0Hz·(t − startSec) when L = 0)
 *   x(t) = amplitude · cos φ(t)
 * </pre>
 * The phase is the closed-form integral of {@code f}, evaluated per sample with {@code expm1} and reduced
 * to a fraction of a cycle before the cosine (error ~1e-16 × cycles elapsed).
 *
 * @param f0Hz      frequency at {@code startSec}, finite and &gt; 0
 * @param f1Hz      frequency approached at {@code endSec}, finite and &gt; 0
 * @param startSec  start time in seconds, finite
 * @param endSec    end time in seconds, finite and &gt; {@code startSec}
 * @param amplitude peak amplitude, finite and &gt;= 0
 * @param phaseRad  phase at {@code startSec} in radians, finite
 */
public record ExponentialChirp(double f0Hz, double f1Hz, double startSec, double endSec, double amplitude,
                               double phaseRad) implements Component {
    /** The ground-truth kind. */
    public static final String KIND = "exponential_chirp";

    /** Validates the parameters (see the record description). */
    public ExponentialChirp {
        Checks.finitePositive(f0Hz, "f0Hz");
        Checks.finitePositive(f1Hz, "f1Hz");
        Checks.finite(startSec, "startSec");
        Checks.finite(endSec, "endSec");
        if (!(endSec > startSec)) {
            throw new IllegalArgumentException("endSec must be > startSec = " + startSec + ", got " + endSec);
        }
        Checks.finiteNonNegative(amplitude, "amplitude");
        Checks.finite(phaseRad, "phaseRad");
    }

    /** The sweep rate {@code log2(f1Hz/f0Hz)/(endSec − startSec)} in octaves per second. */
    public double rateOctavesPerSec() {
        return (Math.log(f1Hz / f0Hz) / Math.log(2)) / (endSec - startSec);
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
        for (int n = 0; n < out.length; n++) {
            double t = Phase.timeSec(n, sampleRateHz);
            if (isActive(t)) {
                out[n] += amplitude * Math.cos(Phase.TWO_PI * Phase.fraction(cycles(t)) + phaseRad);
            }
        }
    }

    /** {@code f0Hz·(f1Hz/f0Hz)^u} inside {@code [startSec, endSec)}, else {@code NaN}. */
    @Override
    public double instantaneousFrequencyHz(double timeSec) {
        if (!isActive(timeSec)) {
            return Double.NaN;
        }
        double u = (timeSec - startSec) / (endSec - startSec);
        return f0Hz * Math.exp(u * Math.log(f1Hz / f0Hz));
    }

    /** {@code amplitude} inside {@code [startSec, endSec)}, 0 outside ({@code NaN} for a NaN time). */
    @Override
    public double amplitudeAt(double timeSec) {
        if (Double.isNaN(timeSec)) {
            return Double.NaN;
        }
        return isActive(timeSec) ? amplitude : 0.0;
    }

    /** {@code φ(t)} wrapped to [−π, π] inside the interval, else {@code NaN}. */
    @Override
    public double phaseRadAt(double timeSec) {
        if (!isActive(timeSec)) {
            return Double.NaN;
        }
        return Phase.fromCycles(Phase.fraction(cycles(timeSec)), phaseRad);
    }

    /** Cycles elapsed since startSec: f0·T·expm1(u·L)/L. */
    private double cycles(double timeSec) {
        double tau = timeSec - startSec;
        double logRatio = Math.log(f1Hz / f0Hz);
        if (logRatio == 0) {
            return f0Hz * tau;
        }
        double durationSec = endSec - startSec;
        return f0Hz * durationSec * Math.expm1(tau / durationSec * logRatio) / logRatio;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** {@code kind, f0_hz, f1_hz, start_sec, end_sec, amplitude, phase_rad, rate_octaves_per_s, formula}. */
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
        m.put("rate_octaves_per_s", rateOctavesPerSec());
        m.put("formula", "for start_sec <= t < end_sec, T = end_sec - start_sec, u = (t - start_sec)/T,"
                + " L = ln(f1_hz/f0_hz): f(t) = f0_hz exp(u L);"
                + " x(t) = amplitude * cos(phase_rad + 2 pi f0_hz T (exp(u L) - 1)/L); else 0");
        return Collections.unmodifiableMap(m);
    }
}
