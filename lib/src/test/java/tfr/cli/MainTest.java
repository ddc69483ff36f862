package tfr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void publicEntryPointReturnsTheExitCode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: tfr COMMAND"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        code = Main.run(new String[] {"frobnicate"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
    }

    @Test
    void topLevelHelpNamesEveryCommand() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"help"})) {
            CliRun r = CliRun.run(dir, args).ok();
            for (String c : List.of("analyze", "spectrogram", "signal", "test", "bench", "lab", "help")) {
                assertTrue(r.out.contains("  " + c), c + " missing from:\n" + r.out);
            }
        }
    }

    @Test
    void everyCommandHelpListsEveryOptionWithItsDefault() {
        List<Command> commands = List.of(new AnalyzeCommand(), new SpectrogramCommand(), new SignalCommand());
        for (Command c : commands) {
            for (String[] args : List.of(new String[] {c.name(), "--help"}, new String[] {"help", c.name()},
                    new String[] {c.name(), "--bogus", "-h"})) {
                CliRun r = CliRun.run(dir, args).ok();
                String flat = r.out.replaceAll("\\s+", " ");
                assertTrue(r.out.startsWith("Usage: tfr " + c.name()), r.out);
                for (Opt o : c.options()) {
                    assertTrue(r.out.contains("  " + Help.label(o)), o + " missing in help of " + c.name());
                    String def = o.defaultText();
                    if (def != null && !o.isRequired()) {
                        assertTrue(flat.contains("(default: " + def.replaceAll("\\s+", " ")), o + " default '" + def
                                + "' missing in help of " + c.name() + ":\n" + r.out);
                    }
                    if (o.unit() != null) {
                        assertTrue(flat.contains(o.unit()), o + " unit missing");
                    }
                }
            }
        }
    }

    @Test
    void helpLinesFitTheWidth() {
        for (String name : List.of("analyze", "spectrogram", "signal")) {
            for (String line : CliRun.run(dir, name, "--help").ok().out.split("\n")) {
                assertTrue(line.length() <= Help.WIDTH, "too long: " + line);
            }
        }
    }

    @Test
    void fontFailuresAreRecognised() {
        Error e = new Error("broken");
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("sun.font.SunFontManager", "getDefaultPhysicalFont", "SunFontManager.java", 1),
            new StackTraceElement("tfr.render.SpectrogramImage", "render", "SpectrogramImage.java", 2)});
        assertTrue(Main.involvesFonts(new RuntimeException("wrapped", e)));
        assertTrue(Main.involvesFonts(new IllegalStateException("Fontconfig head is null")));
        assertFalse(Main.involvesFonts(new IllegalStateException("something else")));
    }

    @Test
    void commandErrors() {
        CliRun.run(dir).fails(2, "no command", "see tfr --help");
        CliRun.run(dir, "analyse").fails(2, "unknown command 'analyse'", "see tfr --help");
        CliRun.run(dir, "--window", "hann").fails(2, "unknown option", "--window", "see tfr --help");
        CliRun.run(dir, "help", "nope").fails(2, "unknown command 'nope'");
        CliRun.run(dir, "test").fails(2, "./tfr test");
        CliRun.run(dir, "lab").fails(2, "./tfr lab");
    }
}
