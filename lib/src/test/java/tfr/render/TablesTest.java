package tfr.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TablesTest {
    @Test
    void rendersHeaderRowsAndSignificantDigits() {
        Table t = Table.create("errors",
                StringColumn.create("window", "hann", "kaiser<9>"),
                DoubleColumn.create("err_hz", 1.23456789e-4, Double.NaN),
                IntColumn.create("n", 2048, 4096));
        String html = Tables.html(t, 3);
        assertTrue(html.contains("errors (2 rows)"));
        assertTrue(html.contains(">err_hz</th>"));
        assertTrue(html.contains(">0.000123<"), html);
        assertTrue(html.contains("kaiser&lt;9&gt;"));
        assertTrue(html.contains(">4096<"));
    }

    @Test
    void longTablesAreCutWithACount() {
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        String html = Tables.html(Table.create("big", DoubleColumn.create("x", v)));
        assertEquals(Tables.MAX_ROWS, html.split("<tr><td style").length - 1);
        assertTrue(html.contains("960 rows not shown"));
        assertTrue(html.contains(">999.000<"));
    }
}
