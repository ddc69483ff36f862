package tfr.harmonic;

import java.util.Arrays;
import java.util.List;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * The fundamental over time from a sound's partials, by Loris' harmonicity likelihood (Fitz &amp; Haken,
 * Loris {@code F0Estimate}). Not Maher &amp; Beauchamp's two-way mismatch, which scores the mismatch
 * between measured and predicted harmonic frequencies both ways: Q below is smooth in f₀, so its peak
 * can be refined by least squares, and it needs no harmonic-count or amplitude-model settings.
 *
 * <h2>Harmonicity</h2>
 * At a time t, with partial k at frequency f_k and amplitude a_k ({@link Partial#freqHzAt},
 * {@link Partial#ampAt}; partials not sounding at t contribute nothing),
 * <pre>
 *   Q(f₀) = Σ a_k²·cos(2π·f_k/f₀) / Σ a_k²          ∈ [−1, 1]
 * </pre>
 * Q = 1 exactly when every f_k is a whole multiple of f₀. A frame is voiced when the best Q reaches
 * {@link F0Params#threshold} (0.9) and its level 10·log10(Σa²) reaches {@link F0Params#minLevelDb}.
 *
 * <h2>Search, per frame</h2>
 * <ol>
 * <li>Candidates: c = f_k/m for the {@link F0Params#candidatePartials} loudest partials and every
 *     whole m with c in [minHz, maxHz] (Loris: a fundamental has at least one of them as a harmonic).</li>
 * <li>Q at every candidate; Q* the best. Every candidate with Q ≥ Q* − tolerance is refined to the
 *     nearby peak of Q by least squares: with n_k = round(f_k/c) for the partials within a quarter
 *     harmonic of the grid, maximising the quadratic expansion Q ≈ 1 − 2π²·Σa²(f_k/f₀ − n_k)²/Σa²
 *     gives 1/f₀ = Σa²f_k n_k / Σa²f_k², iterated (reassigning n_k) to convergence — Q's peak,
 *     including for vibrato (all partials at one instant) and stretched series (a compromise f₀).
 *     A refinement that leaves the range or lowers Q is discarded (the candidate stands).</li>
 * <li>The octave rule: of the refined peaks, the <b>highest-frequency one whose Q is within
 *     {@link F0Params#octaveToleranceQ} (0.05) of the best refined Q</b> is the estimate.</li>
 * </ol>
 * Why the rule: every subharmonic f₀/2, f₀/3, … of a harmonic sound also has Q = 1 (all partials are
 * multiples of it too), while no frequency above f₀ can (2f₀ has Q = 1 − 2·E_odd/E). So the
 * fundamental is the highest frequency with (nearly) the best Q. The tolerance absorbs measurement
 * noise, which lowers Q(f₀/m) more than Q(f₀) (errors in f_k/f₀ are multiplied by m) and could
 * otherwise make a subharmonic win by a hair. Loris does the same from the best candidate upward,
 * accepting each next multiple within 5% of the best Q.
 *
 * <p>Pitfalls: (1) a sound with less than tolerance/2 of its energy in odd harmonics (E_odd/E &lt;
 * 2.5% by default) reads an octave high — a tolerance of 0 avoids it but lets noise pick subharmonics;
 * (2) a lone sinusoid is its own fundamental (Q = 1) when it lies in range; (3) on a stretched series
 * the estimate is a compromise above f₁ (about f₁·(1 + B·mean(n²)/2) for 1/n amplitudes); (4) Q
 * weighs partials by a², so a loud inharmonic partial (a bell's hum) decides; (5) the frame grid is
 * absolute (t = i·hopSec), so tracks of different files line up.
 *
 * <p>Cost: per frame, about (number of candidates) × (partials sounding) cosines, a few 10⁴ for 30
 * partials up to 5 kHz with minHz = 50 Hz; measured 15–65 ms per second of sound on 10–30-partial
 * test tones, well under the analysis itself. On the sounds in {@code datasets/} (speech, voice,
 * piano and violin) the 0.05 tolerance gave fewer octave jumps between consecutive voiced frames than
 * 0, 0.01 or 0.02 (0.1 fewer still, at the price of pitfall 1 for more sounds); speech still jumps an
 * octave in about one pair of voiced frames in ten (weak odd harmonics, few partials).
 */
public final class F0Estimator {
    /** The most frames {@link #estimate} makes (a guard against a mistyped hop or absurd breakpoint times). */
    public static final int MAX_FRAMES = 10_000_000;
    /** Partials within this many harmonics of the grid take part in the least-squares refinement. */
    static final double REFINE_TOLERANCE_HARMONICS = 0.25;
    private static final int REFINE_ITERATIONS = 12;

    private final F0Params params;

    public F0Estimator(F0Params params) {
        if (params == null) {
            throw new IllegalArgumentException("params must not be null");
        }
        this.params = params;
    }

    /** An estimator with {@link F0Params#defaults()}. */
    public F0Estimator() {
        this(F0Params.defaults());
    }

    public F0Params params() {
        return params;
    }

    /**
     * The fundamental at t = i·hopSec for every whole i with t within the set's span (first to last
     * breakpoint); an empty track for an empty set.
     *
     * @throws IllegalArgumentException if that is more than {@link #MAX_FRAMES} frames
     */
    public F0Track estimate(PartialSet set) {
        if (set == null) {
            throw new IllegalArgumentException("set must not be null");
        }
        if (set.isEmpty()) {
            return new F0Track(new double[0], new double[0], new double[0], new boolean[0]);
        }
        double hop = params.hopSec();
        double first = Math.ceil(set.startTimeSec() / hop);
        double last = Math.floor(set.endTimeSec() / hop);
        if (last - first + 1 > MAX_FRAMES) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the partials span %.6g s, %.0f frames at hopSec %.6g s: more than %d; raise hopSec",
                    set.endTimeSec() - set.startTimeSec(), last - first + 1, hop, MAX_FRAMES));
        }
        long i0 = (long) first;
        int frames = (int) Math.max(0, last - first + 1);
        // pass 1: how many partials each frame sees; pass 2: their frequencies and amplitudes (CSR layout)
        int[] start = new int[frames + 1];
        List<Partial> partials = set.partials();
        for (Partial p : partials) {
            int a = frameFrom(p.startTimeSec(), i0, frames);
            int b = frameTo(p.endTimeSec(), i0, frames);
            for (int j = a; j <= b; j++) {
                start[j + 1]++;
            }
        }
        for (int j = 0; j < frames; j++) {
            start[j + 1] += start[j];
        }
        double[] freq = new double[start[frames]];
        double[] amp = new double[start[frames]];
        int[] fill = Arrays.copyOf(start, frames);
        for (Partial p : partials) {
            int a = frameFrom(p.startTimeSec(), i0, frames);
            int b = frameTo(p.endTimeSec(), i0, frames);
            List<Breakpoint> bp = p.breakpoints();
            int k = 0;
            for (int j = a; j <= b; j++) {
                double t = (i0 + j) * hop;
                while (k + 1 < bp.size() && bp.get(k + 1).timeSec() <= t) {
                    k++;
                }
                double f;
                double am;
                Breakpoint lo = bp.get(k);
                if (k + 1 < bp.size() && t > lo.timeSec()) {
                    Breakpoint hi = bp.get(k + 1);
                    double u = (t - lo.timeSec()) / (hi.timeSec() - lo.timeSec());
                    f = lo.freqHz() + u * (hi.freqHz() - lo.freqHz());
                    am = lo.amp() + u * (hi.amp() - lo.amp());
                } else {
                    f = lo.freqHz();
                    am = lo.amp();
                }
                freq[fill[j]] = f;
                amp[fill[j]] = am;
                fill[j]++;
            }
        }
        double[] times = new double[frames];
        double[] f0 = new double[frames];
        double[] q = new double[frames];
        boolean[] voiced = new boolean[frames];
        for (int j = 0; j < frames; j++) {
            times[j] = (i0 + j) * hop;
            F0Frame fr = estimateFrame(Arrays.copyOfRange(freq, start[j], start[j + 1]),
                    Arrays.copyOfRange(amp, start[j], start[j + 1]));
            f0[j] = fr.f0Hz();
            q[j] = fr.harmonicity();
            voiced[j] = fr.voiced();
        }
        return new F0Track(times, f0, q, voiced);
    }

    /** The first frame index whose time i·hop is at or after {@code t} (frames may be 0-based from i0). */
    private int frameFrom(double t, long i0, int frames) {
        double hop = params.hopSec();
        long i = (long) Math.ceil(t / hop);
        if (i * hop < t) {
            i++;
        }
        return (int) Math.max(0, Math.min(frames, i - i0));
    }

    /** The last frame index whose time is at or before {@code t}. */
    private int frameTo(double t, long i0, int frames) {
        double hop = params.hopSec();
        long i = (long) Math.floor(t / hop);
        if (i * hop > t) {
            i--;
        }
        return (int) Math.max(-1, Math.min(frames - 1, i - i0));
    }

    /**
     * The fundamental of one set of simultaneous partials (class doc). Entries with amplitude ≤ 0 or
     * a frequency that is not finite and &gt; 0 are ignored.
     *
     * @param freqsHz their frequencies, Hz
     * @param amps    their linear amplitudes (same length)
     */
    public F0Frame estimateFrame(double[] freqsHz, double[] amps) {
        checkArrays(freqsHz, amps);
        int n = 0;
        double[] f = new double[freqsHz.length];
        double[] w = new double[freqsHz.length];
        double energy = 0;
        for (int k = 0; k < freqsHz.length; k++) {
            if (amps[k] > 0 && freqsHz[k] > 0 && Double.isFinite(freqsHz[k]) && Double.isFinite(amps[k])) {
                f[n] = freqsHz[k];
                w[n] = amps[k] * amps[k];
                energy += w[n];
                n++;
            }
        }
        double levelDb = 10 * Math.log10(energy);
        if (n == 0) {
            return new F0Frame(Double.NaN, Double.NaN, Double.NEGATIVE_INFINITY, false);
        }
        f = Arrays.copyOf(f, n);
        w = Arrays.copyOf(w, n);
        double[] candidates = candidates(f, w);
        if (candidates.length == 0) {
            return new F0Frame(Double.NaN, Double.NaN, levelDb, false);
        }
        double[] qc = new double[candidates.length];
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.length; i++) {
            qc[i] = q(f, w, energy, candidates[i]);
            best = Math.max(best, qc[i]);
        }
        double tol = params.octaveToleranceQ();
        double[] peakHz = new double[candidates.length];
        double[] peakQ = new double[candidates.length];
        int peaks = 0;
        double bestRefined = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.length; i++) {
            if (qc[i] >= best - tol) {
                double c = refine(f, w, candidates[i]);
                double qr = q(f, w, energy, c);
                if (!(qr >= qc[i])) {
                    c = candidates[i];
                    qr = qc[i];
                }
                peakHz[peaks] = c;
                peakQ[peaks] = qr;
                peaks++;
                bestRefined = Math.max(bestRefined, qr);
            }
        }
        double f0 = Double.NaN;
        double q0 = Double.NaN;
        for (int i = 0; i < peaks; i++) {
            if (peakQ[i] >= bestRefined - tol && !(peakHz[i] <= f0)) {
                f0 = peakHz[i];
                q0 = peakQ[i];
            }
        }
        q0 = Math.max(-1, Math.min(1, q0));
        boolean voiced = q0 >= params.threshold() && levelDb >= params.minLevelDb();
        return new F0Frame(f0, q0, levelDb, voiced);
    }

    /**
     * Loris' harmonicity Q(f₀) = Σa²·cos(2π·f/f₀) / Σa² of the given partials (class doc); NaN if
     * no amplitude is &gt; 0.
     */
    public static double harmonicity(double[] freqsHz, double[] amps, double f0Hz) {
        checkArrays(freqsHz, amps);
        if (!(f0Hz > 0) || !Double.isFinite(f0Hz)) {
            throw new IllegalArgumentException("f0Hz must be finite and > 0, got " + f0Hz);
        }
        double[] w = new double[amps.length];
        double e = 0;
        for (int k = 0; k < amps.length; k++) {
            w[k] = amps[k] > 0 ? amps[k] * amps[k] : 0;
            e += w[k];
        }
        return e > 0 ? q(freqsHz, w, e, f0Hz) : Double.NaN;
    }

    private static void checkArrays(double[] freqsHz, double[] amps) {
        if (freqsHz == null || amps == null) {
            throw new IllegalArgumentException("freqsHz and amps must not be null");
        }
        if (freqsHz.length != amps.length) {
            throw new IllegalArgumentException("freqsHz and amps must have the same length, got " + freqsHz.length
                    + " and " + amps.length);
        }
    }

    /** Q with weights w = a² and their sum e. */
    private static double q(double[] f, double[] w, double e, double c) {
        double s = 0;
        for (int k = 0; k < f.length; k++) {
            if (w[k] > 0) {
                s += w[k] * Math.cos(2 * Math.PI * (f[k] / c));
            }
        }
        return s / e;
    }

    /** Divisors f/m in range of the loudest partials. */
    private double[] candidates(double[] f, double[] w) {
        Integer[] order = new Integer[f.length];
        for (int k = 0; k < f.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (x, y) -> Double.compare(w[y], w[x]));
        int use = Math.min(params.candidatePartials(), f.length);
        double lo = params.minHz();
        double hi = params.maxHz();
        double[] out = new double[16];
        int n = 0;
        for (int r = 0; r < use; r++) {
            double fk = f[order[r]];
            long mLo = Math.max(1, (long) Math.ceil(fk / hi));
            long mHi = (long) Math.floor(fk / lo);
            for (long m = mLo; m <= mHi; m++) {
                double c = fk / m;
                if (c < lo || c > hi) {
                    continue;
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, 2 * n);
                }
                out[n++] = c;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The peak of Q near {@code c} by iterated least squares on the harmonic numbers (class doc); the
     * candidate itself if the fit has no partial or leaves [minHz, maxHz].
     */
    private double refine(double[] f, double[] w, double c) {
        double x = c;
        for (int it = 0; it < REFINE_ITERATIONS; it++) {
            double num = 0;
            double den = 0;
            for (int k = 0; k < f.length; k++) {
                double ratio = f[k] / x;
                double n = Math.rint(ratio);
                if (n >= 1 && Math.abs(ratio - n) <= REFINE_TOLERANCE_HARMONICS) {
                    num += w[k] * f[k] * f[k];
                    den += w[k] * f[k] * n;
                }
            }
            if (!(den > 0)) {
                return c;
            }
            double next = num / den;
            boolean done = Math.abs(next - x) <= 1e-12 * x;
            x = next;
            if (done) {
                break;
            }
        }
        return x >= params.minHz() && x <= params.maxHz() && Double.isFinite(x) ? x : c;
    }

    @Override
    public String toString() {
        return "F0Estimator[" + params + "]";
    }
}
