package tfr.io;

/**
 * Which signal to take from multichannel audio: one channel by 0-based index, or the mixdown (the
 * mean of all channels). Apply it with {@link AudioData#select(ChannelSelection)}.
 *
 * <p>Text form (command lines, config files): {@code "mix"} or a 0-based index {@code "0"},
 * {@code "1"}, ... — see {@link #parse(String)}. Pitfall: indices are 0-based, so the right channel
 * of a stereo file is {@code 1}, not {@code 2}.
 */
public sealed interface ChannelSelection permits ChannelSelection.Mix, ChannelSelection.Channel {

    /** The mixdown: mean of all channels. */
    ChannelSelection MIX = new Mix();

    /** One channel by 0-based index. */
    static ChannelSelection channel(int index) {
        return new Channel(index);
    }

    /**
     * Parses {@code "mix"} (any case) or a non-negative decimal 0-based channel index. Whether the
     * index exists is checked only against actual audio, by {@link AudioData#select}.
     *
     * @throws IllegalArgumentException with a one-line message naming the accepted forms
     */
    static ChannelSelection parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equalsIgnoreCase("mix")) {
            return MIX;
        }
        if (!t.isEmpty() && t.length() <= 9 && t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return new Channel(Integer.parseInt(t));
        }
        throw new IllegalArgumentException(
                "channel must be 'mix' or a 0-based channel index (0, 1, ...), got '" + text + "'");
    }

    /** The mean of all channels. */
    record Mix() implements ChannelSelection {
        @Override
        public String toString() {
            return "mix";
        }
    }

    /** One channel, 0-based. */
    record Channel(int index) implements ChannelSelection {
        /** @throws IllegalArgumentException if {@code index < 0} */
        public Channel {
            if (index < 0) {
                throw new IllegalArgumentException("channel index must be >= 0, got " + index);
            }
        }

        @Override
        public String toString() {
            return "channel " + index;
        }
    }
}
