package tfr.stft;

/**
 * Where frames go at the ends of a signal.
 *
 * <ul>
 * <li>{@link #CENTRED} (default): frame m's window centre sits at sample {@code m·hop} (plus the half
 * sample of an even symmetric window), starting with the first sample and ending with the last; the
 * signal is taken as zero outside [0, len). Every sample lies within hop/2 of a frame centre, so impulses
 * at the very start or end are seen; a file shorter than the window still gives frames.</li>
 * <li>{@link #INSIDE}: frame m starts at sample {@code m·hop} and lies wholly inside the signal (no
 * padding): {@code 1 + ⌊(len − L)/hop⌋} frames, none if the signal is shorter than the window
 * (the convention of {@code reassign_numpy.py} and of librosa with {@code center=False}).</li>
 * </ul>
 */
public enum EdgePolicy {
    CENTRED,
    INSIDE;

    /** Parses {@code centred} (or {@code centered}) or {@code inside}. */
    public static EdgePolicy parse(String name) {
        String n = name.toLowerCase();
        if (n.equals("centred") || n.equals("centered")) {
            return CENTRED;
        }
        if (n.equals("inside")) {
            return INSIDE;
        }
        throw new IllegalArgumentException("unknown edge policy '" + name + "' (choose centred or inside)");
    }
}
