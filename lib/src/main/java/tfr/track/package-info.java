/**
 * Partial tracking: linking peaks frame to frame by a chirp-rate prediction and a joint
 * minimum-cost assignment ({@link tfr.track.Tracker}), then building partials with track-derived
 * chirp rates, re-read phases and fade end points ({@link tfr.track.PartialBuilder}).
 */
package tfr.track;
