package tfr.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tfr.reassign.FrequencyScale;
import tfr.reassign.TfGrid;

/**
 * Renders a {@link TfGrid} as a labelled spectrogram picture: a {@link BufferedImage#TYPE_INT_RGB} image with
 * the cells in a plot area, frequency increasing upward, time and frequency axes with ticks, an optional
 * title and a colour bar labelled in dB. Works with {@code java.awt.headless=true}; never opens a window.
 *
 * <pre>
 *   BufferedImage img = SpectrogramImage.of(grid).title("violin, reassigned").dynamicRangeDb(80).toImage();
 * </pre>
 *
 * <h2>Value → colour</h2>
 * Each cell power {@code P} becomes {@code dB = 10 log10(P / Pref)}, where {@code Pref} is the grid max by
 * default (so the strongest cell is 0 dB) or the value given to {@link #referencePower(double)} (e.g. the
 * power of a full-scale sine, to read absolute dBFS levels). The fraction
 * {@code (dB + dynamicRangeDb) / dynamicRangeDb}, clamped to [0, 1], picks the colour with
 * {@link ColorMap#rgb(double)}: cells at or above {@code Pref} get the top colour, cells at or below
 * {@code -dynamicRangeDb} — including empty cells, {@code 10 log10(0) = -∞} — get the bottom colour.
 * An all-zero grid with the default reference renders entirely in the bottom colour (no NaN arithmetic).
 *
 * <h2>Geometry</h2>
 * One image pixel per grid cell, or a {@code scale × scale} block with {@link #scale(int)} (nearest
 * neighbour). Cell {@code (timeIx, freqIx)} has its top-left pixel at
 * {@code (plot.x + timeIx·scale, plot.y + plot.height - (freqIx + 1)·scale)}; see
 * {@link Rendered#cellPixel(int, int)}. Margins grow to fit every label, so nothing is clipped.
 *
 * <p>Builder: mutable, not thread-safe; {@link #render()} can be called repeatedly and reads the grid at
 * that moment. Speed: the raster is filled through its {@link DataBufferInt} (one {@code Math.log} per
 * non-empty cell, cache-blocked transpose from the time-major grid); a 2000 × 1000 grid renders in a few
 * tens of milliseconds once the JVM is warm.
 */
public final class SpectrogramImage {
    /** Default clamp range below the reference, dB. */
    public static final double DEFAULT_DYNAMIC_RANGE_DB = 90;

    private static final int BACKGROUND = 0xFFFFFF;
    private static final Color INK = new Color(0x222222);
    private static final Color FRAME = new Color(0x333333);
    /** Cells per side of the blocks used when transposing the time-major grid into image rows. */
    private static final int TILE = 64;
    /** Upper bound on image pixels, so a huge scale fails early with a clear message. */
    private static final long MAX_IMAGE_PIXELS = 400_000_000L;

    private final TfGrid grid;
    private ColorMap colorMap = ColorMap.EMBER;
    private double dynamicRangeDb = DEFAULT_DYNAMIC_RANGE_DB;
    private double referencePower = Double.NaN; // NaN: the grid max at render time
    private String referenceName = "max";
    private int scale = 1;
    private String title = "";

    private SpectrogramImage(TfGrid grid) {
        this.grid = grid;
    }

    /**
     * A builder for {@code grid} with the defaults: {@link ColorMap#EMBER}, 90 dB range, reference = grid max,
     * scale 1, no title.
     */
    public static SpectrogramImage of(TfGrid grid) {
        if (grid == null) {
            throw new IllegalArgumentException("grid must not be null");
        }
        return new SpectrogramImage(grid);
    }

    /** The colour map (default {@link ColorMap#EMBER}). */
    public SpectrogramImage colorMap(ColorMap map) {
        if (map == null) {
            throw new IllegalArgumentException("map must not be null");
        }
        this.colorMap = map;
        return this;
    }

