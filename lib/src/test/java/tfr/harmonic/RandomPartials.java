package tfr.harmonic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/** Seeded random partial sets: overlapping and disjoint partials, labels 0..3, some with zero-amplitude ends. */
final class RandomPartials {
    private RandomPartials() {
    }

    static PartialSet of(long seed, int count) {
        Random r = new Random(seed);
        List<Partial> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double t = r.nextDouble() * 1.0;
            double dur = 0.004 + r.nextDouble() * r.nextDouble() * 0.4;
            double f = 100 + r.nextDouble() * 5000;
            double phase = (r.nextDouble() * 2 - 1) * Math.PI;
            boolean zeroEnds = r.nextInt(3) == 0;
            List<Breakpoint> b = new ArrayList<>();
            double end = t + dur;
            while (true) {
                double amp = zeroEnds && (b.isEmpty() || t >= end) ? 0 : 0.01 + r.nextDouble() * 0.3;
                b.add(new Breakpoint(t, f, amp, phase, r.nextInt(4) == 0 ? r.nextDouble() * 0.5 : 0));
                if (t >= end) {
                    break;
                }
                double dt = 0.003 + r.nextDouble() * 0.009;
                double f1 = Math.max(50, f * (1 + 0.01 * r.nextGaussian()));
                phase += Math.PI * (f + f1) * dt; // consistent with the frequencies: the synthesizer's cubic is nearly linear
                f = f1;
                t += dt;
            }
            out.add(new Partial(r.nextInt(4), b));
        }
        return PartialSet.of(out);
    }
}
