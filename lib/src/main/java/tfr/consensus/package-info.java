/**
 * Pruning and consensus: which reassigned cells carry a sinusoid. Time crop, the chirp-aware
 * mixed-partial test that separates impulses from sinusoids and chirps, and neighbourhood consensus
 * ({@link tfr.consensus.Classifier}).
 */
package tfr.consensus;
