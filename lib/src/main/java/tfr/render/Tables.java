package tfr.render;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Tablesaw tables as HTML for notebooks (kernel-neutral: returns text for the kernel's display
 * function). Numbers are shown with {@code significantDigits} significant digits; long tables are
 * cut to their first and last rows with a row count in the caption, never printed whole.
 */
public final class Tables {
    /** Rows shown before a long table is cut. */
    public static final int MAX_ROWS = 40;

    private Tables() {
    }

    /** An HTML table with 6 significant digits. */
    public static String html(Table table) {
        return html(table, 6);
    }

    /** An HTML table with the given number of significant digits for floating-point cells. */
    public static String html(Table table, int significantDigits) {
        if (table == null) {
            throw new IllegalArgumentException("table must not be null");
        }
        if (significantDigits < 1 || significantDigits > 17) {
            throw new IllegalArgumentException("significantDigits must be in [1, 17], got " + significantDigits);
        }
        int rows = table.rowCount();
        StringBuilder b = new StringBuilder();
        b.append("<table style=\"border-collapse:collapse;font:12px monospace\">");
        b.append("<caption style=\"text-align:left;font:bold 12px sans-serif\">")
                .append(AudioPlayer.escape(table.name() == null ? "" : table.name()))
                .append(" (").append(rows).append(rows == 1 ? " row" : " rows").append(")</caption><tr>");
        for (Column<?> c : table.columns()) {
            b.append("<th style=\"border-bottom:1px solid #888;padding:2px 8px;text-align:right\">")
                    .append(AudioPlayer.escape(c.name())).append("</th>");
        }
        b.append("</tr>");
        int head = rows > MAX_ROWS ? MAX_ROWS - 5 : rows;
        for (int r = 0; r < head; r++) {
            row(b, table, r, significantDigits);
        }
        if (rows > MAX_ROWS) {
            b.append("<tr><td colspan=\"").append(table.columnCount())
                    .append("\" style=\"text-align:center;color:#888\">… ").append(rows - MAX_ROWS + 0)
                    .append(" rows not shown …</td></tr>");
            for (int r = rows - 5; r < rows; r++) {
                row(b, table, r, significantDigits);
            }
        }
        return b.append("</table>").toString();
    }

    private static void row(StringBuilder b, Table t, int r, int digits) {
        b.append("<tr>");
        for (Column<?> c : t.columns()) {
            Object v = c.get(r);
            String s;
            if (v instanceof Double || v instanceof Float) {
                double d = ((Number) v).doubleValue();
                s = Double.isNaN(d) ? "" : String.format(java.util.Locale.ROOT, "%." + digits + "g", d);
            } else {
                s = v == null ? "" : String.valueOf(v);
            }
            b.append("<td style=\"padding:2px 8px;text-align:right\">").append(AudioPlayer.escape(s)).append("</td>");
        }
        b.append("</tr>");
    }
}
