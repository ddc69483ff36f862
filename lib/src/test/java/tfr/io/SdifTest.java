package tfr.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tfr.model.Breakpoint;
import tfr.model.Partial;
import tfr.model.PartialSet;
import tfr.model.RandomPartials;

class SdifTest {
    @TempDir
    Path dir;

    // ---- a hand parser, independent of SdifReader ----

    record Matrix(String sig, int type, int rows, int cols, int dataOffset, byte[] padding) {
    }

    record Frame(String sig, int offset, int size, double time, int stream, List<Matrix> matrices) {
    }

    private static String sig(ByteBuffer b, int p) {
        byte[] s = new byte[4];
        b.get(p, s);
        return new String(s, StandardCharsets.US_ASCII);
    }

    /** Parses every frame by the spec, asserting that each size field matches its matrices exactly. */
    private static List<Frame> parse(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes); // big-endian by default
        assertEquals("SDIF", sig(b, 0));
        assertEquals(8, b.getInt(4));
        assertEquals(3, b.getInt(8));
        assertEquals(1, b.getInt(12));
        List<Frame> frames = new ArrayList<>();
        int p = 16;
        while (p < bytes.length) {
            String fsig = sig(b, p);
            int size = b.getInt(p + 4);
            double time = b.getDouble(p + 8);
            int stream = b.getInt(p + 16);
            int count = b.getInt(p + 20);
            int q = p + 24;
            List<Matrix> ms = new ArrayList<>();
            for (int m = 0; m < count; m++) {
                int type = b.getInt(q + 4);
                int rows = b.getInt(q + 8);
                int cols = b.getInt(q + 12);
                int data = rows * cols * (type & 0xff);
                int padded = (data + 7) / 8 * 8;
                byte[] pad = Arrays.copyOfRange(bytes, q + 16 + data, q + 16 + padded);
                ms.add(new Matrix(sig(b, q), type, rows, cols, q + 16, pad));
                q += 16 + padded;
            }
            assertEquals(q - (p + 8), size, fsig + " frame at byte " + p + ": size field vs matrices");
            assertEquals(0, size % 8, "frame sizes are multiples of 8");
            frames.add(new Frame(fsig, p, size, time, stream, ms));
            p = q;
        }
        assertEquals(bytes.length, p);
        return frames;
    }

    @Test
    void rbepRoundTripIsExactForRandomSetsAndSpans() throws Exception {
        Random r = new Random(21);
        double[] spans = {0.0, 1e-4, SdifWriter.DEFAULT_MAX_FRAME_SPAN_SEC, 1.0, 1e9};
        for (int k = 0; k < 200; k++) {
            PartialSet s = RandomPartials.set(r, 12, k % 2 == 0);
            double span = spans[k % spans.length];
            byte[] bytes = SdifWriter.encodeRbep(s, span);
            SdifReader.Contents c = SdifReader.decode(bytes, "x.sdif");
            assertEquals(SdifFrameType.RBEP, c.frameType());
            assertEquals(s, c.partials(), "set " + k + ", span " + span);
            checkRbepLayout(s, bytes, span);
        }
        PartialSet s = RandomPartials.set(new Random(3), 8, true);
        Path p = dir.resolve("a.sdif");
        SdifWriter.Result res = SdifWriter.writeRbep(p, Overwrite.REFUSE, s);
        assertEquals(s.breakpointCount(), res.rowCount());
        assertEquals(s, SdifReader.read(p));
    }

    /** RBEP byte layout: NVT first, RBEL iff labels, one row per partial per frame, offsets in [0, span]. */
    private static void checkRbepLayout(PartialSet s, byte[] bytes, double span) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        List<Frame> frames = parse(bytes);
        Frame nvt = frames.get(0);
        assertEquals("1NVT", nvt.sig());
        assertEquals(-Double.MAX_VALUE, nvt.time());
        assertEquals(0xFFFFFFFD, nvt.stream());
        Matrix text = nvt.matrices().get(0);
        assertEquals("1NVT", text.sig());
        assertEquals(0x0301, text.type());
        assertEquals(1, text.cols());
        String nv = new String(bytes, text.dataOffset(), text.rows(), StandardCharsets.UTF_8);
        assertEquals("creator\tTFR Lab\nframe_type\tRBEP\npartials\t" + s.size() + "\nmax_frame_span_s\t" + span + "\n", nv);
        assertArrayEquals(new byte[text.padding().length], text.padding(), "padding bytes are zero");
        boolean labels = s.partials().stream().anyMatch(p -> p.label() != 0);
        int first = 1;
        if (labels) {
            Frame rbel = frames.get(1);
            assertEquals("RBEL", rbel.sig());
            assertEquals(2, rbel.stream());
            Matrix m = rbel.matrices().get(0);
            assertEquals(0x0008, m.type());
            assertEquals(s.size(), m.rows());
            assertEquals(2, m.cols());
            for (int i = 0; i < s.size(); i++) {
                assertEquals(i, b.getDouble(m.dataOffset() + 16 * i));
                assertEquals(s.get(i).label(), b.getDouble(m.dataOffset() + 16 * i + 8));
            }
            first = 2;
        }
        int rows = 0;
        double lastTime = Double.NEGATIVE_INFINITY;
        for (Frame f : frames.subList(first, frames.size())) {
            assertEquals("RBEP", f.sig());
            assertEquals(1, f.stream());
            assertEquals(1, f.matrices().size());
            assertTrue(f.time() > lastTime, "frame times increase");
            lastTime = f.time();
            Matrix m = f.matrices().get(0);
            assertEquals("RBEP", m.sig());
            assertEquals(0x0008, m.type());
            assertEquals(6, m.cols());
            assertTrue(m.rows() > 0);
            Set<Double> seen = new HashSet<>();
            double prevIndex = -1;
            for (int i = 0; i < m.rows(); i++) {
                int at = m.dataOffset() + 48 * i;
                double index = b.getDouble(at);
                double offset = b.getDouble(at + 40);
                assertTrue(seen.add(index), "one row per partial per frame");
                assertTrue(index > prevIndex, "rows in partial order");
                prevIndex = index;
                assertTrue(offset >= 0 && offset <= span, "offset " + offset + " within [0, " + span + "]");
            }
            rows += m.rows();
        }
        assertEquals(s.breakpointCount(), rows);
    }

    @Test
    void headerBytesAndPaddingAreAsSpecified() throws Exception {
        PartialSet s = new PartialSet(List.of(Partial.of(List.of(new Breakpoint(0.5, 440, 0.5, 1, 0.25)))));
        byte[] bytes = SdifWriter.encodeRbep(s, 0.01);
        assertArrayEquals(new byte[] {'S', 'D', 'I', 'F', 0, 0, 0, 8, 0, 0, 0, 3, 0, 0, 0, 1},
                Arrays.copyOf(bytes, 16));
        ByteBuffer b = ByteBuffer.wrap(bytes);
        // 1NVT frame: text "creator\tTFR Lab\nframe_type\tRBEP\npartials\t1\nmax_frame_span_s\t0.01\n" = 65 bytes
        assertEquals("1NVT", sig(b, 16));
        assertEquals(65, b.getInt(16 + 24 + 8));
        assertEquals(16 + 16 + 72, b.getInt(20), "65 text bytes padded to 72");
        assertArrayEquals(new byte[7], Arrays.copyOfRange(bytes, 16 + 24 + 16 + 65, 16 + 24 + 16 + 72));
        int rbep = 16 + 8 + 104;
        assertEquals("RBEP", sig(b, rbep));
        assertEquals(16 + 16 + 48, b.getInt(rbep + 4));
        assertEquals(0.5, b.getDouble(rbep + 8));
        assertEquals(1, b.getInt(rbep + 16));
        assertEquals(1, b.getInt(rbep + 20));
        int m = rbep + 24;
        assertEquals("RBEP", sig(b, m));
        assertEquals(8, b.getInt(m + 4));
        assertEquals(1, b.getInt(m + 8));
        assertEquals(6, b.getInt(m + 12));
        double[] row = new double[6];
        for (int i = 0; i < 6; i++) {
            row[i] = b.getDouble(m + 16 + 8 * i);
        }
        assertArrayEquals(new double[] {0, 440, 0.5, 1, 0.25, 0}, row);
        assertEquals(m + 16 + 48, bytes.length);
    }

    @Test
    void trcSteadyPartialIsExactAtFrameTimesAndPhaseAdvancesByTwoPiFDt() throws Exception {
        double f = 440;
        double t0 = 0.0123;
        double phi0 = 0.7;
        List<Breakpoint> bps = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            double t = t0 + i * 0.0073;
            bps.add(new Breakpoint(t, f, 0.5, phi0 + 2 * Math.PI * f * (t - t0), 0.3));
        }
        Partial steady = Partial.of(bps);
        Path p = dir.resolve("steady.sdif");
        SdifWriter.Result res = SdifWriter.write1Trc(p, Overwrite.REFUSE, new PartialSet(List.of(steady)), 0.01);
        SdifReader.Contents c = SdifReader.readContents(p);
        assertEquals(SdifFrameType.TRC_1, c.frameType());
        assertEquals(0.01, c.frameIntervalSec());
        assertEquals(1, c.partials().size());
        Partial back = c.partials().get(0);
        long k0 = 2; // first multiple of 10 ms at or after 12.3 ms
        long k1 = (long) Math.floor(steady.endTimeSec() / 0.01);
        assertEquals(k1 - k0 + 1, back.size());
        assertEquals(back.size(), res.rowCount());
        assertEquals(back.size(), res.frameCount());
        for (int i = 0; i < back.size(); i++) {
            Breakpoint b = back.breakpoints().get(i);
            double t = (k0 + i) * 0.01;
            assertEquals(t, b.timeSec(), 0.0);
            assertEquals(f, b.freqHz(), 0.0);
            assertEquals(0.5, b.amp(), 0.0);
            assertEquals(0.0, b.bandwidth(), 0.0);
            double expect = phi0 + 2 * Math.PI * f * (t - t0);
            assertEquals(0, Breakpoint.wrap(b.phaseRad() - expect), 1e-9, "phase at " + t);
            if (i > 0) {
                double step = b.phaseRad() - back.breakpoints().get(i - 1).phaseRad();
                assertEquals(0, Breakpoint.wrap(step - 2 * Math.PI * f * 0.01), 1e-9);
            }
        }
    }

    @Test
    void trcInterpolatesFrequencyAndAmplitudeLinearly() throws Exception {
        Partial chirp = Partial.of(List.of(Breakpoint.of(0.0, 100, 0.2, 0), Breakpoint.of(0.1, 200, 0.4, 0)));
        PartialSet back = SdifReader.decode(SdifWriter.encode1Trc(new PartialSet(List.of(chirp)), 0.025), "c.sdif")
                .partials();
        assertEquals(1, back.size());
        double[] times = back.get(0).breakpoints().stream().mapToDouble(Breakpoint::timeSec).toArray();
        assertArrayEquals(new double[] {0, 0.025, 0.05, 0.075, 0.1}, times, 1e-15);
        for (Breakpoint b : back.get(0).breakpoints()) {
            assertEquals(100 + 1000 * b.timeSec(), b.freqHz(), 1e-9);
            assertEquals(0.2 + 2 * b.timeSec(), b.amp(), 1e-12);
            // phase: 2π ∫ (100 + 1000 τ) dτ = 2π (100 t + 500 t²)
            assertEquals(0, Breakpoint.wrap(b.phaseRad() - 2 * Math.PI * (100 * b.timeSec() + 500 * b.timeSec() * b.timeSec())),
                    1e-9);
        }
    }

    @Test
    void trcLeavesOutPartialsBetweenGridTimesAndKeepsOrder() throws Exception {
        Partial shortOne = Partial.of(List.of(Breakpoint.of(0.011, 300, 0.1, 0), Breakpoint.of(0.019, 300, 0.1, 0)));
        Partial a = Partial.of(List.of(Breakpoint.of(0.0, 100, 0.1, 0), Breakpoint.of(0.05, 100, 0.1, 0)));
        Partial b = Partial.of(List.of(Breakpoint.of(0.2, 200, 0.1, 0), Breakpoint.of(0.3, 200, 0.1, 0)))
                .withLabel(4);
        Path p = dir.resolve("t.sdif");
        SdifWriter.Result res = SdifWriter.write1Trc(p, Overwrite.REFUSE, new PartialSet(List.of(a, shortOne, b)), 0.01);
        assertEquals(2, res.partialCount());
        assertEquals(1, res.omittedPartialCount());
        long framesA = gridCount(0.0, 0.05, 0.01);
        long framesB = gridCount(0.2, 0.3, 0.01);
        assertTrue(framesA >= 5 && framesB >= 10);
        assertEquals(framesA + framesB, res.frameCount(), "no frames for the empty stretch between partials");
        assertEquals(framesA + framesB, res.rowCount());
        PartialSet back = SdifReader.read(p);
        assertEquals(2, back.size());
        assertEquals(100.0, back.get(0).first().freqHz(), 0.0);
        assertEquals(0, back.get(0).label());
        assertEquals(200.0, back.get(1).first().freqHz(), 0.0);
        assertEquals(4, back.get(1).label());
        // the writer's frames and rows, by hand
        List<Frame> frames = parse(Files.readAllBytes(p));
        assertEquals("1NVT", frames.get(0).sig());
        assertEquals("RBEL", frames.get(1).sig());
        assertEquals(framesA + framesB, frames.stream().filter(f -> f.sig().equals("1TRC")).count());
        assertEquals(framesB, back.get(1).size());
    }

    /** Number of k with start <= k·d <= end. */
    private static long gridCount(double start, double end, double d) {
        long n = 0;
        for (long k = -1000; k <= 1000; k++) {
            if (k * d >= start && k * d <= end) {
                n++;
            }
        }
        return n;
    }

    // ---- hand-built files ----

    /** Big-endian SDIF builder for reader tests; frame sizes computed from the content unless given. */
    private static final class Sdif {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        Sdif() throws IOException {
            out.writeBytes("SDIF");
            out.writeInt(8);
            out.writeInt(3);
            out.writeInt(1);
        }

        /** A frame holding one matrix of doubles in the given data type (4 or 8 = float, 0x0104 = int32). */
        Sdif frame(String fsig, double time, int stream, String msig, int type, double[][] rows) throws IOException {
            return frame(fsig, time, stream, msig, type, rows, -1);
        }

        Sdif frame(String fsig, double time, int stream, String msig, int type, double[][] rows, int sizeOverride)
                throws IOException {
            int cols = rows.length == 0 ? 0 : rows[0].length;
            int data = rows.length * cols * (type & 0xff);
            int padded = (data + 7) / 8 * 8;
            out.writeBytes(fsig);
            out.writeInt(sizeOverride >= 0 ? sizeOverride : 16 + 16 + padded);
            out.writeDouble(time);
            out.writeInt(stream);
            out.writeInt(1);
            out.writeBytes(msig);
            out.writeInt(type);
            out.writeInt(rows.length);
            out.writeInt(cols);
            for (double[] row : rows) {
                for (double v : row) {
                    switch (type) {
                        case 4: out.writeFloat((float) v); break;
                        case 8: out.writeDouble(v); break;
                        case 0x0104: out.writeInt((int) v); break;
                        default: throw new IllegalArgumentException();
                    }
                }
            }
            out.write(new byte[padded - data]);
            return this;
        }

        Sdif raw(byte[] b) throws IOException {
            out.write(b);
            return this;
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    @Test
    void trcReusedIndexAfterAGapStartsANewPartialAndFloat32IsRead() throws Exception {
        Sdif s = new Sdif();
        for (int k = 0; k < 12; k++) {
            double t = 0.5 + k * 0.01;
            List<double[]> rows = new ArrayList<>();
            if (k < 5 || k >= 8) {
                rows.add(new double[] {0, 100 + k, 0.25, 0.5});
            }
            rows.add(new double[] {3, 1000, 0.125, 1.0});
            s.frame("1TRC", t, 1, "1TRC", 4, rows.toArray(new double[0][]));
        }
        SdifReader.Contents c = SdifReader.decode(s.bytes(), "spear.sdif");
        assertEquals(SdifFrameType.TRC_1, c.frameType());
        assertEquals(0.01, c.frameIntervalSec(), 1e-6);
        PartialSet p = c.partials();
        assertEquals(3, p.size(), "index 0 twice (gap of 4 frames), index 3 once");
        assertEquals(5, p.get(0).size());
        assertEquals(4, p.get(1).size());
        assertEquals(12, p.get(2).size());
        assertEquals((float) 0.5, p.get(0).startTimeSec(), 0.0);
        assertEquals(108.0, p.get(1).first().freqHz(), 0.0);
        assertEquals(0.125, p.get(2).first().amp(), 0.0);
        assertEquals(1.0, p.get(2).first().phaseRad(), 0.0);
    }

    @Test
    void unknownFramesAndMatricesAreSkippedAndLorisFrameSizesAreTolerated() throws Exception {
        PartialSet set = new PartialSet(List.of(
                Partial.of(List.of(new Breakpoint(0.1, 440, 0.5, 1, 0.25), new Breakpoint(0.2, 441, 0.4, 2, 0.5)))));
        Sdif s = new Sdif();
        s.frame("1FQ0", 0.0, 7, "1FQ0", 8, new double[][] {{440, 1, 0, 0}});
        s.frame("1TYP", 0.0, 7, "ABCD", 0x0301, new double[0][], 99 * 8 + 32);
        s.raw(new byte[99 * 8]);
        // Loris 1.x writes the size of float64 frames as if the data were 4-byte: too small
        s.frame("RBEP", 0.1, 1, "RBEP", 8, new double[][] {{0, 440, 0.5, 1, 0.25, 0}}, 16 + 16 + 24);
        // an RBEP frame with an extra, unknown matrix of int32 after the partial matrix
        ByteArrayOutputStream extra = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(extra);
        d.writeBytes("RBEP");
        d.writeInt(16 + 16 + 48 + 16 + 8);
        d.writeDouble(0.15);
        d.writeInt(1);
        d.writeInt(2);
        d.writeBytes("RBEP");
        d.writeInt(8);
        d.writeInt(1);
        d.writeInt(6);
        for (double v : new double[] {0, 441, 0.4, 2, 0.5, 0.05}) {
            d.writeDouble(v);
        }
        d.writeBytes("XTRA");
        d.writeInt(0x0104);
        d.writeInt(1);
        d.writeInt(1);
        d.writeInt(42);
        d.writeInt(0);
        s.raw(extra.toByteArray());
        SdifReader.Contents c = SdifReader.decode(s.bytes(), "loris.sdif");
        assertEquals(SdifFrameType.RBEP, c.frameType());
        assertEquals(4, c.frameCount());
        assertEquals(1, c.partials().size());
        assertEquals(0.1, c.partials().get(0).first().timeSec(), 0.0);
        assertEquals(0.15 + 0.05, c.partials().get(0).last().timeSec(), 0.0);
        assertEquals(441.0, c.partials().get(0).last().freqHz(), 0.0);
        assertEquals(set.get(0).first(), c.partials().get(0).first());
    }

    private static PartialsFormatException decodeError(byte[] bytes) {
        PartialsFormatException e = assertThrows(PartialsFormatException.class, () -> SdifReader.decode(bytes, "x.sdif"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("x.sdif"), e.getMessage());
        return e;
    }

    @Test
    void corruptFilesGiveOneLineMessagesWithByteOffsets() throws Exception {
        byte[] riff = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII);
        assertEquals("x.sdif at byte 0: not an SDIF file: expected \"SDIF\", found \"RIFF\"", decodeError(riff).getMessage());
        assertEquals("x.sdif: empty file (0 bytes)", decodeError(new byte[0]).getMessage());
        assertEquals("x.sdif at byte 10: truncated: the SDIF header needs 16 bytes, the file has 10",
                decodeError(Arrays.copyOf(new Sdif().bytes(), 10)).getMessage());

        byte[] v2 = new Sdif().bytes();
        v2[11] = 2;
        assertEquals("x.sdif at byte 8: SDIF version 2 is not supported (need version 3)", decodeError(v2).getMessage());

        byte[] badType = new Sdif().frame("1TRC", 0, 1, "1TRC", 8, new double[][] {{0, 1, 1, 0}}).bytes();
        ByteBuffer.wrap(badType).putInt(16 + 24 + 4, 0x0005);
        assertEquals("x.sdif at byte 44: unknown data type 0x0005 in 1TRC matrix (known: 0x0004 float32, 0x0008 float64, "
                + "0x01nn/0x02nn integers, 0x0301 text, 0x0401 bytes)", decodeError(badType).getMessage());

        byte[] negSize = new Sdif().frame("1TRC", 0, 1, "1TRC", 8, new double[][] {{0, 1, 1, 0}}).bytes();
        ByteBuffer.wrap(negSize).putInt(20, -5);
        assertEquals("x.sdif at byte 20: 1TRC frame size -5 is less than the 16 bytes of its time, stream ID and "
                + "matrix count", decodeError(negSize).getMessage());

        byte[] hugeRows = new Sdif().frame("1TRC", 0, 1, "1TRC", 8, new double[][] {{0, 1, 1, 0}}).bytes();
        ByteBuffer.wrap(hugeRows).putInt(16 + 24 + 8, Integer.MAX_VALUE);
        assertEquals("x.sdif at byte 40: truncated: 1TRC matrix of 2147483647 rows × 4 columns needs 68719476704 data "
                + "bytes but only 32 remain", decodeError(hugeRows).getMessage());

        byte[] negRows = new Sdif().frame("1TRC", 0, 1, "1TRC", 8, new double[][] {{0, 1, 1, 0}}).bytes();
        ByteBuffer.wrap(negRows).putInt(16 + 24 + 8, -1);
        assertEquals("x.sdif at byte 48: 1TRC matrix has -1 rows and 4 columns; counts must be >= 0",
                decodeError(negRows).getMessage());

        byte[] bigFrame = new Sdif().frame("1TRC", 0, 1, "1TRC", 8, new double[][] {{0, 1, 1, 0}}).bytes();
        ByteBuffer.wrap(bigFrame).putInt(20, 1 << 30);
        assertEquals("x.sdif at byte 16: truncated: 1TRC frame declares 1073741824 bytes but only 64 remain",
                decodeError(bigFrame).getMessage());

        byte[] badAmp = new Sdif().frame("1TRC", 0, 1, "1TRC", 8, new double[][] {{0, 1, 1, 0}, {1, 1, -1, 0}}).bytes();
        assertEquals("x.sdif at byte 88: 1TRC row (index 1): breakpoint amp must be finite and >= 0, got -1.0",
                decodeError(badAmp).getMessage());

        byte[] badIndex = new Sdif().frame("RBEP", 0, 1, "RBEP", 8, new double[][] {{0.5, 1, 1, 0, 0, 0}}).bytes();
        assertEquals("x.sdif at byte 56: RBEP row 0: index must be a whole number >= 0, got 0.5",
                decodeError(badIndex).getMessage());

        byte[] narrow = new Sdif().frame("RBEP", 0, 1, "RBEP", 8, new double[][] {{0, 1, 1, 0}}).bytes();
        assertEquals("x.sdif at byte 52: RBEP matrix has 4 columns, need at least 6 (index, frequency, amplitude, "
                + "phase, noise, time offset)", decodeError(narrow).getMessage());

        byte[] dup = new Sdif().frame("RBEP", 0, 1, "RBEP", 8, new double[][] {{0, 1, 1, 0, 0, 0.5}})
                .frame("RBEP", 0.25, 1, "RBEP", 8, new double[][] {{0, 1, 1, 0, 0, 0.25}}).bytes();
        assertEquals("x.sdif at byte 144: RBEP index 0 has a second breakpoint at 0.5 s (the first is at byte 56)",
                decodeError(dup).getMessage());

        byte[] mixed = new Sdif().frame("RBEP", 0, 1, "RBEP", 8, new double[][] {{0, 1, 1, 0, 0, 0}})
                .frame("1TRC", 0.25, 1, "1TRC", 8, new double[][] {{0, 1, 1, 0}}).bytes();
        assertEquals("x.sdif at byte 128: file mixes RBEP and 1TRC partial data; cannot tell which to read",
                decodeError(mixed).getMessage());

        byte[] backwards = new Sdif().frame("1TRC", 0.5, 1, "1TRC", 8, new double[][] {{0, 1, 1, 0}})
                .frame("1TRC", 0.25, 1, "1TRC", 8, new double[][] {{0, 1, 1, 0}}).bytes();
        assertEquals("x.sdif at byte 96: 1TRC frame time 0.25 s is earlier than the previous frame's 0.5 s in stream 1",
                decodeError(backwards).getMessage());

        byte[] none = new Sdif().frame("1FQ0", 0, 1, "1FQ0", 8, new double[][] {{440}}).bytes();
        assertEquals("x.sdif: no RBEP or 1TRC partial data in 1 frames", decodeError(none).getMessage());

        byte[] text = new Sdif().frame("1TRC", 0, 1, "1TRC", 0x0104, new double[][] {{0, 1, 1, 0}}).bytes();
        ByteBuffer.wrap(text).putInt(16 + 24 + 4, 0x0301);
        assertEquals("x.sdif at byte 44: 1TRC matrix holds text (data type 0x0301); expected numbers",
                decodeError(text).getMessage());
    }

    /** Frame start offsets of a well-formed file, plus its length. */
    private static Set<Integer> boundaries(byte[] bytes) {
        Set<Integer> s = new HashSet<>();
        for (Frame f : parse(bytes)) {
            s.add(f.offset());
        }
        s.add(bytes.length);
        return s;
    }

    @Test
    void everyTruncationAndRandomCorruptionGivesOnlyTheFormatException() throws Exception {
        Random r = new Random(8);
        PartialSet s = RandomPartials.set(r, 4, true);
        while (s.size() < 2) {
            s = RandomPartials.set(r, 4, true);
        }
        for (byte[] good : List.of(SdifWriter.encodeRbep(s, 0.01), SdifWriter.encode1Trc(s, 0.005))) {
            Set<Integer> ok = boundaries(good);
            for (int cut = 0; cut < good.length; cut++) {
                byte[] b = Arrays.copyOf(good, cut);
                try {
                    SdifReader.decode(b, "cut.sdif");
                    assertTrue(ok.contains(cut), "a cut at " + cut + " inside a frame must be rejected");
                } catch (PartialsFormatException e) {
                    assertFalse(e.getMessage().contains("\n"));
                    assertTrue(e.getMessage().startsWith("cut.sdif"));
                } catch (RuntimeException e) {
                    fail("cut at " + cut + ": " + e);
                }
            }
            for (int k = 0; k < 3000; k++) {
                byte[] b = good.clone();
                int flips = 1 + r.nextInt(4);
                for (int i = 0; i < flips; i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                try {
                    SdifReader.decode(b, "bad.sdif");
                } catch (PartialsFormatException e) {
                    assertFalse(e.getMessage().contains("\n"));
                } catch (RuntimeException | OutOfMemoryError e) {
                    fail("corruption " + k + ": " + e);
                }
            }
        }
    }

    @Test
    void emptySetsRoundTripThroughTheNameValueTable() throws Exception {
        for (SdifFrameType t : SdifFrameType.values()) {
            byte[] b = t == SdifFrameType.RBEP ? SdifWriter.encodeRbep(PartialSet.empty(), 0.01)
                    : SdifWriter.encode1Trc(PartialSet.empty(), 0.01);
            SdifReader.Contents c = SdifReader.decode(b, "e.sdif");
            assertEquals(t, c.frameType());
            assertTrue(c.partials().isEmpty());
            assertEquals("TFR Lab", c.nameValues().get("creator"));
            assertEquals(1, c.frameCount());
        }
    }

    @Test
    void existingFileIsKeptWithoutReplace() throws Exception {
        PartialSet a = RandomPartials.set(new Random(2), 3, false);
        PartialSet b = new PartialSet(List.of(RandomPartials.partial(new Random(4), 1)));
        Path p = dir.resolve("keep.sdif");
        SdifWriter.writeRbep(p, Overwrite.REFUSE, a);
        byte[] before = Files.readAllBytes(p);
        assertThrows(OutputExistsException.class, () -> SdifWriter.writeRbep(p, Overwrite.REFUSE, b));
        assertThrows(OutputExistsException.class, () -> SdifWriter.write1Trc(p, Overwrite.REFUSE, b, 0.01));
        assertArrayEquals(before, Files.readAllBytes(p));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left");
        }
        SdifWriter.writeRbep(p, Overwrite.REPLACE, b);
        assertEquals(b, SdifReader.read(p));
    }

    @Test
    void badArgumentsAreRejected() {
        PartialSet s = PartialSet.empty();
        assertEquals("frameIntervalSec must be finite and > 0, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> SdifWriter.encode1Trc(s, 0)).getMessage());
        assertEquals("maxFrameSpanSec must be finite and >= 0, got NaN",
                assertThrows(IllegalArgumentException.class, () -> SdifWriter.encodeRbep(s, Double.NaN)).getMessage());
        PartialSet longOne = new PartialSet(List.of(Partial.of(List.of(Breakpoint.of(0, 1, 1, 0),
                Breakpoint.of(1000, 1, 1, 0)))));
        assertThrows(IllegalArgumentException.class, () -> SdifWriter.encode1Trc(longOne, 1e-6));
        assertEquals("1TRC", SdifFrameType.TRC_1.signature());
        assertEquals(SdifFrameType.RBEP, SdifFrameType.fromSignature("RBEP"));
    }
}
