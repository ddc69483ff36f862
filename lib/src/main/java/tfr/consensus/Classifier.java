package tfr.consensus;

import tfr.reassign.ReassignedFrame;
import tfr.stft.FrameParams;
import tfr.window.ChirpResponse;

/**
 * Pruning and classification of reassigned cells (Fulop &amp; Fitz 2007, "Separation of components
 * from impulses in reassigned spectrograms"; Fitz &amp; Fulop 2009 §7).
 *
 * <h2>Rules, in order</h2>
 * <ol>
 * <li><b>Crop</b>: |t̂ − t| ≤ cropSec, else the cell is dropped (its energy came from outside the
 * frame's reliable span).</li>
 * <li><b>Mixed partial, chirp-aware</b>: M = |1 + φ_tω| is 0 for a sinusoid and 1 for an impulse,
 * but a linear chirp of rate α gives M = M_chirp(α) in between (a 46 ms Hann window already gives 0.5 at
 * 2 kHz/s), so a fixed threshold on M calls chirps impulses. Instead the cell's own chirp-rate estimate
 * α̂ = −φ_tt/φ_tω explains its M: the cell is sinusoidal if |α̂| ≤ maxChirpRate and
 * M ≤ M_chirp(α̂) + tolerance ({@link ChirpResponse#convergence}); otherwise IMPULSE. For an impulse
 * φ_tω → 0 so |α̂| → ∞: impulses fail the first test.</li>
 * <li><b>Neighbourhood consensus</b>: the bins around a ridge must reassign onto the same line —
 * |(ω̂_n − ω̂_r) − α̂(t̂_n − t̂_r)| ≤ tolerance for at least minNeighbours of the 4 bins around it (a
 * sinusoid's whole main lobe reassigns to one point, a chirp's onto its line; noise scatters).</li>
 * </ol>
 */
public final class Classifier {
    private final FrameParams frames;
    private final ConsensusParams params;
    private final ChirpResponse chirp;

    public Classifier(FrameParams frames, ConsensusParams params) {
        if (frames == null || params == null) {
            throw new IllegalArgumentException("frames and params must not be null");
        }
        this.frames = frames;
        this.params = params;
        this.chirp = frames.auxiliaryWindows().chirpResponse();
    }

    public ConsensusParams params() {
        return params;
    }

    /** Whether cell k passes the time crop. */
    public boolean withinCrop(ReassignedFrame f, int k) {
        return f.valid(k) && Math.abs(f.timeSec(k) - f.frameTimeSec()) <= params.cropSec();
    }

    /**
     * Classifies the ridge between bins j and j + 1 whose representative (louder) bin is r.
     * Cells that fail the crop or are invalid read NOISE.
     */
    public CellClass classifyRidge(ReassignedFrame f, int j, int r) {
        if (!withinCrop(f, r)) {
            return CellClass.NOISE;
        }
        double m = f.convergence(r);
        double rate = f.chirpRateHzPerSec(r);
        boolean second = !Double.isNaN(m);
        CellClass cls;
        if (!second) {
            cls = CellClass.UNCLASSIFIED;
        } else {
            double fs = frames.sampleRateHz();
            double alpha = rate * 2 * Math.PI / (fs * fs);
            if (!(Math.abs(rate) <= params.maxChirpRateHzPerSec())
                    || !(m <= chirp.convergence(alpha) + params.convergenceTolerance())) {
                return CellClass.IMPULSE;
            }
            cls = Math.abs(rate) < params.sinusoidChirpRateHzPerSec() ? CellClass.SINUSOID : CellClass.CHIRP;
        }
        return consensus(f, j, r, second ? rate : 0) ? cls : CellClass.NOISE;
    }

    private boolean consensus(ReassignedFrame f, int j, int r, double rateHzPerSec) {
        double tol = params.neighbourToleranceBins() * frames.binSpacingHz();
        double tr = f.timeSec(r);
        double wr = f.freqHz(r);
        int agree = 0;
        for (int n = j - 1; n <= j + 2; n++) {
            if (n < 0 || n >= f.binCount() || !f.valid(n)) {
                continue;
            }
            double d = (f.freqHz(n) - wr) - rateHzPerSec * (f.timeSec(n) - tr);
            if (Math.abs(d) <= tol) {
                agree++;
            }
        }
        return agree >= params.minNeighbours();
    }

    @Override
    public String toString() {
        return "Classifier[" + params + "]";
    }
}
