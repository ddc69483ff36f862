package tfr.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;
import tfr.reassign.FrequencyScale;
import tfr.reassign.TfGrid;

/**
 * Partials drawn over a rendered spectrogram: one polyline per partial through its breakpoints, on the
 * spectrogram's own axes (linear or log frequency), so the model can be checked against the energy it
 * came from. Zero-amplitude fade points are drawn too (the line starts where the partial fades in).
 * Returns a copy; the rendered image is not modified.
 */
public final class PartialsOverlay {
    /** Default line colour: cyan, visible on the ember colour map. */
    public static final Color DEFAULT_COLOR = new Color(0, 230, 255);

    private PartialsOverlay() {
    }

    /** The rendered spectrogram of {@code grid} with {@code set} drawn over its plot area. */
    public static BufferedImage draw(SpectrogramImage.Rendered rendered, TfGrid grid, PartialSet set, Color color,
                                     float lineWidthPx) {
        if (rendered == null || grid == null || set == null || color == null) {
            throw new IllegalArgumentException("rendered image, grid, partials and colour must not be null");
        }
        if (!(lineWidthPx > 0) || !Float.isFinite(lineWidthPx)) {
            throw new IllegalArgumentException("lineWidthPx must be finite and > 0, got " + lineWidthPx);
        }
        BufferedImage src = rendered.image();
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(src, 0, 0, null);
            Rectangle plot = rendered.plotArea();
            g.setClip(plot);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(color);
            g.setStroke(new BasicStroke(lineWidthPx, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Partial p : set.partials()) {
                Path2D.Double path = new Path2D.Double();
                boolean started = false;
                for (Breakpoint b : p.breakpoints()) {
                    double x = plot.x + (b.timeSec() - grid.t0Sec()) / (grid.t1Sec() - grid.t0Sec()) * plot.width;
                    double y = plot.y + plot.height * (1 - fraction(grid, b.freqHz()));
                    if (!Double.isFinite(y)) {
                        started = false;
                        continue;
                    }
                    if (started) {
                        path.lineTo(x, y);
                    } else {
                        path.moveTo(x, y);
                        started = true;
                    }
                }
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Height fraction of a frequency on the grid's axis (outside [0, 1] off the plot; NaN below 0 Hz on a log axis). */
    static double fraction(TfGrid grid, double freqHz) {
        if (grid.scale() == FrequencyScale.LOG) {
            return freqHz > 0 ? Math.log(freqHz / grid.f0Hz()) / Math.log(grid.f1Hz() / grid.f0Hz()) : Double.NaN;
        }
        return (freqHz - grid.f0Hz()) / (grid.f1Hz() - grid.f0Hz());
    }
}
