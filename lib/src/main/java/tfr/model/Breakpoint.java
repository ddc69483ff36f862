package tfr.model;

/**
 * One point of a partial's trajectory: at {@code timeSec} the partial is
 * {@code amp · cos(phaseRad)} with instantaneous frequency {@code freqHz} — the reassigned additive
 * model's atom (Fitz &amp; Haken, Loris; Fitz &amp; Fulop 2009 §6).
 *
 * <p>Conventions: {@code amp} is the linear amplitude on the signal's full scale (a sinusoid
 * {@code 0.5·cos(…)} has amp 0.5, not 0.25 and not dB); {@code phaseRad} is the cosine phase at
 * {@code timeSec}, wrapped to (−π, π]; {@code bandwidth} ∈ [0, 1] is the fraction of the breakpoint's
 * energy that is noise (0: a pure sinusoid) in Loris' bandwidth-enhanced model.
 *
 * @param timeSec   time, s (finite; may be negative only for breakpoints before a signal's start)
 * @param freqHz    instantaneous frequency, Hz (finite, ≥ 0)
 * @param amp       linear amplitude (finite, ≥ 0)
 * @param phaseRad  cosine phase at {@code timeSec}, rad (finite; stored wrapped to (−π, π])
 * @param bandwidth noise fraction, 0..1
 */
public record Breakpoint(double timeSec, double freqHz, double amp, double phaseRad, double bandwidth) {
    public Breakpoint {
        if (!Double.isFinite(timeSec)) {
            throw new IllegalArgumentException("breakpoint timeSec must be finite, got " + timeSec);
        }
        if (!(freqHz >= 0) || !Double.isFinite(freqHz)) {
            throw new IllegalArgumentException("breakpoint freqHz must be finite and >= 0, got " + freqHz);
        }
        if (!(amp >= 0) || !Double.isFinite(amp)) {
            throw new IllegalArgumentException("breakpoint amp must be finite and >= 0, got " + amp);
        }
        if (!Double.isFinite(phaseRad)) {
            throw new IllegalArgumentException("breakpoint phaseRad must be finite, got " + phaseRad);
        }
        if (!(bandwidth >= 0 && bandwidth <= 1)) {
            throw new IllegalArgumentException("breakpoint bandwidth must be in [0, 1], got " + bandwidth);
        }
        phaseRad = wrap(phaseRad);
    }

    /** A purely sinusoidal breakpoint (bandwidth 0). */
    public static Breakpoint of(double timeSec, double freqHz, double amp, double phaseRad) {
        return new Breakpoint(timeSec, freqHz, amp, phaseRad, 0.0);
    }

    /** This breakpoint at another time (phase unchanged: the caller keeps it consistent). */
    public Breakpoint withTimeSec(double t) {
        return new Breakpoint(t, freqHz, amp, phaseRad, bandwidth);
    }

    public Breakpoint withFreqHz(double f) {
        return new Breakpoint(timeSec, f, amp, phaseRad, bandwidth);
    }

    public Breakpoint withAmp(double a) {
        return new Breakpoint(timeSec, freqHz, a, phaseRad, bandwidth);
    }

    public Breakpoint withPhaseRad(double p) {
        return new Breakpoint(timeSec, freqHz, amp, p, bandwidth);
    }

    public Breakpoint withBandwidth(double b) {
        return new Breakpoint(timeSec, freqHz, amp, phaseRad, b);
    }

    /** {@code p} wrapped to (−π, π]. */
    public static double wrap(double p) {
        if (p > -Math.PI && p <= Math.PI) {
            return p;
        }
        double w = p - 2 * Math.PI * Math.floor((p + Math.PI) / (2 * Math.PI));
        // w in [−π, π); move −π to π
        return w <= -Math.PI ? w + 2 * Math.PI : w;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Breakpoint[%.6f s, %.4f Hz, amp %.6g, phase %.4f rad, bw %.3f]",
                timeSec, freqHz, amp, phaseRad, bandwidth);
    }
}
