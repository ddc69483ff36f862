/**
 * Test signals with exact ground truth, for proving reassignment (an impulse reassigns to its sample,
 * a tone to its frequency, a chirp onto its instantaneous-frequency line), for notebooks and for the
 * {@code ./tfr signal} command.
 *
 * <p>Conventions shared by every class here:
 * <ul>
 *   <li>Sample {@code n} of a signal sampled at {@code fs} Hz sits at time {@code t_n = n / fs} seconds
 *       (sample 0 at t = 0).</li>
 *   <li>Tonal components are real: {@code x(t) = a(t)·cos(φ(t))} with {@code φ(t) = φ₀ + 2π∫f(s)ds}; the
 *       phase of every sample is evaluated from the closed-form integral of the instantaneous frequency
 *       {@code f(t)}, never accumulated sample to sample, so there is no phase drift.</li>
 *   <li>A component that is active over {@code [startSec, endSec)} is silent outside it (half-open: the
 *       sample at exactly {@code endSec} is silent); its truth methods return amplitude 0 and frequency
 *       and phase {@code NaN} there.</li>
 *   <li>Impulses are placed by sample index, so they land exactly on one sample; their time is
 *       {@code sampleIndex / fs}.</li>
 *   <li>Frequencies must stay below the Nyquist frequency {@code fs/2}; rendering throws otherwise, so
 *       the ground truth never describes an aliased component.</li>
 * </ul>
 */
package tfr.signals;
