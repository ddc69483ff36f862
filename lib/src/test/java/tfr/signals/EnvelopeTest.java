package tfr.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnvelopeTest {
    private final Envelope env = new Envelope(1.0, 2.0, 0.2, 0.3, Ramp.RAISED_COSINE);

    @Test
    void valuesAtTheKnotsAndMidRamps() {
        assertEquals(1.2, env.attackEndSec(), 1e-15);
        assertEquals(1.7, env.releaseStartSec(), 1e-15);
        assertEquals(2.0, env.endSec(), 0.0); // the end is stored as given
        assertEquals(0.5, env.holdSec(), 1e-15);
        assertEquals(0.0, env.gainAt(Math.nextDown(1.0)), 0.0);
        assertEquals(0.0, env.gainAt(1.0), 0.0); // the attack starts from 0
        assertEquals(1.0, env.gainAt(env.attackEndSec()), 0.0); // hold reached
        assertEquals(1.0, env.gainAt(env.releaseStartSec()), 0.0); // release starts at 1
        assertEquals(0.0, env.gainAt(env.endSec()), 0.0); // end excluded
        // (1 − cos(π/2))/2 = 1/2 mid-attack and mid-release, up to cos(π/2) ≈ 6e-17
        assertEquals(0.5, env.gainAt(1.1), 1e-15);
        assertEquals(0.5, env.gainAt(1.85), 1e-15);
        // a quarter into the attack: (1 − cos(π/4))/2
        assertEquals((1 - Math.sqrt(0.5)) / 2, env.gainAt(1.05), 1e-15);
        assertEquals(Double.NaN, env.gainAt(Double.NaN));
    }

    @Test
    void continuousAtEveryKnot() {
        // Raised-cosine slope is at most π/(2·ramp) ≤ 8 per second here, so 1e-9 s either side of a
        // knot changes the gain by < 1e-8: a jump would show as O(1).
        double[] knots = {env.startSec(), env.attackEndSec(), env.releaseStartSec(), env.endSec()};
        for (double knot : knots) {
            double left = env.gainAt(knot - 1e-9);
            double right = env.gainAt(knot + 1e-9);
            assertEquals(left, right, 1e-8, "knot " + knot);
        }
    }

    @Test
    void linearRampsAreStraight() {
        Envelope lin = new Envelope(0, 3, 1, 2, Ramp.LINEAR);
        assertEquals(0.25, lin.gainAt(0.25), 1e-15);
        assertEquals(0.75, lin.gainAt(1.5), 1e-15); // (3 − 1.5)/2
        assertEquals(1.0, lin.gainAt(1.0), 0.0);
    }

    @Test
    void aGateIsAStep() {
        Envelope gate = Envelope.gate(0.5, 1.5);
        assertEquals(0.0, gate.gainAt(Math.nextDown(0.5)), 0.0);
        assertEquals(1.0, gate.gainAt(0.5), 0.0);
        assertEquals(1.0, gate.gainAt(Math.nextDown(1.5)), 0.0);
        assertEquals(0.0, gate.gainAt(1.5), 0.0);
    }

    @Test
    void raisedCosineFactoryRampsBothEnds() {
        Envelope e = Envelope.raisedCosine(0, 1, 0.1);
        assertEquals(0.1, e.attackSec(), 0.0);
        assertEquals(0.1, e.releaseSec(), 0.0);
        assertEquals(0.8, e.holdSec(), 1e-15);
        assertEquals(1.0, e.endSec(), 0.0);
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Envelope.raisedCosine(0, 1, 0.6));
        assertTrue(ex.getMessage().startsWith("rampSec"), ex.getMessage());
    }

    @Test
    void describesItsKnots() {
        var d = env.describe();
        assertEquals(1.0, d.get("start_sec"));
        assertEquals(0.2, d.get("attack_sec"));
        assertEquals("raised_cosine", d.get("ramp"));
        assertEquals(env.endSec(), d.get("end_sec"));
    }
}
