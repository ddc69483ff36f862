package tfr.reassign;

import tfr.stft.FrameParams;

/**
 * Parameters of the reassignment stage.
 *
 * @param frames  framing (window, hop, FFT size, edges, sample rate)
 * @param order   which derivatives to compute
 * @param floorDb amplitude floor in dB re full scale on the sinusoid scale (a full-scale sinusoid
 *                reads 0 dB at its peak); cells below it are invalid. −∞ keeps every non-zero cell.
 */
public record ReassignParams(FrameParams frames, ReassignOrder order, double floorDb) {
    /** Default floor: −120 dB re full scale, below 24-bit quantisation noise per bin. */
    public static final double DEFAULT_FLOOR_DB = -120.0;

    public ReassignParams {
        if (frames == null) {
            throw new IllegalArgumentException("frames must not be null");
        }
        if (order == null) {
            throw new IllegalArgumentException("order must not be null");
        }
        if (Double.isNaN(floorDb) || floorDb == Double.POSITIVE_INFINITY || floorDb > 100) {
            throw new IllegalArgumentException("floorDb must be a number <= 100 dB (or -Infinity), got " + floorDb);
        }
    }

    /** Second-order reassignment with the default floor. */
    public static ReassignParams of(FrameParams frames) {
        return new ReassignParams(frames, ReassignOrder.SECOND, DEFAULT_FLOOR_DB);
    }

    /** This with another floor. */
    public ReassignParams withFloorDb(double db) {
        return new ReassignParams(frames, order, db);
    }

    /** This with another order. */
    public ReassignParams withOrder(ReassignOrder o) {
        return new ReassignParams(frames, o, floorDb);
    }

    @Override
    public String toString() {
        return "ReassignParams[" + order.name().toLowerCase() + " order, floor " + floorDb + " dB, " + frames + "]";
    }
}
