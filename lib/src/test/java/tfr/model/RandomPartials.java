package tfr.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random partial sets for round-trip tests: arbitrary doubles (not just short decimals), edge values
 * (0, −0.0, π, subnormal and huge amplitudes, bandwidth 0 and 1), negative and near-zero times, tiny
 * and large steps between breakpoints, and optionally labels.
 */
public final class RandomPartials {
    private RandomPartials() {
    }

    /** A set of 0 to {@code maxPartials} partials; labels ≠ 0 on some partials iff {@code labels}. */
    public static PartialSet set(Random r, int maxPartials, boolean labels) {
        int n = r.nextInt(maxPartials + 1);
        List<Partial> ps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ps.add(partial(r, labels ? r.nextInt(4) : 0));
        }
        if (labels && ps.stream().allMatch(p -> p.label() == 0) && !ps.isEmpty()) {
            ps.set(0, ps.get(0).withLabel(7));
        }
        return new PartialSet(ps);
    }

    /** One partial of 1 to 40 breakpoints. */
    public static Partial partial(Random r, int label) {
        int m = 1 + r.nextInt(40);
        double t;
        switch (r.nextInt(4)) {
            case 0: t = -r.nextDouble() * 0.05; break;
            case 1: t = r.nextDouble() * 1e-6; break;
            case 2: t = 0.0; break;
            default: t = r.nextDouble() * 3; break;
        }
        List<Breakpoint> bps = new ArrayList<>(m);
        for (int j = 0; j < m; j++) {
            double f;
            double a;
            double ph;
            double bw;
            switch (r.nextInt(8)) {
                case 0: f = 0; a = 0; ph = Math.PI; bw = 0; break;
                case 1: f = 1e-300; a = Double.MIN_VALUE; ph = -0.0; bw = 1; break;
                case 2: f = 22050; a = 1e300; ph = -Math.PI + 1e-15; bw = Double.MIN_VALUE; break;
                default:
                    f = r.nextDouble() * 20000;
                    a = r.nextDouble() * (r.nextBoolean() ? 1 : 1e-5);
                    ph = (r.nextDouble() * 2 - 1) * Math.PI;
                    bw = r.nextDouble();
                    break;
            }
            bps.add(new Breakpoint(t, f, a, ph, bw));
            switch (r.nextInt(5)) {
                case 0: t = Math.nextUp(t); break;
                case 1: t += 1e-9 + r.nextDouble() * 1e-6; break;
                case 2: t += 0.05 + r.nextDouble() * 0.2; break;
                default: t += 0.001 + r.nextDouble() * 0.01; break;
            }
        }
        return new Partial(label, bps);
    }
}
