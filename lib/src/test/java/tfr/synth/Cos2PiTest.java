package tfr.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Cos2PiTest {
    /** 2π − fl(2π): the part of 2π a double cannot hold. */
    private static final double TWO_PI_LO = 2.4492935982947064e-16;

    /**
     * cos(2π·c) to ~1 ulp: the fraction of c is exact, 2π·frac is formed as a double-double
     * (fma gives the product's rounding error), and the low part enters by cos(h + l) ≈ cos h − l·sin h.
     */
    static double reference(double c) {
        double frac = c - Math.floor(c);
        double hi = 2 * Math.PI * frac;
        double lo = Math.fma(2 * Math.PI, frac, -hi) + TWO_PI_LO * frac;
        return Math.cos(hi) - Math.sin(hi) * lo;
    }

    @Test
    void agreesWithADoubleDoubleReferenceToAFewUlpOverSmallAndLargeArguments() {
        SplittableRandom r = new SplittableRandom(11);
        double maxErr = 0;
        for (int i = 0; i < 2_000_000; i++) {
            double c = switch (i % 4) {
                case 0 -> r.nextDouble(-1, 1);
                case 1 -> r.nextDouble(-1e3, 1e3);
                case 2 -> r.nextDouble(-1e6, 1e6);
                default -> r.nextInt(-1000, 1000) / 8.0 + r.nextDouble(-1e-9, 1e-9); // near quadrant points
            };
            maxErr = Math.max(maxErr, Math.abs(Cos2Pi.cos2pi(c) - reference(c)));
        }
        // Measured 4.4e-16 (two ulp of 1); 1e-15 is -300 dB, far below the -120 dB design bound.
        assertTrue(maxErr < 1e-15, "max error " + maxErr);
    }

    @Test
    void quadrantPointsAndSymmetry() {
        assertEquals(1, Cos2Pi.cos2pi(0), 2e-16);
        assertEquals(0, Cos2Pi.cos2pi(0.25), 2e-16);
        assertEquals(-1, Cos2Pi.cos2pi(0.5), 2e-16);
        assertEquals(0, Cos2Pi.cos2pi(-0.75), 2e-16);
        assertEquals(1, Cos2Pi.cos2pi(12345), 2e-16);
        for (double c = -3; c < 3; c += 0.0137) {
            assertEquals(Cos2Pi.cos2pi(c), Cos2Pi.cos2pi(-c), 0.0, "even at " + c);
        }
    }

    @Test
    void matchesMathCosInTheOrdinarySense() {
        for (double c = -2; c <= 2; c += 1e-3) {
            assertEquals(Math.cos(2 * Math.PI * c), Cos2Pi.cos2pi(c), 2e-15, "c=" + c);
        }
    }
}
