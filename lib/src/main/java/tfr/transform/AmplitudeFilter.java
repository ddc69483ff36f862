package tfr.transform;

import java.util.ArrayList;
import java.util.List;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;

/**
 * Frequency-dependent amplitude filtering: each breakpoint's amplitude times 10^(g(f)/20), with g a
 * gain curve in dB over frequency in Hz ({@link Curve}; e.g. "0:0,1000:0,4000:-24" rolls off above
 * 1 kHz). An ideal, zero-phase filter on the partials — no phase changes, so consistency is untouched.
 */
public final class AmplitudeFilter {
    private AmplitudeFilter() {
    }

    /** The filtered partials. */
    public static PartialSet apply(PartialSet set, Curve gainDbOverHz) {
        if (set == null || gainDbOverHz == null) {
            throw new IllegalArgumentException("set and gain curve must not be null");
        }
        if (gainDbOverHz.max() > 200) {
            throw new IllegalArgumentException("filter gain must be <= 200 dB, got " + gainDbOverHz.max());
        }
        List<Partial> out = new ArrayList<>(set.size());
        for (Partial p : set.partials()) {
            List<Breakpoint> nb = new ArrayList<>(p.size());
            for (Breakpoint b : p.breakpoints()) {
                nb.add(b.withAmp(b.amp() * Math.pow(10, gainDbOverHz.at(b.freqHz()) / 20)));
            }
            out.add(p.withBreakpoints(nb));
        }
        return PartialSet.of(out);
    }
}
