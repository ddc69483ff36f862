package tfr.harmonic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * Harmonic labels from a reference frequency envelope (Loris' Channelizer, Fitz &amp; Haken): each
 * partial gets the number n of the harmonic it follows, or 0.
 *
 * <h2>Series</h2>
 * With f₁(t) the reference ({@link FrequencyEnvelope}, e.g. an {@link F0Track}'s envelope) and B the
 * inharmonicity, channel n is centred on the stretched series of a stiff string (Fletcher 1964;
 * Loris after Keane 2004)
 * <pre>
 *   fₙ = n·f₁·√(1 + B·n²)
 * </pre>
 * and a frequency f at time t has the fractional harmonic number ν, the root of ν² + B·ν⁴ = (f/f₁)²:
 * <pre>
 *   ν = f/f₁                                  (B = 0)
 *   ν² = 2r² / (1 + √(1 + 4B·r²)),  r = f/f₁   (B &gt; 0; the cancellation-free form of (√(1+4Br²) − 1)/2B)
 * </pre>
 * Piano use: strings are stiff, so partial n lies above n·f₁ by the factor √(1 + B·n²) — for B = 3e-4
 * (a mid-range piano string) partial 20 is 5.8% sharp, at ν = 21.2 on a harmonic grid, and a harmonic
 * channelizer would call it 21. Estimate B from two well-identified partials with
 * {@link #inharmonicityFrom}, or fit it; f₁ here is the series' f₁ (the first partial sounds at
 * f₁·√(1 + B)), which an {@link F0Estimator} on a stretched tone slightly overestimates.
 *
 * <h2>Vote</h2>
 * Each breakpoint with amplitude a &gt; 0 at a time where f₁ is defined votes a for n = round(ν) if
 * n ≥ 1 and |ν − n| ≤ {@link ChannelizerParams#toleranceHarmonics}. The partial gets the n with the
 * most votes if those reach {@link ChannelizerParams#minAgreement} of the partial's total amplitude
 * (all its breakpoints where f₁ is defined, voting or not; a tie goes to the lower n); otherwise, or
 * with no vote, 0. Loris
 * instead rounds the (optionally amplitude-weighted) mean of ν, which labels everything; the vote
 * leaves a partial that wanders between channels, or sits between them, unlabelled.
 *
 * <p>Pitfalls: the reference must be the fundamental, not an octave below (every partial would get
 * twice its number, with no sign of trouble) or above (odd harmonics would sit between channels and
 * stay unlabelled); check the {@link F0Track} first. Zero-amplitude fade end points carry no vote.
 */
public final class Channelizer {
    private final FrequencyEnvelope reference;
    private final ChannelizerParams params;

    public Channelizer(FrequencyEnvelope reference, ChannelizerParams params) {
        if (reference == null || params == null) {
            throw new IllegalArgumentException("reference and params must not be null");
        }
        this.reference = reference;
        this.params = params;
    }

    /** A harmonic (B = 0) channelizer with {@link ChannelizerParams#defaults()}. */
    public Channelizer(FrequencyEnvelope reference) {
        this(reference, ChannelizerParams.defaults());
    }

    public FrequencyEnvelope reference() {
        return reference;
    }

    public ChannelizerParams params() {
        return params;
    }

    /** Every partial labelled by {@link #labelOf} (order and breakpoints unchanged). */
    public PartialSet channelize(PartialSet set) {
        if (set == null) {
            throw new IllegalArgumentException("set must not be null");
        }
        List<Partial> out = new ArrayList<>(set.size());
        for (Partial p : set.partials()) {
            out.add(p.withLabel(labelOf(p)));
        }
        return new PartialSet(out);
    }

    /** The harmonic number of {@code p} by the vote in the class doc, or 0. */
    public int labelOf(Partial p) {
        if (p == null) {
            throw new IllegalArgumentException("partial must not be null");
        }
        Map<Integer, Double> votes = new TreeMap<>();
        double total = 0;
        for (Breakpoint b : p.breakpoints()) {
            if (!(b.amp() > 0)) {
                continue;
            }
            double nu = fractionalHarmonic(b.timeSec(), b.freqHz());
            if (Double.isNaN(nu)) {
                continue;
            }
            total += b.amp();
            long n = Math.round(nu);
            if (n >= 1 && n <= Integer.MAX_VALUE && Math.abs(nu - n) <= params.toleranceHarmonics()) {
                votes.merge((int) n, b.amp(), Double::sum);
            }
        }
        int best = 0;
        double bestVote = 0;
        for (var e : votes.entrySet()) {
            if (e.getValue() > bestVote) {
                best = e.getKey();
                bestVote = e.getValue();
            }
        }
        return best > 0 && bestVote >= params.minAgreement() * total ? best : 0;
    }

    /**
     * ν for frequency {@code freqHz} at {@code timeSec} (class doc); NaN where the reference is not a
     * finite frequency &gt; 0.
     */
    public double fractionalHarmonic(double timeSec, double freqHz) {
        double f1 = reference.hzAt(timeSec);
        if (!(f1 > 0) || !Double.isFinite(f1)) {
            return Double.NaN;
        }
        double r = freqHz / f1;
        double b = params.inharmonicity();
        if (b == 0) {
            return r;
        }
        return Math.sqrt(2 * r * r / (1 + Math.sqrt(1 + 4 * b * r * r)));
    }

    /** fₙ = n·f₁·√(1 + B·n²), Hz: the centre of channel n. */
    public static double stretchedHz(double f1Hz, int n, double inharmonicity) {
        return n * f1Hz * Math.sqrt(1 + inharmonicity * (double) n * n);
    }

    /**
     * B from two partials of a stretched series, fₘ (number m) and fₙ (number n): with K = m·fₙ/(n·fₘ),
     * B = (1 − K²)/(K²·m² − n²) (Loris' {@code computeStretchFactor}). May be negative (the pair is not
     * a stiff string's); the caller decides what to do then.
     *
     * @throws IllegalArgumentException unless both frequencies are finite and &gt; 0, m, n ≥ 1 and m ≠ n
     */
    public static double inharmonicityFrom(double fmHz, int m, double fnHz, int n) {
        if (!(fmHz > 0) || !Double.isFinite(fmHz) || !(fnHz > 0) || !Double.isFinite(fnHz)) {
            throw new IllegalArgumentException("fmHz and fnHz must be finite and > 0, got " + fmHz + " and " + fnHz);
        }
        if (m < 1 || n < 1 || m == n) {
            throw new IllegalArgumentException("m and n must be distinct harmonic numbers >= 1, got " + m + " and " + n);
        }
        double k = (double) m * fnHz / ((double) n * fmHz);
        return (1 - k * k) / (k * k * m * m - (double) n * n);
    }

    @Override
    public String toString() {
        return "Channelizer[" + reference + ", " + params + "]";
    }
}
