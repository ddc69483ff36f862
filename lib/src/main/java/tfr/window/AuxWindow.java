package tfr.window;

/** Names the five windows of {@link AuxiliaryWindows}, after the paper's symbols. */
public enum AuxWindow {
    /** h: the analysis window. */
    H,
    /** th = (n − c)·h: time-ramped, for the group delay. */
    TH,
    /** dh = h′: derivative, for the instantaneous frequency. */
    DH,
    /** tdh = (n − c)·h′: for the mixed partial derivative. */
    TDH,
    /** d2h = h″: for ∂²φ/∂t² and the chirp rate. */
    D2H
}
