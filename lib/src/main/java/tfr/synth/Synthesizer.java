package tfr.synth;

import java.util.List;
import tfr.analysis.Progress;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * Additive synthesis of the reassigned bandwidth-enhanced model: every partial is an oscillator
 * whose phase meets each breakpoint's phase and frequency (McAulay &amp; Quatieri 1986 cubic phase),
 * with linear amplitude and, optionally, Fitz &amp; Haken's bandwidth-enhanced noise (Loris).
 * Sample n of the output is at time n/fs.
 *
 * <h2>Between breakpoints (t₀, f₀, φ₀, a₀, bw₀) and (t₁, f₁, φ₁, a₁, bw₁)</h2>
 * With τ = t − t₀, T = t₁ − t₀ and ω = 2πf (rad/s),
 * <pre>
 *   φ(τ) = φ₀ + ω₀τ + ατ² + βτ³
 *   M    = round( [(φ₀ + ω₀T − φ₁) + (ω₁ − ω₀)·T/2] / 2π )            (maximally smooth unwrapping)
 *   e    = φ₁ + 2πM − φ₀ − ω₀T
 *   α    = 3e/T² − (ω₁ − ω₀)/T,      β = −2e/T³ + (ω₁ − ω₀)/T²
 *   a(τ) = a₀ + (a₁ − a₀)·τ/T,       bw(τ) = bw₀ + (bw₁ − bw₀)·τ/T
 *   x(t) = a(τ)·cos φ(τ)
 * </pre>
 * so φ(T) = φ₁ + 2πM and φ′(T) = ω₁: the rendered phase equals every breakpoint's phase and the
 * instantaneous frequency every breakpoint's frequency. M minimises ∫(φ″)² over the segment
 * (McAulay &amp; Quatieri 1986). A linear chirp's exact breakpoints give e = (ω₁ − ω₀)T/2, hence
 * β = 0 and α = (ω₁ − ω₀)/2T: quadratic phase is reproduced exactly.
 *
 * <h2>Implementation (speed and accuracy)</h2>
 * Phase is kept in cycles relative to the segment's first breakpoint and evaluated per sample by
 * Horner, θ(x) = c₀ + x(g₀ + x(A + xB)) with x = n − t₀·fs samples (g in cycles/sample); nothing is
 * accumulated from sample to sample, so there is no drift, and θ stays small (a few hundred cycles
 * per segment), so rounding costs ~1e−13 rad. The cosine is {@code Cos2Pi}: exact reduction to
 * r = θ − rint θ and one odd polynomial, error 4.4e−16 (−307 dB, far inside the −120 dB design
 * bound, and a linear-interpolated table would need 4 096 entries just for −131 dB).
 * It has no table lookups, so the block loop is vectorised by HotSpot (x = ramp[j] + offset rather
 * than an int→double conversion per sample, results written to a block buffer and added
 * afterwards, so the loop touches every array at the same index). Measured on a 10-partial
 * harmonic tone with a breakpoint every 512 samples ({@code tfr.bench.SynthBench}): ~500 s of audio
 * per CPU-second by thread CPU time (JMH ~430, on a 2-vCPU Xeon shared with other jobs; Loris
 * ~100), and ~85 with bandwidth 0.3 on every breakpoint. The figures assume HotSpot vectorises the
 * block loop (x86 with AVX); where it does not, the loop runs scalar and about 4 times slower.
 *
 * <h2>Ends</h2>
 * Before the first and after the last breakpoint, if its amplitude is non-zero, the partial is
 * extended at that breakpoint's constant frequency (phase linear, φ = φ_end + ω_end·(t − t_end))
 * while its amplitude ramps linearly to 0 over {@link SynthParams#fadeSec} — Loris' fade (a linear
 * ramp, not a raised cosine). If the end amplitude is 0, nothing is rendered beyond it, so the output
 * outside the span is exactly 0. The output is clipped to [0, length): breakpoints at negative times
 * or beyond the end are fine.
 *
 * <h2>Nyquist</h2>
 * Two rules, both documented behaviour:
 * <ol>
 * <li>A breakpoint whose frequency is ≥ fs/2 is given amplitude 0 (Loris' rule): the amplitude ramps
 *     to 0 towards it over the adjacent segments and there is no fade extension beyond it, so a
 *     partial gliding out of the band fades rather than clicks.</li>
 * <li>Any sample whose instantaneous frequency φ′/2π is ≥ fs/2 or &lt; 0 contributes nothing. The
 *     cubic's frequency range over each segment is found analytically (ends and vertex of the
 *     quadratic φ′); segments inside [0, fs/2) take the fast path with no per-sample test.</li>
 * </ol>
 * Pitfall: rule 2 is a hard gate, so it can click where a cubic leaves the band between in-band
 * breakpoints. That only happens when breakpoint phases disagree with their frequencies: with equal
 * end frequencies and a phase mismatch e the frequency swings by up to 1.5·e/(2πT) Hz (±65 Hz for
 * |e| = π and T = 512 samples at 44.1 kHz), so low partials with inconsistent phases may dip below
 * 0 Hz and be gated there. Rule 1 already removes the common case (a partial leaving the band).
 *
 * <h2>Bandwidth-enhanced noise (Fitz &amp; Haken: Lemur 1995, Loris)</h2>
 * With {@link BandwidthNoise#ON} the carrier is multiplied by m = √(1−bw) + √(2bw)·ν(n), ν Gaussian
 * noise low-passed to {@link SynthParams#noiseBandwidthHz} with variance ½, so E[m²] = 1 and the
 * expected energy equals the pure carrier's (derivation in {@code NoiseModulator}). Each partial's
 * noise comes from its own stream seeded by (noiseSeed, partial index) and indexed by absolute
 * sample, starting at the partial's first sample (fade-in included) wherever the buffer starts, so
 * a partial's output is the same whatever the order or thread it is rendered in, and whatever the
 * buffer length. With bw = 0 the factor is
 * exactly 1, so bandwidth-free partials are bit-identical to {@link BandwidthNoise#OFF}.
 * Pitfall: the noise stream runs over the partial's whole span before the first sample in the
 * buffer (its IIR state depends on history), so a noisy partial starting far before sample 0 costs
 * time proportional to that span.
 *
 * <p>Thread-safe (immutable); {@link #addTo} keeps its state per call, so different threads may
 * render different partials into different buffers. Summing such buffers in a different order than
 * {@link #render} would change the last bits of the sum, not the per-partial samples.
 */
public final class Synthesizer {
    private static final String STAGE = "synthesis";
    /** Samples per block of the oscillator loop. */
    private static final int BLOCK = 256;
    /** 0, 1, 2, … as doubles: x = RAMP[j] + offset avoids a per-sample int→double conversion. */
    private static final double[] RAMP = new double[BLOCK];

    static {
        for (int j = 0; j < BLOCK; j++) {
            RAMP[j] = j;
        }
    }

    private final SynthParams params;
    private final double fs;
    private final NoiseModulator noise;

    public Synthesizer(SynthParams params) {
        if (params == null) {
            throw new IllegalArgumentException("params must not be null");
        }
        this.params = params;
        this.fs = params.sampleRateHz();
        this.noise = params.noise() == BandwidthNoise.ON
                ? new NoiseModulator(params.sampleRateHz(), params.noiseBandwidthHz()) : null;
    }

    /** The parameters. */
    public SynthParams params() {
        return params;
    }

    /**
     * Renders every partial of {@code set} into a new buffer of {@code lengthSamples} samples
     * (partial i uses noise stream i).
     */
    public double[] render(PartialSet set, int lengthSamples) {
        return render(set, lengthSamples, Progress.NONE);
    }

    /**
     * As {@link #render(PartialSet, int)}, reporting stage {@code "synthesis"} and the fraction of
     * partials done to {@code progress} (may be null).
     */
    public double[] render(PartialSet set, int lengthSamples, Progress progress) {
        if (set == null) {
            throw new IllegalArgumentException("partial set must not be null");
        }
        if (lengthSamples < 0) {
            throw new IllegalArgumentException("lengthSamples must be >= 0, got " + lengthSamples);
        }
        Progress pr = progress == null ? Progress.NONE : progress;
        double[] out = new double[lengthSamples];
        int count = set.size();
        pr.report(STAGE, 0);
        int reported = 0;
        for (int i = 0; i < count; i++) {
            addTo(out, set.get(i), i);
            int permille = (int) ((i + 1) * 1000L / count);
            if (permille >= reported + 5 || i == count - 1) {
                pr.report(STAGE, (i + 1) / (double) count);
                reported = permille;
            }
        }
        if (count == 0) {
            pr.report(STAGE, 1);
        }
        return out;
    }

    /**
     * A buffer length that holds every partial of {@code set} including its fades: one past the last
     * sample any partial can touch (0 for an empty set).
     */
    public int lengthSamplesFor(PartialSet set) {
        if (set == null) {
            throw new IllegalArgumentException("partial set must not be null");
        }
        long len = 0;
        double fade = params.fadeSec() * fs;
        for (Partial p : set.partials()) {
            Breakpoint last = p.last();
            double oL = last.timeSec() * fs;
            len = Math.max(len, effectiveAmp(last) > 0 ? fadeOutEnd(oL, fade) : ceil(oL));
        }
        if (len > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("partials extend to sample " + len + ", beyond the largest buffer");
        }
        return (int) len;
    }

    /**
     * Adds partial {@code p} into {@code out} (sample n at time n/fs, clipped to the buffer).
     *
     * @param partialIndex the partial's index in its set: selects its noise stream
     */
    public void addTo(double[] out, Partial p, int partialIndex) {
        if (out == null) {
            throw new IllegalArgumentException("output buffer must not be null");
        }
        if (p == null) {
            throw new IllegalArgumentException("partial must not be null");
        }
        new Voice(out, p, partialIndex).run();
    }

    private double effectiveAmp(Breakpoint b) {
        return b.freqHz() >= fs / 2 ? 0 : b.amp();
    }

    /** The rendering state of one partial into one buffer. */
    private final class Voice {
        private final double[] out;
        private final Partial partial;
        private final int partialIndex;
        private final int hi;
        private final double[] tmp = new double[BLOCK];
        private final double[] noiseBlock = new double[BLOCK];
        private NoiseModulator.Stream stream;
        private long streamPos; // sample index of the stream's next value

        Voice(double[] out, Partial partial, int partialIndex) {
            this.out = out;
            this.partial = partial;
            this.partialIndex = partialIndex;
            this.hi = out.length;
        }

        void run() {
            List<Breakpoint> bps = partial.breakpoints();
            int m = bps.size();
            boolean noisy = false;
            if (noise != null) {
                for (Breakpoint b : bps) {
                    noisy |= b.bandwidth() > 0;
                }
            }
            double fadeSamples = params.fadeSec() * fs;
            Breakpoint first = bps.get(0);
            Breakpoint last = bps.get(m - 1);
            double a0 = effectiveAmp(first);
            double aL = effectiveAmp(last);
            boolean fadeIn = a0 > 0 && fadeSamples > 0;
            boolean fadeOut = aL > 0;
            double o0 = first.timeSec() * fs;
            if (noisy) {
                long start = fadeIn ? ceil(o0 - fadeSamples) : ceil(o0);
                stream = noise.open(params.noiseSeed(), partialIndex);
                streamPos = start;
            }
            // Fade-in: samples in [t₀ − fade, t₀), amplitude a₀·(1 + x/F), x = n − t₀·fs ∈ [−F, 0).
            if (fadeIn) {
                piece(ceil(o0 - fadeSamples), ceil(o0), o0, cycles(first), first.freqHz() / fs, 0, 0,
                        a0, a0 / fadeSamples, first.bandwidth(), 0, false);
            }
            for (int k = 0; k + 1 < m; k++) {
                segment(bps.get(k), bps.get(k + 1));
            }
            // Fade-out: samples in [t_L, t_L + fade), amplitude a_L·(1 − x/F) (just t_L if F = 0).
            if (fadeOut) {
                double oL = last.timeSec() * fs;
                piece(ceil(oL), fadeOutEnd(oL, fadeSamples), oL, cycles(last), last.freqHz() / fs, 0, 0,
                        aL, fadeSamples > 0 ? -aL / fadeSamples : 0, last.bandwidth(), 0, false);
            }
        }

        private void segment(Breakpoint b0, Breakpoint b1) {
            double a0 = effectiveAmp(b0);
            double a1 = effectiveAmp(b1);
            if (a0 == 0 && a1 == 0) {
                return;
            }
            double o0 = b0.timeSec() * fs;
            double o1 = b1.timeSec() * fs;
            long nA = ceil(o0);
            long nB = ceil(o1);
            if (Math.max(nA, 0) >= Math.min(nB, hi)) {
                return; // nothing of this segment lies in the buffer
            }
            double d = o1 - o0; // T in samples
            double c0 = cycles(b0);
            double c1 = cycles(b1);
            double g0 = b0.freqHz() / fs;
            double g1 = b1.freqHz() / fs;
            double dg = g1 - g0;
            double turns = Math.rint((c0 + g0 * d - c1) + dg * d / 2);
            double e = (c1 - c0 + turns) - g0 * d;
            double inv = 1 / d;
            double A = (3 * e * inv - dg) * inv;
            double B = (dg - 2 * e * inv) * inv * inv;
            // Instantaneous frequency g(x) = g0 + 2A·x + 3B·x² over [0, d]: ends and vertex.
            double gMin = Math.min(g0, g0 + d * (2 * A + 3 * B * d));
            double gMax = Math.max(g0, g0 + d * (2 * A + 3 * B * d));
            if (B != 0) {
                double xv = -A / (3 * B);
                if (xv > 0 && xv < d) {
                    double gv = g0 + xv * (2 * A + 3 * B * xv);
                    gMin = Math.min(gMin, gv);
                    gMax = Math.max(gMax, gv);
                }
            }
            boolean gate = !(gMin >= 0 && gMax < 0.5);
            piece(nA, nB, o0, c0, g0, A, B, a0, (a1 - a0) * inv, b0.bandwidth(), (b1.bandwidth() - b0.bandwidth()) * inv,
                    gate);
        }

        /**
         * Renders samples n ∈ [nA, nB) ∩ [0, length) with x = n − origin:
         * θ = c0 + x(g0 + x(A + xB)) cycles, amplitude aBase + x·aSlope, bandwidth bBase + x·bSlope.
         * Works in blocks: x = RAMP[j] + (block start − origin) and the same expression order in
         * every loop, so a sample has the same value whichever loop renders it.
         */
        private void piece(long nA, long nB, double origin, double c0, double g0, double A, double B,
                           double aBase, double aSlope, double bBase, double bSlope, boolean gate) {
            long lo = Math.max(nA, 0);
            long up = Math.min(nB, hi);
            if (lo >= up) {
                return;
            }
            int from = (int) lo;
            int to = (int) up;
            boolean noisy = stream != null && (bBase > 0 || bSlope != 0);
            if (noisy) {
                skipNoiseTo(from);
            }
            double[] y = out;
            double[] ramp = RAMP;
            double[] t = tmp;
            double[] nz = noiseBlock;
            for (int b = from; b < to; b += BLOCK) {
                int len = Math.min(BLOCK, to - b);
                double xb = b - origin;
                if (noisy) {
                    stream.fill(nz, len);
                    streamPos += len;
                }
                if (gate) {
                    gated(b, len, xb, c0, g0, A, B, aBase, aSlope, bBase, bSlope, noisy);
                    continue;
                }
                // Vectorisable loops (no gathers; every array at index j), each kept small enough
                // for HotSpot to unroll and vectorise (one fused noisy loop is not vectorised and
                // runs 4x slower); the add at the end runs scalar.
                for (int j = 0; j < len; j++) {
                    double x = ramp[j] + xb;
                    double th = c0 + x * (g0 + x * (A + x * B));
                    t[j] = (aBase + x * aSlope) * Cos2Pi.cos2pi(th);
                }
                if (noisy) {
                    for (int j = 0; j < len; j++) {
                        double x = ramp[j] + xb;
                        double bw = Math.min(1.0, Math.max(0.0, bBase + x * bSlope));
                        t[j] = t[j] * (Math.sqrt(1 - bw) + Math.sqrt(2 * bw) * nz[j]);
                    }
                }
                for (int j = 0; j < len; j++) {
                    y[b + j] += t[j];
                }
            }
        }

        /** One block with the per-sample frequency gate (scalar). */
        private void gated(int b, int len, double xb, double c0, double g0, double A, double B, double aBase,
                           double aSlope, double bBase, double bSlope, boolean noisy) {
            double twoA = 2 * A;
            double threeB = 3 * B;
            double[] y = out;
            double[] nz = noiseBlock;
            for (int j = 0; j < len; j++) {
                double x = RAMP[j] + xb;
                double g = g0 + x * (twoA + x * threeB);
                if (!(g >= 0 && g < 0.5)) {
                    continue;
                }
                double th = c0 + x * (g0 + x * (A + x * B));
                double v = (aBase + x * aSlope) * Cos2Pi.cos2pi(th);
                if (noisy) {
                    double bw = Math.min(1.0, Math.max(0.0, bBase + x * bSlope));
                    v = v * (Math.sqrt(1 - bw) + Math.sqrt(2 * bw) * nz[j]);
                }
                y[b + j] += v;
            }
        }

        /** Advances the noise stream to sample n (values discarded). */
        private void skipNoiseTo(long n) {
            while (streamPos < n) {
                int len = (int) Math.min(BLOCK, n - streamPos);
                stream.fill(noiseBlock, len);
                streamPos += len;
            }
        }
    }

    /** Phase in cycles, (−½, ½]. */
    private static double cycles(Breakpoint b) {
        return b.phaseRad() / (2 * Math.PI);
    }

    /** One past the last sample of a fade-out from sample position oL lasting fadeSamples. */
    private static long fadeOutEnd(double oL, double fadeSamples) {
        return fadeSamples > 0 ? ceil(oL + fadeSamples) : (long) Math.floor(oL) + 1;
    }

    /** ⌈v⌉ as a long (saturating for huge values). */
    private static long ceil(double v) {
        return (long) Math.ceil(v);
    }

    @Override
    public String toString() {
        return "Synthesizer[" + params + "]";
    }
}
