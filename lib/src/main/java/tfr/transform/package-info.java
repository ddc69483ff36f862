/**
 * Transformations of partial sets, each keeping phases consistent so that resynthesis has no clicks
 * or phasiness: {@link tfr.transform.PitchShift} (ratio or curve; spectral envelope kept or moved),
 * {@link tfr.transform.TimeWarp} (stretch and dilation by time points), {@link tfr.transform.AmplitudeFilter}
 * (gain over frequency), {@link tfr.transform.Modulation} (vibrato, tremolo), {@link tfr.transform.Morph}
 * (labelled sounds, time-varying weight, log-domain amplitude), on the phase rules of
 * {@link tfr.transform.PhaseTrack}.
 */
package tfr.transform;
