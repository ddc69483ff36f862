package tfr.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tfr.io.AudioFormatException;
import tfr.io.OutputExistsException;

/**
 * The {@code tfr} command line. {@link #run} is the whole program (tests call it in-process);
 * {@link #main} only adds {@link System#exit}.
 *
 * <p>Exit status: 0 success, 2 bad usage or bad input, 1 failure while working (output exists without
 * {@code --force}, I/O error, out of memory). Every failure is exactly one line on stderr,
 * {@code tfr: error: <message>}, never a stack trace (set {@code TFR_DEBUG=1} to get one for an
 * internal error).
 */
public final class Main {
    /** The sub-commands, in help order. */
    private static final List<Command> COMMANDS = List.of(new AnalyzeCommand(), new SpectrogramCommand(),
            new SignalCommand(), new SynthCommand(), new TransformCommand(), new MorphCommand(), new LabelCommand(),
            new F0Command());
    /** Commands the ./tfr launcher handles itself, with their one-line summaries. */
    private static final Map<String, String> LAUNCHER_COMMANDS = launcherCommands();

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        System.exit(run(args, System.out, System.err, stderrIsTerminal(), null));
    }

    /**
     * Whether stderr is a terminal: the launcher says so in {@code -Dtfr.stderrIsTerminal=true|false}
     * (it can test stderr itself); otherwise {@link System#console()} is the best guess.
     */
    static boolean stderrIsTerminal() {
        String told = System.getProperty("tfr.stderrIsTerminal");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    /**
     * Runs one command line.
     *
     * @return the exit status (0 ok, 2 usage or bad input, 1 failure)
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, stderrIsTerminal(), null);
    }

    /**
     * As {@link #run(String[], PrintStream, PrintStream)}, with whether stderr is a terminal and the
     * directory relative paths are resolved against (null: the process's working directory).
     */
    static int run(String[] args, PrintStream out, PrintStream err, boolean interactive, Path workDir) {
        Context ctx = new Context(out, err, interactive, workDir);
        try {
            return dispatch(args, ctx);
        } catch (CliException e) {
            return fail(err, e.exitCode(), e.getMessage());
        } catch (OutputExistsException e) {
            return fail(err, CliException.FAILURE, e.getMessage() + " (use --force to overwrite)");
        } catch (AudioFormatException e) {
            return fail(err, CliException.USAGE, e.getMessage());
        } catch (IOException e) {
            return fail(err, CliException.FAILURE, describe(e));
        } catch (UncheckedIOException e) {
            IOException cause = e.getCause();
            if (cause instanceof OutputExistsException) {
                return fail(err, CliException.FAILURE, cause.getMessage() + " (use --force to overwrite)");
            }
            return fail(err, CliException.FAILURE, describe(cause));
        } catch (IllegalArgumentException e) {
            return fail(err, CliException.USAGE, e.getMessage());
        } catch (OutOfMemoryError e) {
            return fail(err, CliException.FAILURE, "out of memory (Java heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MiB): try a shorter input, smaller --window-samples/--fft-size/--time-px/--freq-px,"
                    + " or more heap, e.g. TFR_JAVA_OPTS=-Xmx8g");
        } catch (Exception | Error e) {
            if (System.getenv("TFR_DEBUG") != null) {
                e.printStackTrace(err);
            }
            if (involvesFonts(e)) {
                return fail(err, CliException.FAILURE, "cannot draw the image labels: no usable fonts ("
                        + plain(e) + "); install them with: apt-get install -y fontconfig fonts-dejavu-core");
            }
            return fail(err, CliException.FAILURE, "internal error: " + plain(e)
                    + (e.getMessage() != null ? ": " + e.getMessage() : "") + " (set TFR_DEBUG=1 for details)");
        }
    }

    private static int dispatch(String[] args, Context ctx) throws Exception {
        if (args.length == 0) {
            throw CliException.usage("no command given: expected one of " + commandNames() + "; see tfr --help");
        }
        String name = args[0];
        if (name.equals("--help") || name.equals("-h")) {
            ctx.out().print(topHelp());
            return 0;
        }
        if (name.equals("help")) {
            if (args.length == 1) {
                ctx.out().print(topHelp());
                return 0;
            }
            Command c = find(args[1]);
            if (c == null) {
                throw unknownCommand(args[1]);
            }
            ctx.out().print(Help.of(c));
            return 0;
        }
        Command c = find(name);
        if (c == null) {
            if (LAUNCHER_COMMANDS.containsKey(name)) {
                throw CliException.usage("'" + name + "' is run by the ./tfr launcher, not by the Java command line;"
                        + " use ./tfr " + name);
            }
            if (name.startsWith("-")) {
                throw CliException.usage("unknown option '" + name + "': a command comes first (" + commandNames()
                        + "); see tfr --help");
            }
            throw unknownCommand(name);
        }
        if (Options.wantsHelp(args, 1)) {
            ctx.out().print(Help.of(c));
            return 0;
        }
        Options.Parsed parsed = Options.parse("tfr " + c.name(), c.options(), args, 1);
        return c.run(parsed, ctx);
    }

    private static CliException unknownCommand(String name) {
        return CliException.usage("unknown command '" + name + "': expected one of " + commandNames()
                + "; see tfr --help");
    }

    private static Command find(String name) {
        for (Command c : COMMANDS) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static String commandNames() {
        StringBuilder sb = new StringBuilder();
        for (Command c : COMMANDS) {
            sb.append(sb.length() == 0 ? "" : ", ").append(c.name());
        }
        for (String n : LAUNCHER_COMMANDS.keySet()) {
            sb.append(", ").append(n);
        }
        return sb.toString();
    }

    /** The text of {@code tfr --help}. */
    static String topHelp() {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: tfr COMMAND [options]      (tfr COMMAND --help for a command's options)\n\n");
        sb.append(Help.wrap("TFR Lab: time-frequency reassignment and the reassigned additive model. Spectrograms"
                + " whose energy is moved to where it belongs in time and frequency; partials (breakpoints of time,"
                + " frequency, amplitude, phase) with phase-correct resynthesis and residual; transformations; test"
                + " signals with exact ground truth.", 0, 0)).append("\n\nCommands:\n");
        int column = 16;
        for (Command c : COMMANDS) {
            sb.append(entry(c.name(), c.summary(), column));
        }
        for (Map.Entry<String, String> e : LAUNCHER_COMMANDS.entrySet()) {
            sb.append(entry(e.getKey(), e.getValue(), column));
        }
        sb.append(entry("help [COMMAND]", "this help, or a command's", column));
        sb.append("\nExamples:\n");
        sb.append("  tfr analyze                                  analyse the bundled example into ./out\n");
        sb.append("  tfr analyze song.wav --out song              images, partials, resynthesis, residual in song/\n");
        sb.append("  tfr transform song/partials.csv --out up.csv --pitch-ratio 1.5 && tfr synth up.csv --out up.wav\n");
        sb.append("  tfr signal chirp --f0-hz 100 --f1-hz 4000 --out chirp.wav\n");
        sb.append("  tfr spectrogram chirp.wav --out chirp.png --reassigned\n");
        sb.append("\nExit status: 0 ok, 2 bad usage or bad input, 1 failure (existing output without --force,"
                + " I/O error).\n");
        return sb.toString();
    }

    private static String entry(String name, String summary, int column) {
        String label = "  " + name;
        String pad = label.length() + 2 > column ? "  " : " ".repeat(column - label.length());
        return label + pad + Help.wrap(summary, column, 0) + "\n";
    }

    private static Map<String, String> launcherCommands() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("test", "./tfr only: run every test: library, command-line smoke test, notebooks");
        m.put("bench", "./tfr only: run the benchmarks");
        m.put("lab", "./tfr only: the notebook environment (installs Jupyter and the tfr-java kernel, starts it)");
        m.put("kernel", "./tfr only: (re)install the tfr-java Jupyter kernel for the built library");
        return m;
    }

    /** Prints {@code tfr: error: message} as one line and returns {@code code}. */
    private static int fail(PrintStream err, int code, String message) {
        String m = message == null || message.isBlank() ? "unknown error" : message;
        err.println("tfr: error: " + m.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
        err.flush();
        return code;
    }

    /** A one-line description of an I/O failure that names the file where possible. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason();
            if (reason == null) {
                if (e instanceof java.nio.file.NoSuchFileException) {
                    reason = "no such file or directory";
                } else if (e instanceof java.nio.file.NotDirectoryException) {
                    reason = "not a directory";
                } else if (e instanceof java.nio.file.FileAlreadyExistsException) {
                    reason = "already exists";
                }
            }
            return f.getFile() + ": " + (reason != null ? reason : plain(e))
                    + (f.getOtherFile() != null ? " (" + f.getOtherFile() + ")" : "");
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "I/O error (" + plain(e) + ")" : m;
    }

    /**
     * Whether a failure came from Java's font machinery (a machine without fontconfig or fonts makes
     * AWT fail while drawing text).
     */
    static boolean involvesFonts(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = c.getMessage();
            if (m != null && m.toLowerCase(java.util.Locale.ROOT).contains("font")) {
                return true;
            }
            for (StackTraceElement f : c.getStackTrace()) {
                String cls = f.getClassName();
                if (cls.startsWith("sun.font.") || cls.startsWith("sun.awt.FontConfiguration")
                        || cls.startsWith("sun.awt.X11FontManager") || cls.equals("java.awt.Font")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "NoSuchFile" rather than "NoSuchFileException": error lines never say "Exception". */
    private static String plain(Throwable t) {
        String n = t.getClass().getSimpleName();
        return n.endsWith("Exception") ? n.substring(0, n.length() - "Exception".length()) : n;
    }
}