    /**
     * Range of levels shown, dB below the reference (default 90): levels below {@code -dynamicRangeDb} are
     * drawn in the bottom colour.
     *
     * @throws IllegalArgumentException unless finite and {@code > 0}
     */
    public SpectrogramImage dynamicRangeDb(double rangeDb) {
        if (!(rangeDb > 0 && rangeDb < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("rangeDb must be finite and > 0, got " + rangeDb);
        }
        this.dynamicRangeDb = rangeDb;
        return this;
    }

    /**
     * Explicit 0 dB reference power (same units as the grid cells), instead of the grid max; the colour bar
     * reads "dB re" the number. Cells above it saturate at the top colour.
     *
     * @throws IllegalArgumentException unless finite and {@code > 0}
     */
    public SpectrogramImage referencePower(double power) {
        return referencePower(power, formatSignificant(power, 3));
    }

    /**
     * Explicit 0 dB reference power with a name for the colour bar, e.g.
     * {@code referencePower(fullScalePower, "full scale")} labels it "dB re full scale".
     *
     * @throws IllegalArgumentException unless {@code power} is finite and {@code > 0} and the name non-blank
     */
    public SpectrogramImage referencePower(double power, String name) {
        if (!(power > 0 && power < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("power must be finite and > 0, got " + power);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        this.referencePower = power;
        this.referenceName = name.strip();
        return this;
    }

    /** Back to the default reference: the grid max at render time ("dB re max"). */
    public SpectrogramImage referenceGridMax() {
        this.referencePower = Double.NaN;
        this.referenceName = "max";
        return this;
    }

    /**
     * Image pixels per grid cell along each axis (default 1), nearest-neighbour.
     *
     * @throws IllegalArgumentException if {@code pixelsPerCell < 1}
     */
    public SpectrogramImage scale(int pixelsPerCell) {
        if (pixelsPerCell < 1) {
            throw new IllegalArgumentException("pixelsPerCell must be >= 1, got " + pixelsPerCell);
        }
        this.scale = pixelsPerCell;
        return this;
    }

    /** Title above the plot; {@code null} or blank for none (the default). */
    public SpectrogramImage title(String text) {
        this.title = text == null ? "" : text.strip();
        return this;
    }

    /** Renders and returns just the image; see {@link #render()} for the layout. */
    public BufferedImage toImage() {
        return render().image();
    }

    /**
     * Renders the grid.
     *
     * @return the image and where the plot area and colour bar ended up
     * @throws IllegalArgumentException if the image would exceed 400 million pixels (lower the scale)
     */
    public Rendered render() {
        long plotPixels = (long) grid.timePx() * scale * grid.freqPx() * scale;
        if (plotPixels > MAX_IMAGE_PIXELS) {
            throw new IllegalArgumentException("scale makes the plot too large: " + grid.timePx() + " x "
                    + grid.freqPx() + " cells at " + scale + " px/cell exceeds " + MAX_IMAGE_PIXELS + " px");
        }
        int plotW = grid.timePx() * scale;
        int plotH = grid.freqPx() * scale;
        double refPower = Double.isNaN(referencePower) ? grid.max() : referencePower;

        Layout layout = new Layout(plotW, plotH);
        layout.build();

        int width = layout.imageWidth();
        int height = layout.imageHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Arrays.fill(pixels, BACKGROUND);

        int ox = layout.offsetX;
        int oy = layout.offsetY;
        fillCells(pixels, width, ox, oy, refPower);
        Rectangle bar = new Rectangle(ox + layout.barX, oy, layout.barW, plotH);
        fillColorBar(pixels, width, bar);

        Graphics2D g = image.createGraphics();
        try {
            layout.draw(g);
        } finally {
            g.dispose();
        }
        return new Rendered(image, new Rectangle(ox, oy, plotW, plotH), bar, scale, refPower, dynamicRangeDb);
    }

    /** The settings, with the grid's shape; never cell values. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SpectrogramImage[%s, %s, %.1f dB range re %s, %d px/cell%s]", grid,
                colorMap.name(), dynamicRangeDb, referenceName, scale, title.isEmpty() ? "" : ", title \"" + title + "\"");
    }

    // ---------------------------------------------------------------- raster

    /** Cells → colours, written straight into the raster, tile by tile (time-major in, row-major out). */
    private void fillCells(int[] pixels, int stride, int ox, int oy, double refPower) {
        double[] values = grid.values();
        int[] lut = colorMap.tableView();
        int timePx = grid.timePx();
        int freqPx = grid.freqPx();
        int s = scale;
        // index = floor(256 (dB + R) / R), dB = 10 log10(v / ref)  ⇒  index = floor(k ln v + c).
        boolean silent = !(refPower > 0);
        double k = ColorMap.SIZE * 10 / (dynamicRangeDb * Math.log(10));
        double c = silent ? 0 : ColorMap.SIZE - k * Math.log(refPower);
        double floorPower = silent ? Double.POSITIVE_INFINITY : refPower * Math.pow(10, -dynamicRangeDb / 10);
        int bottom = lut[0];
        int top = ColorMap.SIZE - 1;
        for (int tb = 0; tb < timePx; tb += TILE) {
            int tEnd = Math.min(timePx, tb + TILE);
            for (int fb = 0; fb < freqPx; fb += TILE) {
                int fEnd = Math.min(freqPx, fb + TILE);
                for (int t = tb; t < tEnd; t++) {
                    int base = t * freqPx;
                    int x0 = ox + t * s;
                    for (int f = fb; f < fEnd; f++) {
                        double v = values[base + f];
                        int rgb;
                        if (v <= floorPower) {
                            rgb = bottom;
                        } else {
                            double idx = k * Math.log(v) + c;
                            rgb = lut[idx >= top ? top : Math.max(0, (int) idx)];
                        }
                        int y0 = oy + (freqPx - 1 - f) * s;
                        if (s == 1) {
                            pixels[y0 * stride + x0] = rgb;
                        } else {
                            for (int dy = 0; dy < s; dy++) {
                                int row = (y0 + dy) * stride + x0;
                                Arrays.fill(pixels, row, row + s, rgb);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Vertical colour bar, fraction {@code (h - 1 - row) / (h - 1)}: top row = top colour, bottom row = bottom colour. */
    private void fillColorBar(int[] pixels, int stride, Rectangle bar) {
        for (int r = 0; r < bar.height; r++) {
            double fraction = bar.height == 1 ? 1.0 : (bar.height - 1 - r) / (double) (bar.height - 1);
            int rgb = colorMap.rgb(fraction);
            int row = (bar.y + r) * stride + bar.x;
            Arrays.fill(pixels, row, row + bar.width, rgb);
        }
    }

    // ---------------------------------------------------------------- layout

    /** Orientation of a text run. */
    private enum Orientation {
        HORIZONTAL,
        /** Rotated 90° counter-clockwise: reads bottom to top. */
        VERTICAL_UP
    }

    /** A text run at a baseline origin, in plot coordinates (plot top-left = (0, 0)). */
    private record Text(String text, Font font, double x, double y, Orientation orientation, Rectangle2D bounds) {
    }

    /** A 1-px line in plot coordinates. */
    private record Segment(int x1, int y1, int x2, int y2) {
    }

    /**
     * Places every label and tick in plot coordinates, then shifts everything so the union of all parts
     * starts at the padding; the image is exactly as large as the union plus padding.
     */
    private final class Layout {
        private final int plotW;
        private final int plotH;
        private final int fontPx;
        private final Font tickFont;
        private final Font titleFont;
        private final FontRenderContext frc = new FontRenderContext(null, true, true);
        private final int tick;
        private final int minorTick;
        private final int gap;
        private final int pad;
        private final double digitHeight;
        private final List<Text> texts = new ArrayList<>();
        private final List<Segment> segments = new ArrayList<>();
        private final List<Rectangle> frames = new ArrayList<>();
        int barX;
        int barW;
        int offsetX;
        int offsetY;
        private Rectangle2D union;

        Layout(int plotW, int plotH) {
            this.plotW = plotW;
            this.plotH = plotH;
            this.fontPx = (int) Math.max(12, Math.min(20, Math.round(Math.max(plotW, plotH) / 110.0)));
            this.tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, fontPx);
            this.titleFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(fontPx * 1.25f));
            this.tick = Math.max(4, Math.round(fontPx * 0.4f));
            this.minorTick = Math.max(2, tick / 2);
            this.gap = Math.max(3, Math.round(fontPx * 0.35f));
            this.pad = Math.max(8, Math.round(fontPx * 0.8f));
            this.digitHeight = tickFont.createGlyphVector(frc, "0").getVisualBounds().getHeight();
        }

        void build() {
            frames.add(new Rectangle(-1, -1, plotW + 1, plotH + 1));
            buildTimeAxis();
            buildFrequencyAxis();
            buildColorBar();
            if (!title.isEmpty()) {
                Rectangle2D b = titleFont.getStringBounds(title, frc);
                LineMetrics lm = titleFont.getLineMetrics(title, frc);
                double baseline = -1 - 2 * gap - lm.getDescent();
                addText(title, titleFont, plotW / 2.0 - b.getWidth() / 2, baseline, Orientation.HORIZONTAL);
            }
            union = new Rectangle2D.Double(-1, -1, plotW + 2, plotH + 2);
            for (Text t : texts) {
                union.add(t.bounds());
            }
            for (Rectangle r : frames) {
                union.add(new Rectangle2D.Double(r.x, r.y, r.width + 1, r.height + 1));
            }
            for (Segment s : segments) {
                union.add(new Rectangle2D.Double(Math.min(s.x1(), s.x2()), Math.min(s.y1(), s.y2()),
                        Math.abs(s.x2() - s.x1()) + 1, Math.abs(s.y2() - s.y1()) + 1));
            }
            offsetX = pad - (int) Math.floor(union.getMinX());
            offsetY = pad - (int) Math.floor(union.getMinY());
        }

        int imageWidth() {
            return (int) Math.ceil(union.getMaxX()) - (int) Math.floor(union.getMinX()) + 2 * pad;
        }

        int imageHeight() {
            return (int) Math.ceil(union.getMaxY()) - (int) Math.floor(union.getMinY()) + 2 * pad;
        }

        // --- axes

        /** x pixel (plot coordinates) of a fraction of the time axis: 0 → left frame, 1 → right frame. */
        private int xOf(double fraction) {
            return -1 + (int) Math.round(fraction * (plotW + 1));
        }

        /** y pixel (plot coordinates) of a fraction of a vertical axis: 0 → bottom frame, 1 → top frame. */
        private int yOf(double fraction, int height) {
            return height - (int) Math.round(fraction * (height + 1));
        }

        private void buildTimeAxis() {
            double t0 = grid.t0Sec();
            double t1 = grid.t1Sec();
            TickSet ticks = niceLinearTicks(t0, t1, plotW, Orientation.HORIZONTAL);
            double labelBaseline = plotH + tick + gap + digitHeight;
            for (int i = 0; i < ticks.values.length; i++) {
                int x = xOf((ticks.values[i] - t0) / (t1 - t0));
                segments.add(new Segment(x, plotH, x, plotH + tick));
                double w = tickFont.getStringBounds(ticks.labels[i], frc).getWidth();
                addText(ticks.labels[i], tickFont, x - w / 2, labelBaseline, Orientation.HORIZONTAL);
            }
            String axisTitle = "time (s)";
            double w = tickFont.getStringBounds(axisTitle, frc).getWidth();
            LineMetrics lm = tickFont.getLineMetrics(axisTitle, frc);
            addText(axisTitle, tickFont, plotW / 2.0 - w / 2, labelBaseline + 2 * gap + lm.getAscent(),
                    Orientation.HORIZONTAL);
        }

        private void buildFrequencyAxis() {
            double f0 = grid.f0Hz();
            double f1 = grid.f1Hz();
            String unit;
            double[] values;
            String[] labels;
            double[] minors = new double[0];
            if (grid.scale() == FrequencyScale.LOG) {
                unit = "Hz";
                LogTicks lt = logTicks(f0, f1);
                values = lt.majors;
                minors = lt.minors;
                labels = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    labels[i] = formatHzShort(values[i]);
                }
            } else {
                double div = Math.max(Math.abs(f0), Math.abs(f1)) >= 2000 ? 1000 : 1;
                unit = div == 1 ? "Hz" : "kHz";
                TickSet ts = niceLinearTicks(f0 / div, f1 / div, plotH, Orientation.VERTICAL_UP);
                values = new double[ts.values.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = ts.values[i] * div;
                }
                labels = ts.labels;
            }
            double maxLabelW = 0;
            for (int i = 0; i < values.length; i++) {
                int y = yOf(freqFraction(values[i]), plotH);
                segments.add(new Segment(-1 - tick, y, -1, y));
                double w = tickFont.getStringBounds(labels[i], frc).getWidth();
                maxLabelW = Math.max(maxLabelW, w);
                addText(labels[i], tickFont, -1 - tick - gap - w, y + digitHeight / 2, Orientation.HORIZONTAL);
            }
            for (double m : minors) {
                int y = yOf(freqFraction(m), plotH);
                segments.add(new Segment(-1 - minorTick, y, -1, y));
            }
            String axisTitle = "frequency (" + unit + ")";
            double w = tickFont.getStringBounds(axisTitle, frc).getWidth();
            LineMetrics lm = tickFont.getLineMetrics(axisTitle, frc);
            double x = -1 - tick - gap - maxLabelW - 2 * gap - lm.getDescent();
            addText(axisTitle, tickFont, x, plotH / 2.0 + w / 2, Orientation.VERTICAL_UP);
        }

        private double freqFraction(double freqHz) {
            double f0 = grid.f0Hz();
            double f1 = grid.f1Hz();
            return grid.scale() == FrequencyScale.LOG
                    ? Math.log(freqHz / f0) / Math.log(f1 / f0)
                    : (freqHz - f0) / (f1 - f0);
        }

        private void buildColorBar() {
            barW = Math.max(10, Math.round(fontPx * 1.1f));
            barX = plotW + Math.round(fontPx * 1.6f);
            frames.add(new Rectangle(barX - 1, -1, barW + 1, plotH + 1));
            TickSet ticks = niceLinearTicks(-dynamicRangeDb, 0, plotH, Orientation.VERTICAL_UP);
            double maxLabelW = 0;
            int right = barX + barW;
            for (int i = 0; i < ticks.values.length; i++) {
                double fraction = (ticks.values[i] + dynamicRangeDb) / dynamicRangeDb;
                int y = yOf(fraction, plotH);
                segments.add(new Segment(right, y, right + tick, y));
                double w = tickFont.getStringBounds(ticks.labels[i], frc).getWidth();
                maxLabelW = Math.max(maxLabelW, w);
                addText(ticks.labels[i], tickFont, right + tick + gap, y + digitHeight / 2, Orientation.HORIZONTAL);
            }
            String barTitle = "dB re " + referenceName;
            double w = tickFont.getStringBounds(barTitle, frc).getWidth();
            LineMetrics lm = tickFont.getLineMetrics(barTitle, frc);
            double x = right + tick + gap + maxLabelW + 2 * gap + lm.getAscent();
            addText(barTitle, tickFont, x, plotH / 2.0 + w / 2, Orientation.VERTICAL_UP);
        }

        private void addText(String s, Font font, double x, double y, Orientation orientation) {
            Rectangle2D logical = font.getStringBounds(s, frc); // relative to the baseline origin
            Rectangle2D bounds = orientation == Orientation.HORIZONTAL
                    ? new Rectangle2D.Double(x + logical.getX(), y + logical.getY(), logical.getWidth(),
                            logical.getHeight())
                    // rotate (u, v) → (v, -u) about the origin: the run goes up from (x, y)
                    : new Rectangle2D.Double(x + logical.getY(), y - logical.getX() - logical.getWidth(),
                            logical.getHeight(), logical.getWidth());
            texts.add(new Text(s, font, x, y, orientation, bounds));
        }

        // --- ticks

        /**
         * Ticks at multiples of a 1-2-5 step: the smallest step whose labels keep clear of each other
         * (horizontal labels need their width plus 1.5 em, vertical ones 2.2 digit heights) and that gives
         * at most about 10 ticks, so the axis stays calm on large plots.
         */
        private TickSet niceLinearTicks(double lo, double hi, int lengthPx, Orientation axis) {
            boolean horizontal = axis == Orientation.HORIZONTAL;
            double span = hi - lo;
            double calmPx = lengthPx / 10.0;
            double minSpacingPx = Math.max(calmPx, horizontal ? 3.0 * fontPx : 2.2 * digitHeight);
            double step = nextNice(span * minSpacingPx / lengthPx);
            TickSet ts = linearTickSet(lo, hi, step);
            for (int iter = 0; iter < 40; iter++) {
                double spacingPx = step / span * lengthPx;
                double legible = horizontal ? ts.maxLabelWidth(tickFont, frc) + 1.5 * fontPx : 2.2 * digitHeight;
                if (spacingPx >= legible) {
                    break;
                }
                step = nextNice(step * 1.000001);
                ts = linearTickSet(lo, hi, step);
            }
            return ts;
        }

        private TickSet linearTickSet(double lo, double hi, double step) {
            long kFirst = (long) Math.ceil(lo / step - 1e-9);
            long kLast = (long) Math.floor(hi / step + 1e-9);
            int count = (int) Math.max(0, Math.min(1000, kLast - kFirst + 1));
            int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
            double[] values = new double[count];
            String[] labels = new String[count];
            for (int i = 0; i < count; i++) {
                double v = (kFirst + i) * step;
                values[i] = v == 0 ? 0.0 : v; // no negative zero
                labels[i] = formatFixed(values[i], decimals);
            }
            return new TickSet(values, labels);
        }

        private record LogTicks(double[] majors, double[] minors) {
        }

        /**
         * Log-axis ticks: 1-2-5 per decade if they keep 2.2 digit heights apart, else decades (every k-th
         * if even those crowd), with unlabelled minor ticks at the other integers × 10^n. A range too
         * narrow to hold two such ticks falls back to nice linear steps placed on the log axis.
         */
        private LogTicks logTicks(double f0, double f1) {
            double pxPerLn = plotH / Math.log(f1 / f0);
            double need = 2.2 * digitHeight;
            double[] oneTwoFive = decadeMultiples(f0, f1, new int[] {1, 2, 5}, 1);
            if (oneTwoFive.length >= 2 && minSpacingPx(oneTwoFive, pxPerLn) >= need) {
                return new LogTicks(oneTwoFive, minorsExcluding(f0, f1, oneTwoFive, pxPerLn));
            }
            for (int stride = 1; stride <= 64; stride *= 2) {
                double[] decades = decadeMultiples(f0, f1, new int[] {1}, stride);
                if (decades.length < 2) {
                    break;
                }
                if (minSpacingPx(decades, pxPerLn) >= need) {
                    double[] minors = stride == 1 ? minorsExcluding(f0, f1, decades, pxPerLn) : new double[0];
                    return new LogTicks(decades, minors);
                }
            }
            // Narrow range: linear steps, spaced for the most compressed (top) end of the log axis.
            double topPxPerHz = pxPerLn / f1;
            double step = nextNice(need / topPxPerHz);
            TickSet ts = linearTickSet(f0, f1, step);
            return new LogTicks(ts.values, new double[0]);
        }

        private double[] decadeMultiples(double f0, double f1, int[] mantissas, int stride) {
            List<Double> out = new ArrayList<>();
            int e0 = (int) Math.floor(Math.log10(f0)) - 1;
            int e1 = (int) Math.ceil(Math.log10(f1)) + 1;
            for (int e = e0; e <= e1; e++) {
                if (Math.floorMod(e, stride) != 0) {
                    continue;
                }
                for (int m : mantissas) {
                    double v = m * Math.pow(10, e);
                    if (v >= f0 * (1 - 1e-12) && v <= f1 * (1 + 1e-12)) {
                        out.add(v);
                    }
                }
            }
            return out.stream().mapToDouble(Double::doubleValue).toArray();
        }

        private double[] minorsExcluding(double f0, double f1, double[] majors, double pxPerLn) {
            double[] all = decadeMultiples(f0, f1, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 1);
            if (all.length < 2 || minSpacingPx(all, pxPerLn) < 4) {
                return new double[0];
            }
            return Arrays.stream(all)
                    .filter(v -> Arrays.stream(majors).noneMatch(m -> Math.abs(m - v) <= 1e-9 * v))
                    .toArray();
        }

        private double minSpacingPx(double[] sortedHz, double pxPerLn) {
            double min = Double.POSITIVE_INFINITY;
            for (int i = 1; i < sortedHz.length; i++) {
                min = Math.min(min, Math.log(sortedHz[i] / sortedHz[i - 1]) * pxPerLn);
            }
            return min;
        }

        // --- drawing

        void draw(Graphics2D g) {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setStroke(new BasicStroke(1f));
            g.translate(offsetX, offsetY);
            g.setColor(FRAME);
            for (Rectangle r : frames) {
                g.drawRect(r.x, r.y, r.width, r.height);
            }
            for (Segment s : segments) {
                g.drawLine(s.x1(), s.y1(), s.x2(), s.y2());
            }
            g.setColor(INK);
            for (Text t : texts) {
                g.setFont(t.font());
                if (t.orientation() == Orientation.HORIZONTAL) {
                    g.drawString(t.text(), (float) t.x(), (float) t.y());
                } else {
                    AffineTransform saved = g.getTransform();
                    g.translate(t.x(), t.y());
                    g.rotate(-Math.PI / 2);
                    g.drawString(t.text(), 0f, 0f);
                    g.setTransform(saved);
                }
            }
        }
    }

    /** Tick values and their labels. */
    private record TickSet(double[] values, String[] labels) {
        double maxLabelWidth(Font font, FontRenderContext frc) {
            double max = 0;
            for (String s : labels) {
                max = Math.max(max, font.getStringBounds(s, frc).getWidth());
            }
            return max;
        }
    }

    // ---------------------------------------------------------------- number formatting

    /** Smallest 1, 2 or 5 × 10^n that is {@code >= x} (x > 0). */
    static double nextNice(double x) {
        if (!(x > 0) || !Double.isFinite(x)) {
            return 1;
        }
        double base = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * base >= x * (1 - 1e-12)) {
                return m * base;
            }
        }
        return 10 * base;
    }

    /** Fixed decimals, Unicode minus sign for negatives. */
    static String formatFixed(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.startsWith("-")) {
            s = s.substring(1);
            // rounding may have produced "-0.0"
            s = s.chars().allMatch(ch -> ch == '0' || ch == '.') ? s : "\u2212" + s;
        }
        return s;
    }

    /** Hertz in audio style: "50", "500", "1k", "2.5k", "20k" (6 significant digits, trailing zeros cut). */
    static String formatHzShort(double hz) {
        if (Math.abs(hz) >= 1000) {
            return trimmed(hz / 1000) + "k";
        }
        return trimmed(hz);
    }

    private static String trimmed(double v) {
        String s = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }

    private static String formatSignificant(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "g", v);
    }

    /**
     * A rendered spectrogram: the image plus where things are in it, in image pixel coordinates.
     *
     * @param image          the picture, {@link BufferedImage#TYPE_INT_RGB}
     * @param plotArea       the cells: {@code width = timePx · cellPx}, {@code height = freqPx · cellPx}
     * @param colorBarArea   the colour gradient (top row = top colour), without its frame
     * @param cellPx         image pixels per grid cell along each axis
     * @param referencePower the power drawn as 0 dB; 0 for an all-zero grid with the default reference
     * @param dynamicRangeDb levels this far below the reference, or lower, are the bottom colour
     */
    public record Rendered(BufferedImage image, Rectangle plotArea, Rectangle colorBarArea, int cellPx,
            double referencePower, double dynamicRangeDb) {
        /** Validates the parts and copies the rectangles. */
        public Rendered {
            Objects.requireNonNull(image, "image must not be null");
            Objects.requireNonNull(plotArea, "plotArea must not be null");
            Objects.requireNonNull(colorBarArea, "colorBarArea must not be null");
            Rectangle bounds = new Rectangle(0, 0, image.getWidth(), image.getHeight());
            if (!bounds.contains(plotArea)) {
                throw new IllegalArgumentException("plotArea must lie inside the image, got " + plotArea);
            }
            if (!bounds.contains(colorBarArea)) {
                throw new IllegalArgumentException("colorBarArea must lie inside the image, got " + colorBarArea);
            }
            if (cellPx < 1) {
                throw new IllegalArgumentException("cellPx must be >= 1, got " + cellPx);
            }
            if (!(referencePower >= 0 && referencePower < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("referencePower must be finite and >= 0, got " + referencePower);
            }
            if (!(dynamicRangeDb > 0 && dynamicRangeDb < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("dynamicRangeDb must be finite and > 0, got " + dynamicRangeDb);
            }
            plotArea = new Rectangle(plotArea);
            colorBarArea = new Rectangle(colorBarArea);
        }

        /** A copy of the plot area rectangle (image pixels). */
        @Override
        public Rectangle plotArea() {
            return new Rectangle(plotArea);
        }

        /** A copy of the colour bar rectangle (image pixels). */
        @Override
        public Rectangle colorBarArea() {
            return new Rectangle(colorBarArea);
        }

        /**
         * Top-left image pixel of the {@code cellPx × cellPx} block showing cell {@code (timeIx, freqIx)}:
         * {@code (plot.x + timeIx·cellPx, plot.y + plot.height - (freqIx + 1)·cellPx)} — frequency grows upward.
         *
         * @throws IllegalArgumentException if the cell is outside the plot
         */
        public Point cellPixel(int timeIx, int freqIx) {
            int timeCells = plotArea.width / cellPx;
            int freqCells = plotArea.height / cellPx;
            if (timeIx < 0 || timeIx >= timeCells) {
                throw new IllegalArgumentException("timeIx must be in [0, " + timeCells + "), got " + timeIx);
            }
            if (freqIx < 0 || freqIx >= freqCells) {
                throw new IllegalArgumentException("freqIx must be in [0, " + freqCells + "), got " + freqIx);
            }
            return new Point(plotArea.x + timeIx * cellPx, plotArea.y + plotArea.height - (freqIx + 1) * cellPx);
        }

        /** Image and plot sizes, reference and range; never pixel data. */
        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "SpectrogramImage.Rendered[%d x %d px image, plot %d x %d px at (%d, %d), %d px/cell, "
                            + "0 dB = %.4g, %.1f dB range]",
                    image.getWidth(), image.getHeight(), plotArea.width, plotArea.height, plotArea.x, plotArea.y,
                    cellPx, referencePower, dynamicRangeDb);
        }
    }
}
