package tfr.cli;

import java.util.List;

/** One {@code tfr} sub-command: its option table, help text and action. */
interface Command {
    /** The name typed after {@code tfr}. */
    String name();

    /** One line for {@code tfr --help}. */
    String summary();

    /** The usage line, e.g. {@code tfr spectrogram IN --out IMG.png [options]}. */
    String usage();

    /** Paragraphs (separated by blank lines) shown after the usage line. */
    String description();

    /** Text shown between the description and the options (e.g. the signal kinds); may be null. */
    default String extraHelp() {
        return null;
    }

    /** The option table: the single source of parsing and help. */
    List<Opt> options();

    /**
     * Runs the command.
     *
     * @return the exit status
     * @throws Exception anything; {@link Main} turns it into one line on stderr and an exit status
     */
    int run(Options.Parsed args, Context ctx) throws Exception;
}
