package tfr.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Small XChart helpers for notebooks and reports: build a line chart with sane defaults, turn any chart
 * into a {@link BufferedImage} (then {@link Png#write}). Headless-safe: only off-screen painting, never
 * Swing ({@code SwingWrapper}) windows.
 */
public final class Charts {
    /** Default chart width, pixels. */
    public static final int DEFAULT_WIDTH_PX = 800;
    /** Default chart height, pixels. */
    public static final int DEFAULT_HEIGHT_PX = 500;

    private Charts() {
    }

    /**
     * Paints {@code chart} off-screen at its own width × height (XChart's
     * {@link BitmapEncoder#getBufferedImage}).
     *
     * <p>Pitfall: XChart throws when a chart has no series or a series is empty; add data first.
     */
    public static BufferedImage toImage(Chart<?, ?> chart) {
        if (chart == null) {
            throw new IllegalArgumentException("chart must not be null");
        }
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** {@link #line(String, String, String, int, int)} at 800 × 500 px. */
    public static XYChart line(String title, String xTitle, String yTitle) {
        return line(title, xTitle, yTitle, DEFAULT_WIDTH_PX, DEFAULT_HEIGHT_PX);
    }

    /**
     * An empty line chart: white background, sans-serif fonts, lines without markers, light grid, legend
     * inside the top-right corner (for a single series hide it with
     * {@code chart.getStyler().setLegendVisible(false)}), locale-independent number labels.
     * Add data with {@code chart.addSeries(name, xs, ys)}. Put units in the axis titles, e.g. "time (s)".
     *
     * @throws IllegalArgumentException if a size is {@code < 1}
     */
    public static XYChart line(String title, String xTitle, String yTitle, int widthPx, int heightPx) {
        if (widthPx < 1) {
            throw new IllegalArgumentException("widthPx must be >= 1, got " + widthPx);
        }
        if (heightPx < 1) {
            throw new IllegalArgumentException("heightPx must be >= 1, got " + heightPx);
        }
        XYChart chart = new XYChartBuilder()
                .width(widthPx)
                .height(heightPx)
                .title(title == null ? "" : title)
                .xAxisTitle(xTitle == null ? "" : xTitle)
                .yAxisTitle(yTitle == null ? "" : yTitle)
                .build();
        XYStyler styler = chart.getStyler();
        styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        styler.setSeriesMarkers(new Marker[] {SeriesMarkers.NONE});
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(new Color(0x333333));
        styler.setPlotGridLinesColor(new Color(0xE0E0E0));
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setLegendBorderColor(new Color(0xCCCCCC));
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setLocale(Locale.ROOT);
        styler.setAntiAlias(true);
        styler.setToolTipsEnabled(false);
        return chart;
    }
}
