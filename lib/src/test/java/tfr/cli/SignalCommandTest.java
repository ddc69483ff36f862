package tfr.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tfr.io.AudioData;
import tfr.io.AudioFiles;
import tfr.io.SampleEncoding;
import tfr.signals.Signal;
import tfr.signals.SignalKind;
import tfr.signals.Signals;

class SignalCommandTest {
    @TempDir
    Path dir;

    /** With no kind options, the file holds exactly what {@link SignalKind#render} renders. */
    @ParameterizedTest
    @EnumSource(SignalKind.class)
    @SuppressWarnings("unchecked")
    void defaultsAreTheLibraryDefaults(SignalKind kind) throws IOException {
        String name = kind.cliName() + ".wav";
        CliRun r = CliRun.run(dir, "signal", kind.cliName(), "--encoding", "float64", "--out", name).ok();
        assertTrue(r.out.contains(kind.cliName()), r.out);
        double duration = kind == SignalKind.EXAMPLE ? Signals.EXAMPLE_DURATION_SEC : 1.0;
        Signal expected = kind.render(44100, duration);
        AudioData a = AudioFiles.read(dir.resolve(name));
        assertEquals(SampleEncoding.FLOAT_64, a.encoding());
        assertEquals(44100.0, a.sampleRateHz());
        assertArrayEquals(expected.samples(), a.channel(0), kind + " samples");
        Map<String, Object> truth = CliRun.json(dir.resolve(kind.cliName() + ".json"));
        assertEquals(kind.cliName(), truth.get("kind"));
        assertEquals(name, truth.get("audio_file"));
        assertEquals(44100.0, truth.get("sample_rate_hz"));
        assertEquals((double) expected.frameCount(), truth.get("frame_count"));
        assertEquals(expected.components().size(), ((List<Object>) truth.get("components")).size());
    }

    @Test
    void defaultEncodingIsFloat32AndOthersCanBeChosen() throws IOException {
        CliRun.run(dir, "signal", "tone", "--out", "f.wav", "--quiet").ok();
        assertEquals(SampleEncoding.FLOAT_32, AudioFiles.read(dir.resolve("f.wav")).encoding());
        String[][] cases = {{"pcm16", "PCM_16"}, {"pcm24", "PCM_24"}, {"pcm32", "PCM_32"}, {"float64", "FLOAT_64"}};
        for (String[] c : cases) {
            CliRun.run(dir, "signal", "noise", "--encoding", c[0], "--out", c[0] + ".wav", "--quiet").ok();
            assertEquals(SampleEncoding.valueOf(c[1]), AudioFiles.read(dir.resolve(c[0] + ".wav")).encoding());
        }
        CliRun.run(dir, "signal", "tone", "--encoding", "pcm12", "--out", "x.wav").fails(2, "--encoding", "pcm12",
                "pcm16");
    }

    @Test
    @SuppressWarnings("unchecked")
    void kindOptions() throws IOException {
        CliRun.run(dir, "signal", "tone", "--freq-hz", "1000.5", "--amplitude", "0.25", "--duration-sec", "0.5",
                "--rate-hz", "48000", "--out", "t.wav", "--quiet").ok();
        AudioData t = AudioFiles.read(dir.resolve("t.wav"));
        assertEquals(48000.0, t.sampleRateHz());
        assertEquals(24000, t.frameCount());
        Map<String, Object> tone = ((List<Map<String, Object>>) CliRun.json(dir.resolve("t.json"))
                .get("components")).get(0);
        assertTrue(tone.values().contains(1000.5), tone.toString());
        assertTrue(tone.values().contains(0.25), tone.toString());

        CliRun.run(dir, "signal", "impulse", "--at-sec", "0.5", "--amplitude", "-0.7", "--out", "i.wav", "--quiet")
                .ok();
        double[] x = AudioFiles.read(dir.resolve("i.wav")).channel(0);
        for (int n = 0; n < x.length; n++) {
            assertEquals(n == 22050 ? (double) (float) -0.7 : 0.0, x[n], "sample " + n);
        }

        CliRun.run(dir, "signal", "impulses", "--at-sec", "0.1", "--period-sec", "0.2", "--count", "3",
                "--out", "tr.wav", "--quiet").ok();
        double[] tr = AudioFiles.read(dir.resolve("tr.wav")).channel(0);
        int nonzero = 0;
        for (int n = 0; n < tr.length; n++) {
            if (tr[n] != 0) {
                nonzero++;
                assertTrue(n == 4410 || n == 13230 || n == 22050, "impulse at " + n);
            }
        }
        assertEquals(3, nonzero);

        CliRun.run(dir, "signal", "chirp", "--f0-hz", "100", "--f1-hz", "4000", "--start-sec", "0.1", "--end-sec",
                "0.9", "--out", "c.wav", "--quiet").ok();
        CliRun.run(dir, "signal", "exp-chirp", "--f0-hz", "100", "--f1-hz", "4000", "--out", "e.wav", "--quiet").ok();
        CliRun.run(dir, "signal", "harmonic", "--f0-hz", "110", "--harmonics", "3", "--vibrato-rate-hz", "0",
                "--vibrato-cents", "0", "--ramp-sec", "0.05", "--out", "h.wav", "--quiet").ok();
        CliRun.run(dir, "signal", "noise", "--rms", "0.2", "--seed", "7", "--out", "n.wav", "--quiet").ok();
        CliRun.run(dir, "signal", "example", "--duration-sec", "1", "--rate-hz", "8000", "--out", "x.aiff",
                "--quiet").ok();
        assertEquals(8000, AudioFiles.read(dir.resolve("x.aiff")).frameCount());
        assertTrue(Files.exists(dir.resolve("x.json")));
    }

