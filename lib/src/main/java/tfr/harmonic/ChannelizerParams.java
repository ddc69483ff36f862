package tfr.harmonic;

import java.util.Locale;

/**
 * Settings of the {@link Channelizer}.
 *
 * @param inharmonicity  B ≥ 0 of the stretched series fₙ = n·f₁·√(1 + B·n²) (0: harmonic; piano strings
 *                       about 1e-4 in the bass to 1e-2 in the treble, Fletcher 1964); finite
 * @param toleranceHarmonics how far a breakpoint's fractional harmonic number ν may lie from the
 *                       nearest whole n and still vote for it, in (0, 0.5] harmonics (0.5: every
 *                       breakpoint votes, as in Loris; smaller keeps inharmonic partials unlabelled)
 * @param minAgreement   the share of a partial's amplitude (Σa over its breakpoints where the reference
 *                       is defined) the winning n must collect for the partial to be labelled, in (0, 1]
 */
public record ChannelizerParams(double inharmonicity, double toleranceHarmonics, double minAgreement) {
    /** Default tolerance: a quarter harmonic either side. */
    public static final double DEFAULT_TOLERANCE_HARMONICS = 0.25;
    /** Default agreement: a simple majority of the amplitude. */
    public static final double DEFAULT_MIN_AGREEMENT = 0.5;

    public ChannelizerParams {
        if (!(inharmonicity >= 0) || !Double.isFinite(inharmonicity)) {
            throw new IllegalArgumentException("inharmonicity must be finite and >= 0, got " + inharmonicity);
        }
        if (!(toleranceHarmonics > 0 && toleranceHarmonics <= 0.5)) {
            throw new IllegalArgumentException("toleranceHarmonics must be in (0, 0.5], got " + toleranceHarmonics);
        }
        if (!(minAgreement > 0 && minAgreement <= 1)) {
            throw new IllegalArgumentException("minAgreement must be in (0, 1], got " + minAgreement);
        }
    }

    /** Harmonic series (B = 0), tolerance 0.25 harmonic, majority agreement. */
    public static ChannelizerParams defaults() {
        return new ChannelizerParams(0.0, DEFAULT_TOLERANCE_HARMONICS, DEFAULT_MIN_AGREEMENT);
    }

    public ChannelizerParams withInharmonicity(double b) {
        return new ChannelizerParams(b, toleranceHarmonics, minAgreement);
    }

    public ChannelizerParams withToleranceHarmonics(double t) {
        return new ChannelizerParams(inharmonicity, t, minAgreement);
    }

    public ChannelizerParams withMinAgreement(double a) {
        return new ChannelizerParams(inharmonicity, toleranceHarmonics, a);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ChannelizerParams[B %.4g, tolerance %.3g harmonics, agreement %.3g]",
                inharmonicity, toleranceHarmonics, minAgreement);
    }
}
