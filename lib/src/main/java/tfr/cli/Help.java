package tfr.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import tfr.signals.SignalKind;

/** Renders {@code --help} text from a command's option table, so help and parsing never drift apart. */
final class Help {
    /** Text is wrapped to this many columns. */
    static final int WIDTH = 100;
    private static final int MAX_NAME_COLUMN = 30;
    /** Joins words that must stay on one line (replaced by a space on output). */
    private static final char NBSP = '\u00A0';

    private Help() {
    }

    /**
     * The help of a command: usage, description, then its options by group, each with its value, unit,
     * allowed range and default.
     */
    static String of(Command c) {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: ").append(c.usage()).append("\n\n");
        String[] paragraphs = c.description().split("\n\n");
        for (int i = 0; i < paragraphs.length; i++) {
            sb.append(i > 0 ? "\n" : "").append(wrap(paragraphs[i].replace('\n', ' '), 0, 0)).append('\n');
        }
        String extra = c.extraHelp();
        if (extra != null && !extra.isEmpty()) {
            sb.append('\n').append(extra);
            if (!extra.endsWith("\n")) {
                sb.append('\n');
            }
        }
        Map<String, List<Opt>> groups = new LinkedHashMap<>();
        for (Opt o : c.options()) {
            groups.computeIfAbsent(o.group(), g -> new ArrayList<>()).add(o);
        }
        int column = 0;
        for (Opt o : c.options()) {
            column = Math.max(column, label(o).length());
        }
        column = Math.min(column + 4, MAX_NAME_COLUMN);
        for (Map.Entry<String, List<Opt>> g : groups.entrySet()) {
            sb.append('\n').append(g.getKey()).append(":\n");
            for (Opt o : g.getValue()) {
                sb.append(entry(o, column));
            }
        }
        return sb.toString();
    }

    /** "--window-samples N". */
    static String label(Opt o) {
        return o.metavar() == null ? o.name() : o.name() + " " + o.metavar();
    }

    /** One option's help entry: label, then the description wrapped in the second column. */
    static String entry(Opt o, int column) {
        String label = "  " + label(o);
        String text = describe(o);
        StringBuilder sb = new StringBuilder();
        if (label.length() + 2 > column) {
            sb.append(label).append('\n').append(wrap(text, column, column));
        } else {
            sb.append(label).append(" ".repeat(column - label.length())).append(wrap(text, column, 0));
        }
        sb.append('\n');
        return sb.toString();
    }

    /** The description column: help, unit, choices, range, applicable kinds and default. */
    static String describe(Opt o) {
        StringBuilder sb = new StringBuilder(o.help());
        if (o.unit() != null) {
            sb.append(", ").append(o.unit());
        }
        if (o.type() == Opt.Type.CHOICE) {
            sb.append("; one of ").append(String.join(", ", o.choices()));
        }
        if (o.type() == Opt.Type.INT) {
            sb.append("; integer");
            if (o.rangeText() != null) {
                sb.append(' ').append(unbreakable(o.rangeText()));
            }
        } else if (o.rangeText() != null) {
            sb.append("; ").append(unbreakable(o.rangeText()));
        }
        if (o.isKindSpecific()) {
            StringJoiner kinds = new StringJoiner(", ");
            for (SignalKind k : o.kinds()) {
                kinds.add(k.cliName());
            }
            sb.append("; kinds: ").append(kinds);
        }
        if (o.isRequired()) {
            sb.append(" (required)");
        } else {
            String def = o.defaultText();
            // kinds with their own default, grouped by value: "impulse, impulses: 0.9"
            Map<String, StringJoiner> byValue = new LinkedHashMap<>();
            for (Map.Entry<SignalKind, Object> e : o.kindDefaults().entrySet()) {
                byValue.computeIfAbsent(Opt.format(e.getValue()), v -> new StringJoiner(", "))
                        .add(e.getKey().cliName());
            }
            StringJoiner parts = new StringJoiner("; ");
            if (def != null) {
                parts.add(def);
            }
            for (Map.Entry<String, StringJoiner> e : byValue.entrySet()) {
                parts.add(e.getValue() + ": " + e.getKey());
            }
            if (parts.length() > 0) {
                sb.append(" (default: ").append(parts).append(')');
            }
        }
        return sb.toString();
    }

    /** {@code text} with its spaces made unbreakable for {@link #wrap}. */
    static String unbreakable(String text) {
        return text.replace(' ', NBSP);
    }

    /**
     * Word-wraps {@code text} to {@link #WIDTH} columns: continuation lines are indented by
     * {@code indent}, the first by {@code firstIndent}.
     */
    static String wrap(String text, int indent, int firstIndent) {
        StringBuilder out = new StringBuilder(" ".repeat(firstIndent));
        int col = indent;
        boolean lineStart = true;
        for (String word : text.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!lineStart && col + 1 + word.length() > WIDTH) {
                out.append('\n').append(" ".repeat(indent));
                col = indent;
                lineStart = true;
            }
            if (!lineStart) {
                out.append(' ');
                col++;
            }
            out.append(word.replace(NBSP, ' '));
            col += word.length();
            lineStart = false;
        }
        return out.toString();
    }
}