    @Test
    void sameSeedSameNoise() throws IOException {
        CliRun.run(dir, "signal", "noise", "--seed", "5", "--out", "a.wav", "--quiet").ok();
        CliRun.run(dir, "signal", "noise", "--seed", "5", "--out", "b.wav", "--quiet").ok();
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.wav")), Files.readAllBytes(dir.resolve("b.wav")));
    }

    @Test
    void clippingIsAWarningNotAnError() throws IOException {
        CliRun r = CliRun.run(dir, "signal", "tone", "--amplitude", "1.5", "--encoding", "pcm16", "--out", "c.wav",
                "--quiet");
        assertEquals(0, r.code);
        assertTrue(r.err.startsWith("tfr: warning:") && r.err.contains("clipped"), r.err);
        assertTrue(Files.exists(dir.resolve("c.wav")));
    }

    @Test
    void badSignalRequests() {
        CliRun.run(dir, "signal", "--out", "x.wav").fails(2, "missing signal kind", "tone");
        CliRun.run(dir, "signal", "sawtooth", "--out", "x.wav").fails(2, "unknown signal kind", "sawtooth", "chirp");
        CliRun.run(dir, "signal", "tone").fails(2, "--out", "required");
        CliRun.run(dir, "signal", "tone", "--out", "x.mp3").fails(2, "--out", ".wav");
        CliRun.run(dir, "signal", "tone", "--f1-hz", "100", "--out", "x.wav").fails(2, "--f1-hz", "tone", "chirp");
        CliRun.run(dir, "signal", "noise", "--freq-hz", "100", "--out", "x.wav").fails(2, "--freq-hz", "noise");
        CliRun.run(dir, "signal", "tone", "--freq-hz", "30000", "--out", "x.wav").fails(2, "--freq-hz", "Nyquist");
        CliRun.run(dir, "signal", "tone", "--freq-hz", "abc", "--out", "x.wav").fails(2,
                "--freq-hz expects a number, got 'abc'");
        CliRun.run(dir, "signal", "tone", "--duration-sec", "0", "--out", "x.wav").fails(2, "--duration-sec", "> 0");
        CliRun.run(dir, "signal", "tone", "--duration-sec", "1e-9", "--out", "x.wav").fails(2, "--duration-sec");
        CliRun.run(dir, "signal", "tone", "--rate-hz", "44100.5", "--out", "x.wav").fails(2, "--rate-hz",
                "whole number");
        CliRun.run(dir, "signal", "impulse", "--at-sec", "2", "--out", "x.wav").fails(2, "--at-sec", "past the end");
        CliRun.run(dir, "signal", "impulses", "--count", "100", "--out", "x.wav").fails(2, "--count", "fit");
        CliRun.run(dir, "signal", "impulses", "--period-sec", "0.000001", "--out", "x.wav").fails(2, "--period-sec",
                "one sample");
        CliRun.run(dir, "signal", "chirp", "--start-sec", "0.5", "--end-sec", "0.2", "--out", "x.wav").fails(2,
                "--end-sec", "--start-sec");
        CliRun.run(dir, "signal", "harmonic", "--harmonics", "200", "--out", "x.wav").fails(2, "Nyquist");
        CliRun.run(dir, "signal", "harmonic", "--ramp-sec", "0.8", "--out", "x.wav").fails(2, "--ramp-sec", "half");
        CliRun.run(dir, "signal", "example", "--duration-sec", "0.2", "--out", "x.wav").fails(2, "--duration-sec",
                "0.5");
        CliRun.run(dir, "signal", "tone", "extra", "--out", "x.wav").fails(2, "unexpected", "extra");
        assertFalse(Files.exists(dir.resolve("x.wav")));
        assertFalse(Files.exists(dir.resolve("x.json")));
    }

    @Test
    void neverOverwritesEitherFile() throws IOException {
        Files.writeString(dir.resolve("t.json"), "{\"mine\": true}\n");
        CliRun.run(dir, "signal", "tone", "--out", "t.wav").fails(1, "t.json", "already exists", "--force");
        assertFalse(Files.exists(dir.resolve("t.wav")), "nothing written when one output exists");
        assertEquals("{\"mine\": true}\n", Files.readString(dir.resolve("t.json")));
        CliRun.run(dir, "signal", "tone", "--out", "t.wav", "--force", "--quiet").ok();
        assertEquals("tone", CliRun.json(dir.resolve("t.json")).get("kind"));
    }

    @Test
    void helpListsKindsAndOptions() {
        CliRun r = CliRun.run(dir, "signal", "--help").ok();
        for (SignalKind k : SignalKind.values()) {
            assertTrue(r.out.contains("  " + k.cliName() + " "), k.cliName());
            assertTrue(r.out.replaceAll("\\s+", " ").contains(k.description().replaceAll("\\s+", " ")),
                    k.description());
        }
        for (Opt o : SignalCommand.TABLE) {
            assertTrue(r.out.contains(o.name()), o.name());
        }
        assertTrue(r.out.contains("(default: 0.5; impulse, impulses, harmonic: 0.9)"), r.out);
    }

    @Test
    void groundTruthPathSitsBesideTheAudio() {
        assertEquals(Path.of("a/b/tone.json"), SignalCommand.groundTruthPath(Path.of("a/b/tone.wav")));
        assertEquals(Path.of("x.y.json"), SignalCommand.groundTruthPath(Path.of("x.y.aiff")));
    }
}
