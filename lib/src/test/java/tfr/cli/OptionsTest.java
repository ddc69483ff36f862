package tfr.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {
    private static final Opt N = Opt.integer("--n", "N", 5, "samples", "a count").min(1).library("countN");
    private static final Opt X = Opt.number("--x", "X", -1.0, "dB", "a level").max(10);
    private static final Opt C = Opt.choice("--c", "C", List.of("one", "two"), "one", "a choice");
    private static final Opt F = Opt.flag("--f", "a flag");
    private static final Opt T = Opt.text("--t", "T", null, "a text");
    private static final List<Opt> TABLE = List.of(N, X, C, F, T);

    private static Options.Parsed parse(String... args) throws CliException {
        return Options.parse("tfr t", TABLE, args, 0);
    }

    private static String error(String... args) {
        return assertThrows(CliException.class, () -> parse(args)).getMessage();
    }

    @Test
    void defaultsAndValues() throws CliException {
        Options.Parsed p = parse();
        assertEquals(5, p.integer(N));
        assertEquals(-1.0, p.number(X));
        assertEquals("one", p.text(C));
        assertFalse(p.flag(F));
        assertEquals(null, p.text(T));
        p = parse("pos1", "--n", "7", "--x=-3.5e1", "--c", "TWO", "--f", "--t", "-", "pos2");
        assertEquals(7, p.integer(N));
        assertEquals(-35.0, p.number(X));
        assertEquals("two", p.text(C));
        assertTrue(p.flag(F));
        assertEquals("-", p.text(T));
        assertEquals(List.of("pos1", "pos2"), p.positionals());
    }

    @Test
    void negativeNumbersAreValuesAndLastWins() throws CliException {
        Options.Parsed p = parse("--x", "-90", "--x", "-.5", "--n", "+3");
        assertEquals(-0.5, p.number(X));
        assertEquals(3, p.integer(N));
        assertEquals(List.of("-12"), parse("-12").positionals());
    }

    @Test
    void doubleDashEndsOptions() throws CliException {
        assertEquals(List.of("--n", "--weird"), parse("--", "--n", "--weird").positionals());
    }

    @Test
    void messagesNameTheOption() {
        assertEquals("--n expects an integer, got 'abc'", error("--n", "abc"));
        assertEquals("--n expects an integer, got '2.5'", error("--n", "2.5"));
        assertEquals("--n must be >= 1 samples, got 0", error("--n", "0"));
        assertTrue(error("--n", "3000000000").contains("out of range"));
        assertEquals("--x expects a number, got 'loud'", error("--x", "loud"));
        assertEquals("--x expects a number, got 'NaN'", error("--x", "NaN"));
        assertEquals("--x expects a number, got 'Infinity'", error("--x", "Infinity"));
        assertEquals("--x must be <= 10 dB, got 11", error("--x", "11"));
        assertEquals("--c must be one of one, two, got 'three'", error("--c", "three"));
        assertEquals("--f takes no value, got 'yes'", error("--f=yes"));
        assertEquals("--n is missing its value (an integer, samples)", error("--n"));
        assertEquals("--n is missing its value (an integer, samples)", error("--n", "--f"));
        assertEquals("--t must not be empty", error("--t="));
        assertTrue(error("--nn", "1").startsWith("unknown option '--nn' for tfr t (did you mean --n?)"));
        assertTrue(error("-q").contains("unknown option '-q'"));
        assertTrue(error("--zzzzzz").endsWith("see tfr t --help"));
    }

    @Test
    void requiredOptions() {
        Opt out = Opt.text("--out", "DIR", null, "where").required();
        CliException e = assertThrows(CliException.class, () -> Options.parse("tfr t", List.of(out), new String[0], 0));
        assertEquals("--out DIR is required (see tfr t --help)", e.getMessage());
    }

    @Test
    void helpRequest() {
        assertTrue(Options.wantsHelp(new String[] {"a", "--help"}, 0));
        assertTrue(Options.wantsHelp(new String[] {"-h"}, 0));
        assertFalse(Options.wantsHelp(new String[] {"--", "--help"}, 0));
    }

    @Test
    void libraryNamesBecomeOptionNames() {
        assertEquals("--n must be >= 1, got 0 (countNx untouched)",
                Options.translate("countN must be >= 1, got 0 (countNx untouched)", TABLE));
    }

    @Test
    void progressText() {
        assertEquals("reassign  42%", ProgressLine.text("reassign", 0.429));
        assertEquals("reassign 100%", ProgressLine.text("reassign", 1.0));
        assertEquals("reassign   0%", ProgressLine.text("reassign", Double.NaN));
    }
}
