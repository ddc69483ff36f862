package tfr.signals;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An attack–hold–release gain {@code g(t)} in [0, 1] on the support {@code [startSec, endSec)}. With
 * knots {@code t1 = startSec + attackSec} and {@code t2 = endSec − releaseSec}:
 * <pre>
 *   g(t) = 0                                    t &lt; startSec or t &gt;= endSec
 *   g(t) = rise((t − startSec)/attackSec)       startSec &lt;= t &lt; t1   (attack)
 *   g(t) = 1                                    t1 &lt;= t &lt; t2         (hold, holdSec = t2 − t1)
 *   g(t) = rise((endSec − t)/releaseSec)        t2 &lt;= t &lt; endSec     (release)
 * </pre>
 * where {@code rise} is the {@link Ramp} shape. A zero-length attack is a step onset
 * ({@code g(startSec) = 1}); a zero-length release cuts off at {@code endSec}. The gain is continuous at
 * every knot with a nonzero ramp. The support ends exactly at {@code endSec} as given.
 *
 * @param startSec   onset time in seconds, finite
 * @param endSec     end of the support in seconds (excluded), finite and &gt; {@code startSec}
 * @param attackSec  attack length in seconds, finite and &gt;= 0
 * @param releaseSec release length in seconds, finite and &gt;= 0; {@code attackSec + releaseSec} must not
 *                   exceed {@code endSec − startSec}
 * @param ramp       shape of the attack and release ramps
 */
public record Envelope(double startSec, double endSec, double attackSec, double releaseSec, Ramp ramp) {

    /** Validates the parameters (see the record description). */
    public Envelope {
        Checks.finite(startSec, "startSec");
        Checks.finite(endSec, "endSec");
        if (!(endSec > startSec)) {
            throw new IllegalArgumentException("endSec must be > startSec = " + startSec + ", got " + endSec);
        }
        Checks.finiteNonNegative(attackSec, "attackSec");
        Checks.finiteNonNegative(releaseSec, "releaseSec");
        if (!(attackSec + releaseSec <= endSec - startSec)) {
            throw new IllegalArgumentException("attackSec + releaseSec must be <= endSec - startSec = "
                    + (endSec - startSec) + ", got " + (attackSec + releaseSec));
        }
        Checks.notNull(ramp, "ramp");
    }

    /** A rectangular gate: gain 1 on {@code [startSec, endSec)}, 0 elsewhere (step onset and cut-off). */
    public static Envelope gate(double startSec, double endSec) {
        return new Envelope(startSec, endSec, 0, 0, Ramp.RAISED_COSINE);
    }

    /**
     * Raised-cosine ramps of {@code rampSec} at both ends of {@code [startSec, endSec)}, full gain between.
     *
     * @throws IllegalArgumentException unless {@code 0 <= rampSec <= (endSec − startSec)/2}
     */
    public static Envelope raisedCosine(double startSec, double endSec, double rampSec) {
        Checks.finite(startSec, "startSec");
        Checks.finite(endSec, "endSec");
        if (!(endSec > startSec)) {
            throw new IllegalArgumentException("endSec must be > startSec = " + startSec + ", got " + endSec);
        }
        double spanSec = endSec - startSec;
        if (!(rampSec >= 0 && rampSec <= spanSec / 2)) {
            throw new IllegalArgumentException("rampSec must be in [0, (endSec - startSec)/2 = " + spanSec / 2
                    + "], got " + rampSec);
        }
        return new Envelope(startSec, endSec, rampSec, rampSec, Ramp.RAISED_COSINE);
    }

    /** Knot t1 = {@code startSec + attackSec}: end of the attack. */
    public double attackEndSec() {
        return startSec + attackSec;
    }

    /** Knot t2 = {@code endSec − releaseSec}: start of the release. */
    public double releaseStartSec() {
        return endSec - releaseSec;
    }

    /** The full-gain length {@code t2 − t1} in seconds. */
    public double holdSec() {
        return Math.max(0.0, releaseStartSec() - attackEndSec());
    }

    /** Whether {@code startSec <= timeSec < endSec}. */
    public boolean isActive(double timeSec) {
        return timeSec >= startSec && timeSec < endSec;
    }

    /** The gain {@code g(timeSec)} (formula in the type description); {@code NaN} for a NaN time. */
    public double gainAt(double timeSec) {
        if (Double.isNaN(timeSec)) {
            return Double.NaN;
        }
        if (!isActive(timeSec)) {
            return 0.0;
        }
        if (timeSec < attackEndSec()) {
            return ramp.rise((timeSec - startSec) / attackSec); // attackSec > 0 here
        }
        if (timeSec < releaseStartSec()) {
            return 1.0;
        }
        return ramp.rise((endSec - timeSec) / releaseSec); // releaseSec > 0 here
    }

    /** {@code start_sec, end_sec, attack_sec, hold_sec, release_sec, ramp, formula}. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start_sec", startSec);
        m.put("end_sec", endSec);
        m.put("attack_sec", attackSec);
        m.put("hold_sec", holdSec());
        m.put("release_sec", releaseSec);
        m.put("ramp", ramp.jsonName());
        m.put("formula", "g = rise((t - start_sec)/attack_sec) in the attack, 1 in the hold,"
                + " rise((end_sec - t)/release_sec) in the release, 0 outside [start_sec, end_sec);"
                + " rise(u) = (1 - cos(pi u))/2 for raised_cosine, u for linear");
        return Collections.unmodifiableMap(m);
    }
}
