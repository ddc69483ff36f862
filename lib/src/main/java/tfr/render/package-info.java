/**
 * Pictures as {@link java.awt.image.BufferedImage}: spectrogram and reassigned-spectrogram images
 * with labelled axes and a dB colour bar ({@link tfr.render.SpectrogramImage}), a perceptually
 * ordered colour map ({@link tfr.render.ColorMap}), XChart charts rendered off-screen
 * ({@link tfr.render.Charts}) and PNG export ({@link tfr.render.Png}). Never opens a window.
 */
package tfr.render;
