package tfr.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tfr.signals.SignalKind;

/**
 * One command-line option: its name, value type, default, unit and help text. A command's table of
 * these is the single source of both its parsing ({@link Options}) and its {@code --help} ({@link Help}).
 *
 * <p>Built once, in static tables, with the fluent setters below; read-only afterwards.
 */
final class Opt {
    /** The kind of value an option takes. */
    enum Type {
        /** No value: present or not. */
        FLAG,
        /** A decimal integer ({@link Integer}). */
        INT,
        /** A finite decimal number ({@link Double}). */
        NUMBER,
        /** One of a fixed list of words ({@link String}). */
        CHOICE,
        /** Free text, e.g. a path ({@link String}). */
        TEXT
    }

    private final String name;
    private final Type type;
    private final String metavar;
    private final String help;
    private String unit;
    private Object defaultValue;
    private String defaultText;
    private List<String> choices = List.of();
    private double min = Double.NEGATIVE_INFINITY;
    private boolean minExclusive;
    private double max = Double.POSITIVE_INFINITY;
    private String group = "Options";
    private boolean required;
    private final List<String> libraryNames = new ArrayList<>();
    private Set<SignalKind> kinds = EnumSet.allOf(SignalKind.class);
    private boolean kindSpecific;
    private final Map<SignalKind, Object> kindDefaults = new LinkedHashMap<>();

    private Opt(String name, Type type, String metavar, String help) {
        if (!name.startsWith("--")) {
            throw new IllegalArgumentException("option names start with --: " + name);
        }
        this.name = name;
        this.type = type;
        this.metavar = metavar;
        this.help = help;
    }

    /** A flag (no value); default off. */
    static Opt flag(String name, String help) {
        Opt o = new Opt(name, Type.FLAG, null, help);
        o.defaultValue = Boolean.FALSE;
        return o;
    }

    /** An integer option. {@code defaultValue} may be null (the command computes it; say how with {@link #defaultText}). */
    static Opt integer(String name, String metavar, Integer defaultValue, String unit, String help) {
        Opt o = new Opt(name, Type.INT, metavar, help);
        o.defaultValue = defaultValue;
        o.unit = unit;
        return o;
    }

    /** A number option (finite decimal). {@code defaultValue} may be null. */
    static Opt number(String name, String metavar, Double defaultValue, String unit, String help) {
        Opt o = new Opt(name, Type.NUMBER, metavar, help);
        o.defaultValue = defaultValue;
        o.unit = unit;
        return o;
    }

    /** A choice among fixed words. */
    static Opt choice(String name, String metavar, List<String> choices, String defaultValue, String help) {
        Opt o = new Opt(name, Type.CHOICE, metavar, help);
        o.choices = List.copyOf(choices);
        o.defaultValue = defaultValue;
        return o;
    }

    /** Free text (paths, channel names). {@code defaultValue} may be null. */
    static Opt text(String name, String metavar, String defaultValue, String help) {
        Opt o = new Opt(name, Type.TEXT, metavar, help);
        o.defaultValue = defaultValue;
        return o;
    }

    // ------------------------------------------------------------------ fluent setters (table building only)

    /** Inclusive lower bound for INT/NUMBER values. */
    Opt min(double lowest) {
        this.min = lowest;
        this.minExclusive = false;
        return this;
    }

    /** Exclusive lower bound for NUMBER values. */
    Opt above(double lowest) {
        this.min = lowest;
        this.minExclusive = true;
        return this;
    }

    /** Inclusive upper bound for INT/NUMBER values. */
    Opt max(double highest) {
        this.max = highest;
        return this;
    }

    /** The default as shown in help, when the value alone does not say it (e.g. "next power of two >= N"). */
    Opt defaultText(String text) {
        this.defaultText = text;
        return this;
    }

    /** The help section this option is listed under. */
    Opt group(String g) {
        this.group = g;
        return this;
    }

    /** The option must be given. */
    Opt required() {
        this.required = true;
        return this;
    }

    /**
     * Parameter names the library uses for this option in its messages (e.g. {@code "windowSamples"}),
     * so that a library error can be reported in the option's spelling ({@link Options#translate}).
     */
    Opt library(String... names) {
        Collections.addAll(libraryNames, names);
        return this;
    }

    /** Signal kinds this option applies to ({@code tfr signal}); all kinds if never called. */
    Opt kinds(SignalKind... ks) {
        this.kinds = EnumSet.noneOf(SignalKind.class);
        Collections.addAll(this.kinds, ks);
        this.kindSpecific = true;
        return this;
    }

    /** A default that differs for one signal kind. */
    Opt kindDefault(SignalKind kind, Object value) {
        kindDefaults.put(kind, value);
        return this;
    }

    // ------------------------------------------------------------------ accessors

    String name() {
        return name;
    }

    Type type() {
        return type;
    }

    /** The value placeholder in help, e.g. {@code N}; null for flags. */
    String metavar() {
        return metavar;
    }

    String help() {
        return help;
    }

    String unit() {
        return unit;
    }

    Object defaultValue() {
        return defaultValue;
    }

    /** The default for a signal kind: its own default if it has one, else the common default. */
    Object defaultValue(SignalKind kind) {
        return kindDefaults.containsKey(kind) ? kindDefaults.get(kind) : defaultValue;
    }

    List<String> choices() {
        return choices;
    }

    String group() {
        return group;
    }

    boolean isRequired() {
        return required;
    }

    List<String> libraryNames() {
        return libraryNames;
    }

    boolean appliesTo(SignalKind kind) {
        return kinds.contains(kind);
    }

    Set<SignalKind> kinds() {
        return kinds;
    }

    boolean isKindSpecific() {
        return kindSpecific;
    }

    Map<SignalKind, Object> kindDefaults() {
        return kindDefaults;
    }

    /** The allowed range in words, e.g. {@code ">= 1"}, {@code "1 to 20000"}; null if unbounded. */
    String rangeText() {
        boolean lo = min != Double.NEGATIVE_INFINITY;
        boolean hi = max != Double.POSITIVE_INFINITY;
        if (lo && hi && !minExclusive) {
            return format(min) + " to " + format(max);
        }
        if (lo && hi) {
            return "> " + format(min) + " and <= " + format(max);
        }
        if (lo) {
            return (minExclusive ? "> " : ">= ") + format(min);
        }
        if (hi) {
            return "<= " + format(max);
        }
        return null;
    }

    /** The default in words for help, or null if there is none to show. */
    String defaultText() {
        if (defaultText != null) {
            return defaultText;
        }
        if (type == Type.FLAG || defaultValue == null) {
            return null;
        }
        return format(defaultValue);
    }

    /**
     * Checks a parsed INT/NUMBER value against the range.
     *
     * @throws CliException "--hop-samples must be >= 1, got 0"
     */
    void checkRange(double v, String given) throws CliException {
        boolean tooLow = minExclusive ? !(v > min) : !(v >= min);
        if (tooLow || !(v <= max)) {
            throw CliException.usage(name + " must be " + rangeText() + (unit != null ? " " + unit : "") + ", got "
                    + given);
        }
    }

    /** A number or other default value as a user would type it: 2048, 0.5, 44100, -90. */
    static String format(Object value) {
        if (value instanceof Double d) {
            double x = d;
            if (x == Math.rint(x) && Math.abs(x) < 1e15) {
                return Long.toString((long) x);
            }
            return Double.toString(x).toLowerCase(Locale.ROOT);
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
