package tfr.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tfr.signals.SignalKind;

/**
 * A small option parser driven by a table of {@link Opt}s.
 *
 * <p>Accepted forms: {@code --name value}, {@code --name=value}, flags {@code --name}; options and
 * positional arguments in any order; {@code --} ends the options. A value may start with a single
 * {@code -} (negative numbers), but a word starting with {@code --} is never taken as a value. When an
 * option is given twice the last one wins. Values are converted and range-checked while parsing, so
 * errors name the option as the user spelled it.
 */
final class Options {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Options() {
    }

    /** The result of parsing: positional arguments and the options given. */
    static final class Parsed {
        private final List<String> positionals;
        private final Map<Opt, Object> given;

        Parsed(List<String> positionals, Map<Opt, Object> given) {
            this.positionals = List.copyOf(positionals);
            this.given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
        }

        List<String> positionals() {
            return positionals;
        }

        /** Whether the user gave the option. */
        boolean has(Opt o) {
            return given.containsKey(o);
        }

        /** The options the user gave, in order of first appearance. */
        List<Opt> givenOptions() {
            return List.copyOf(given.keySet());
        }

        /** The value given, or the option's default (may be null). */
        Object value(Opt o) {
            return given.containsKey(o) ? given.get(o) : o.defaultValue();
        }

        /** The value given, or the option's default for a signal kind. */
        Object value(Opt o, SignalKind kind) {
            return given.containsKey(o) ? given.get(o) : o.defaultValue(kind);
        }

        boolean flag(Opt o) {
            return Boolean.TRUE.equals(value(o));
        }

        int integer(Opt o) {
            return (Integer) require(o, value(o));
        }

        double number(Opt o) {
            return (Double) require(o, value(o));
        }

        String text(Opt o) {
            return (String) value(o);
        }

        private static Object require(Opt o, Object v) {
            if (v == null) {
                throw new IllegalStateException(o.name() + " has no value and no default");
            }
            return v;
        }
    }

    /** Whether the arguments ask for help ({@code --help} or {@code -h} before any {@code --}). */
    static boolean wantsHelp(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            if (args[i].equals("--")) {
                return false;
            }
            if (args[i].equals("--help") || args[i].equals("-h")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses {@code args[from..]} against {@code specs}.
     *
     * @param command the command as typed, for messages ("tfr analyze")
     * @throws CliException for an unknown option, a missing or malformed value, a value out of range,
     *                      or a missing required option
     */
    static Parsed parse(String command, List<Opt> specs, String[] args, int from) throws CliException {
        Map<String, Opt> byName = new HashMap<>();
        for (Opt o : specs) {
            byName.put(o.name(), o);
        }
        List<String> positionals = new ArrayList<>();
        Map<Opt, Object> given = new LinkedHashMap<>();
        boolean optionsEnded = false;
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (optionsEnded) {
                positionals.add(a);
                continue;
            }
            if (a.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                String name = eq < 0 ? a : a.substring(0, eq);
                String inline = eq < 0 ? null : a.substring(eq + 1);
                Opt o = byName.get(name);
                if (o == null) {
                    throw unknown(command, name, specs);
                }
                if (o.type() == Opt.Type.FLAG) {
                    if (inline != null) {
                        throw CliException.usage(name + " takes no value, got '" + inline + "'");
                    }
                    given.put(o, Boolean.TRUE);
                    continue;
                }
                String value;
                if (inline != null) {
                    value = inline;
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    throw CliException.usage(name + " is missing its value (" + describeValue(o) + ")");
                }
                given.remove(o); // last one wins, listed where it was last given
                given.put(o, convert(o, value));
            } else if (a.startsWith("-") && a.length() > 1 && !DECIMAL.matcher(a).matches()) {
                throw unknown(command, a, specs);
            } else {
                positionals.add(a);
            }
        }
        for (Opt o : specs) {
            if (o.isRequired() && !given.containsKey(o)) {
                throw CliException.usage(o.name() + " " + o.metavar() + " is required (see " + command + " --help)");
            }
        }
        return new Parsed(positionals, given);
    }

    /** "an integer, samples" — what a value should look like, for messages. */
    private static String describeValue(Opt o) {
        String what = switch (o.type()) {
            case INT -> "an integer";
            case NUMBER -> "a number";
            case CHOICE -> "one of " + String.join(", ", o.choices());
            default -> o.metavar();
        };
        return o.unit() == null ? what : what + ", " + o.unit();
    }

    /** Converts and checks one value. */
    static Object convert(Opt o, String value) throws CliException {
        String v = value.trim();
        switch (o.type()) {
            case INT: {
                if (!INTEGER.matcher(v).matches()) {
                    throw CliException.usage(o.name() + " expects an integer, got '" + value + "'");
                }
                int parsed;
                try {
                    parsed = Integer.parseInt(v.startsWith("+") ? v.substring(1) : v);
                } catch (NumberFormatException e) {
                    throw CliException.usage(o.name() + " is out of range: '" + value + "' does not fit in 32 bits"
                            + (o.rangeText() != null ? " (allowed: " + o.rangeText() + ")" : ""));
                }
                o.checkRange(parsed, value);
                return parsed;
            }
            case NUMBER: {
                if (!DECIMAL.matcher(v).matches()) {
                    throw CliException.usage(o.name() + " expects a number, got '" + value + "'");
                }
                double parsed = Double.parseDouble(v);
                if (!Double.isFinite(parsed)) {
                    throw CliException.usage(o.name() + " expects a finite number, got '" + value + "'");
                }
                o.checkRange(parsed, value);
                return parsed;
            }
            case CHOICE: {
                for (String c : o.choices()) {
                    if (c.equalsIgnoreCase(v)) {
                        return c;
                    }
                }
                throw CliException.usage(o.name() + " must be one of " + String.join(", ", o.choices()) + ", got '"
                        + value + "'");
            }
            case TEXT:
                if (value.isEmpty()) {
                    throw CliException.usage(o.name() + " must not be empty");
                }
                return value;
            default:
                throw new IllegalStateException("flag " + o.name() + " takes no value");
        }
    }

    private static CliException unknown(String command, String name, List<Opt> specs) {
        String suggestion = suggest(name, specs);
        return CliException.usage("unknown option '" + name + "' for " + command
                + (suggestion != null ? " (did you mean " + suggestion + "?)" : "") + "; see " + command + " --help");
    }

    /** The option most likely meant: a unique prefix match or the closest within edit distance 2. */
    static String suggest(String name, List<Opt> specs) {
        String n = name.toLowerCase(Locale.ROOT);
        if (!n.startsWith("--")) {
            n = "--" + n.replaceFirst("^-+", "");
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<String> prefixed = new ArrayList<>();
        for (Opt o : specs) {
            if (o.name().startsWith(n) && n.length() > 3) {
                prefixed.add(o.name());
            }
            int d = distance(n, o.name());
            if (d < bestDistance) {
                bestDistance = d;
                best = o.name();
            }
        }
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        return bestDistance <= 2 ? best : null;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Rewrites a library message in the command line's terms: each library parameter name an option
     * declares ({@link Opt#library}) becomes the option's name, e.g. "windowSamples must be >= 4"
     * becomes "--window-samples must be >= 4".
     */
    static String translate(String message, List<Opt> specs) {
        if (message == null) {
            return "invalid argument";
        }
        String m = message;
        for (Opt o : specs) {
            for (String lib : o.libraryNames()) {
                m = m.replaceAll("(?<![\\w-])" + Pattern.quote(lib) + "(?![\\w])", Matcher.quoteReplacement(o.name()));
            }
        }
        return m;
    }
}
