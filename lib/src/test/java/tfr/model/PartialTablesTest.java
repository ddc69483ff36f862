package tfr.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class PartialTablesTest {
    private static final PartialSet TWO = new PartialSet(List.of(
            new Partial(2, List.of(new Breakpoint(0.0, 440, 0.5, 0.25, 0.1), new Breakpoint(0.01, 441, 0.4, -1, 0))),
            Partial.of(List.of(new Breakpoint(0.005, 880, 0.25, 3, 0.0)))));

    @Test
    void roundTripIsExactForRandomSets() {
        Random r = new Random(11);
        for (int k = 0; k < 200; k++) {
            PartialSet s = RandomPartials.set(r, 12, k % 2 == 0);
            Table t = PartialTables.toTable(s);
            assertEquals(s.breakpointCount(), t.rowCount());
            assertEquals(s, PartialTables.fromTable(t), "seed step " + k);
        }
    }

    @Test
    void tableHasTheDocumentedColumnsAndRows() {
        Table t = PartialTables.toTable(TWO);
        assertEquals(List.of("partial", "label", "time_s", "freq_hz", "amp", "phase_rad", "bandwidth"), t.columnNames());
        assertEquals(ColumnType.INTEGER, t.column("partial").type());
        assertEquals(ColumnType.INTEGER, t.column("label").type());
        assertEquals(ColumnType.DOUBLE, t.column("amp").type());
        assertEquals(3, t.rowCount());
        assertEquals(List.of(0, 0, 1), t.intColumn("partial").asList());
        assertEquals(List.of(2, 2, 0), t.intColumn("label").asList());
        assertEquals(0.01, t.doubleColumn("time_s").getDouble(1), 0.0);
        assertEquals(-1.0, t.doubleColumn("phase_rad").getDouble(1), 0.0);
        // phase 3 is within (−π, π] and kept; the table shows the stored (wrapped) phase
        assertEquals(3.0, t.doubleColumn("phase_rad").getDouble(2), 0.0);
    }

    @Test
    void summaryHasOneRowPerPartial() {
        Table s = PartialTables.summary(TWO);
        assertEquals(List.of("partial", "label", "breakpoints", "start_s", "end_s", "duration_s", "mean_freq_hz",
                "peak_amp"), s.columnNames());
        assertEquals(2, s.rowCount());
        assertEquals(List.of(0, 1), s.intColumn("partial").asList());
        assertEquals(List.of(2, 0), s.intColumn("label").asList());
        assertEquals(List.of(2, 1), s.intColumn("breakpoints").asList());
        assertEquals(0.01, s.doubleColumn("duration_s").getDouble(0), 0.0);
        assertEquals((0.5 * 440 + 0.4 * 441) / 0.9, s.doubleColumn("mean_freq_hz").getDouble(0), 1e-12);
        assertEquals(0.5, s.doubleColumn("peak_amp").getDouble(0), 0.0);
        assertEquals(0.005, s.doubleColumn("start_s").getDouble(1), 0.0);
        assertEquals(0.005, s.doubleColumn("end_s").getDouble(1), 0.0);
        assertEquals(0, PartialTables.summary(PartialSet.empty()).rowCount());
    }

    @Test
    void optionalColumnsDefaultToZeroAndRowsMayComeInAnyOrder() {
        // partial 5 appears first, so it becomes partial 0; its rows are out of time order
        Table t = Table.create("x",
                FloatColumn.create("amp", new float[] {0.5f, 0.25f, 0.125f}),
                IntColumn.create("partial", 5, 1, 5),
                DoubleColumn.create("time_s", 0.2, 0.0, 0.1),
                DoubleColumn.create("freq_hz", 100, 200, 300),
                DoubleColumn.create("phase_rad", 0, 1, 2 * Math.PI + 1),
                StringColumn.create("note", "a", "b", "c"));
        PartialSet s = PartialTables.fromTable(t);
        assertEquals(2, s.size());
        Partial p0 = s.get(0);
        assertEquals(0, p0.label());
        assertEquals(List.of(0.1, 0.2), p0.breakpoints().stream().map(Breakpoint::timeSec).toList());
        assertEquals(300.0, p0.first().freqHz(), 0.0);
        assertEquals(0.125, p0.first().amp(), 0.0);
        assertEquals(Breakpoint.wrap(2 * Math.PI + 1), p0.first().phaseRad(), 0.0);
        assertEquals(0.0, p0.first().bandwidth(), 0.0);
        assertEquals(200.0, s.get(1).first().freqHz(), 0.0);
        assertTrue(PartialTables.fromTable(PartialTables.toTable(PartialSet.empty())).isEmpty());
    }

    private static Table base() {
        return PartialTables.toTable(TWO);
    }

    @Test
    void badTablesGiveMessagesNamingColumnAndRow() {
        Table noAmp = base().removeColumns("amp");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PartialTables.fromTable(noAmp));
        assertTrue(e.getMessage().startsWith("table has no column 'amp'"), e.getMessage());

        Table badAmp = base();
        badAmp.doubleColumn("amp").set(1, -1.0);
        e = assertThrows(IllegalArgumentException.class, () -> PartialTables.fromTable(badAmp));
        assertEquals("row 1: amp must be finite and >= 0, got -1.0", e.getMessage());

        Table nanFreq = base();
        nanFreq.doubleColumn("freq_hz").set(2, Double.NaN);
        e = assertThrows(IllegalArgumentException.class, () -> PartialTables.fromTable(nanFreq));
        assertEquals("row 2: freq_hz is missing", e.getMessage());

        Table badBw = base();
        badBw.doubleColumn("bandwidth").set(0, 1.5);
        e = assertThrows(IllegalArgumentException.class, () -> PartialTables.fromTable(badBw));
        assertEquals("row 0: bandwidth must be in [0, 1], got 1.5", e.getMessage());

        Table dup = base();
        dup.doubleColumn("time_s").set(1, 0.0);
        e = assertThrows(IllegalArgumentException.class, () -> PartialTables.fromTable(dup));
        assertEquals("rows 0 and 1: partial 0 has two breakpoints at time_s 0.0", e.getMessage());

        Table labels = base();
        labels.intColumn("label").set(1, 3);
        e = assertThrows(IllegalArgumentException.class, () -> PartialTables.fromTable(labels));
        assertEquals("row 1: label 3 differs from label 2 of partial 0 (row 0)", e.getMessage());

        Table fractional = base().replaceColumn("partial", DoubleColumn.create("partial", 0, 0.5, 1));
        e = assertThrows(IllegalArgumentException.class, () -> PartialTables.fromTable(fractional));
        assertEquals("row 1: partial must be a whole number >= 0, got 0.5", e.getMessage());

        Table text = base().replaceColumn("time_s", StringColumn.create("time_s", "0", "1", "2"));
        e = assertThrows(IllegalArgumentException.class, () -> PartialTables.fromTable(text));
        assertEquals("column 'time_s' must be numeric, got STRING", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
