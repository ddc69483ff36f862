/**
 * The harmonic post-processing of the reassigned additive model (Loris, Fitz &amp; Haken): the
 * fundamental over time from a sound's partials ({@link tfr.harmonic.F0Estimator} →
 * {@link tfr.harmonic.F0Track}, Loris' harmonicity Q(f₀) = Σa²cos(2πf/f₀)/Σa², voiced at Q ≥ 0.9),
 * harmonic labels against a reference envelope with an optional stretched series
 * ({@link tfr.harmonic.Channelizer}, fₙ = n·f₁·√(1 + Bn²)), and the label-driven rewrites
 * {@link tfr.harmonic.Distiller} (one partial per label), {@link tfr.harmonic.Sieve} (unlabel
 * conflicting partials) and {@link tfr.harmonic.Collator} (join unlabelled partials that do not
 * overlap). The rewrites share {@link tfr.harmonic.JoinParams}: joined pieces fade out and in through
 * zero-amplitude breakpoints whose phases are carried linearly, so every piece renders as it would
 * alone.
 *
 * <p>Typical use: {@code F0Track f0 = new F0Estimator().estimate(set);}
 * {@code PartialSet labelled = new Channelizer(f0.envelope()).channelize(set);}
 * {@code PartialSet one = new Distiller().distill(labelled);}
 */
package tfr.harmonic;
