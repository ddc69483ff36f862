package tfr.model;

/**
 * A partial's phase between two breakpoints as the synthesizer renders it: the McAulay–Quatieri cubic
 * (McAulay &amp; Quatieri 1986), which meets both breakpoints' phase and frequency:
 * <pre>
 *   φ(τ) = φ₀ + ω₀τ + aτ² + bτ³,  M = round([(φ₀ + ω₀T − φ₁) + (ω₁ − ω₀)T/2] / 2π),
 *   e = φ₁ + 2πM − φ₀ − ω₀T,  a = 3e/T² − (ω₁ − ω₀)/T,  b = −2e/T³ + (ω₁ − ω₀)/T²
 * </pre>
 * (M: the number of extra turns that makes the phase smoothest). Used wherever the analysis or an edit
 * needs a partial's state between its breakpoints — a bridged gap, an inserted breakpoint — so that it
 * agrees with what is heard. {@code tfr.synth.Synthesizer} evaluates the same cubic in its sample loop.
 */
public final class CubicPhase {
    private CubicPhase() {
    }

    /** The unwrapped phase advance from a to b (rad): φ₁ + 2πM − φ₀. */
    public static double unwrappedAdvance(Breakpoint a, Breakpoint b) {
        double t = b.timeSec() - a.timeSec();
        double w0 = 2 * Math.PI * a.freqHz();
        double w1 = 2 * Math.PI * b.freqHz();
        double m = Math.rint(((a.phaseRad() + w0 * t - b.phaseRad()) + (w1 - w0) * t / 2) / (2 * Math.PI));
        return b.phaseRad() + 2 * Math.PI * m - a.phaseRad();
    }

    /** {phase (rad, unwrapped from a's), instantaneous frequency (Hz)} of the cubic from a to b at {@code timeSec}. */
    public static double[] at(Breakpoint a, Breakpoint b, double timeSec) {
        double t = b.timeSec() - a.timeSec();
        double w0 = 2 * Math.PI * a.freqHz();
        double w1 = 2 * Math.PI * b.freqHz();
        double e = unwrappedAdvance(a, b) - w0 * t;
        double ca = 3 * e / (t * t) - (w1 - w0) / t;
        double cb = -2 * e / (t * t * t) + (w1 - w0) / (t * t);
        double tau = timeSec - a.timeSec();
        double phase = a.phaseRad() + w0 * tau + ca * tau * tau + cb * tau * tau * tau;
        double omega = w0 + 2 * ca * tau + 3 * cb * tau * tau;
        return new double[] {phase, omega / (2 * Math.PI)};
    }

    /**
     * The breakpoint the synthesizer renders at {@code timeSec} of segment a → b: phase (unwrapped from
     * a's) and frequency from the cubic (frequency clamped at 0), amplitude and bandwidth linear.
     */
    public static Breakpoint between(Breakpoint a, Breakpoint b, double timeSec) {
        double[] c = at(a, b, timeSec);
        double u = (timeSec - a.timeSec()) / (b.timeSec() - a.timeSec());
        return new Breakpoint(timeSec, Math.max(0, c[1]), a.amp() + u * (b.amp() - a.amp()), c[0],
                a.bandwidth() + u * (b.bandwidth() - a.bandwidth()));
    }
}
