package tfr.peaks;

import java.util.ArrayList;
import java.util.List;
import tfr.consensus.CellClass;

/**
 * Bandwidth association (Fitz &amp; Haken 2002, "On the use of time-frequency reassignment in additive
 * sound modeling"; Loris' AssociateBandwidth): the energy of ridges that were <em>not</em> kept as
 * sinusoids — noise-like ridges and those thinned away — is given to nearby kept peaks as noise, so
 * the model keeps the sound's energy and its noisiness with no extra partials.
 *
 * <h2>Rule</h2>
 * Regions are centred every {@code spacingHz} (1 kHz) and overlap (each reaches ±spacing, so 2 kHz
 * wide); a rejected ridge of amplitude a adds its energy a²/2 to its two nearest regions with triangular
 * weights 1 − |f − c|/spacing. Each region's energy is shared among the kept peaks it reaches, in
 * proportion to weight × amplitude. A kept peak with sinusoidal energy S = a²/2 and received noise N gets
 * <pre>
 *   bandwidth = N / (S + N),     amp = √(2(S + N))
 * </pre>
 * (Loris' convention: the amplitude carries the total energy; bandwidth-enhanced synthesis renders the
 * share N as noise). Ridges classified as impulses are not noise and give nothing.
 *
 * <p>Pitfall: energy of a region without any kept peak is lost (as in Loris); resynthesis with the
 * noise on is then a statistical, not a waveform, match — compare energies, not SNR.
 */
public final class BandwidthAssociation {
    /** Default region spacing (Loris: 1 kHz regions, 2 kHz wide). */
    public static final double DEFAULT_SPACING_HZ = 1000.0;

    private final double spacingHz;

    public BandwidthAssociation(double spacingHz) {
        if (!(spacingHz > 0) || !Double.isFinite(spacingHz)) {
            throw new IllegalArgumentException("spacingHz must be finite and > 0, got " + spacingHz);
        }
        this.spacingHz = spacingHz;
    }

    /** The kept peaks of one frame with bandwidth and total-energy amplitude (same order). */
    public List<Peak> associate(List<Peak> kept, List<Peak> rejected) {
        if (kept.isEmpty()) {
            return kept;
        }
        double maxF = 0;
        for (Peak p : kept) {
            maxF = Math.max(maxF, p.freqHz());
        }
        for (Peak p : rejected) {
            maxF = Math.max(maxF, p.freqHz());
        }
        int regions = (int) Math.ceil(maxF / spacingHz) + 2;
        double[] energy = new double[regions];
        for (Peak p : rejected) {
            if (p.cellClass() == CellClass.IMPULSE) {
                continue;
            }
            double e = 0.5 * p.amp() * p.amp();
            double u = p.freqHz() / spacingHz;
            int i = (int) Math.floor(u);
            double w = u - i;
            energy[i] += e * (1 - w);
            energy[i + 1] += e * w;
        }
        double[] norm = new double[regions]; // Σ weight × amplitude of kept peaks per region
        for (Peak p : kept) {
            double u = p.freqHz() / spacingHz;
            int i = (int) Math.floor(u);
            double w = u - i;
            norm[i] += (1 - w) * p.amp();
            norm[i + 1] += w * p.amp();
        }
        List<Peak> out = new ArrayList<>(kept.size());
        for (Peak p : kept) {
            double u = p.freqHz() / spacingHz;
            int i = (int) Math.floor(u);
            double w = u - i;
            double n = 0;
            if (norm[i] > 0) {
                n += energy[i] * (1 - w) * p.amp() / norm[i];
            }
            if (norm[i + 1] > 0) {
                n += energy[i + 1] * w * p.amp() / norm[i + 1];
            }
            double s = 0.5 * p.amp() * p.amp();
            if (n > 0 && s + n > 0) {
                out.add(p.withBandwidth(Math.sqrt(2 * (s + n)), Math.min(1.0, n / (s + n))));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "BandwidthAssociation[regions every " + spacingHz + " Hz]";
    }
}
