package tfr.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tfr.io.AtomicFiles;
import tfr.io.AudioData;
import tfr.io.AudioFiles;
import tfr.io.AudioFormatException;
import tfr.io.OutputExistsException;
import tfr.io.Overwrite;

/** Reading the input and checking the outputs, with messages that name the file. */
final class CliFiles {
    private CliFiles() {
    }

    /**
     * Reads a WAV or AIFF file. Every problem with the input (missing, unreadable, empty, malformed) is
     * bad input: exit status 2.
     */
    static AudioData readAudio(Path path) throws CliException {
        if (!Files.exists(path)) {
            throw CliException.usage(path + ": no such file");
        }
        if (Files.isDirectory(path)) {
            throw CliException.usage(path + ": is a directory, not an audio file");
        }
        try {
            return AudioFiles.read(path);
        } catch (AudioFormatException e) {
            throw CliException.usage(e.getMessage());
        } catch (NoSuchFileException e) {
            throw CliException.usage(path + ": no such file");
        } catch (AccessDeniedException e) {
            throw CliException.usage(path + ": cannot read the file (permission denied)");
        } catch (IOException e) {
            throw CliException.usage("cannot read " + path + ": " + Main.describe(e));
        }
    }

    /**
     * Fails before any work when an output exists and may not be overwritten, naming the first such
     * file and how many more there are; nothing is written.
     *
     * @throws OutputExistsException if an output exists and {@code overwrite} is {@link Overwrite#REFUSE}
     * @throws IOException           if an output is a directory
     */
    static void checkOutputs(List<Path> outputs, Overwrite overwrite) throws IOException, CliException {
        List<Path> existing = new ArrayList<>();
        for (Path p : outputs) {
            if (Files.isDirectory(p)) {
                throw CliException.usage(p + " is a directory; an output file of that name cannot be written");
            }
            Path parent = p.toAbsolutePath().getParent();
            for (Path d = parent; d != null; d = d.getParent()) {
                if (Files.exists(d)) {
                    if (!Files.isDirectory(d)) {
                        throw CliException.usage(d + " is a file, not a directory; cannot write " + p);
                    }
                    break;
                }
            }
            if (overwrite == Overwrite.REFUSE && Files.exists(p)) {
                existing.add(p);
            }
        }
        if (!existing.isEmpty()) {
            throw new CliException(CliException.FAILURE, existing.get(0)
                    + (existing.size() == 1 ? " already exists"
                    : " and " + (existing.size() - 1) + " other output" + (existing.size() > 2 ? "s" : "")
                    + " already exist")
                    + " (use --force to overwrite)");
        }
        for (Path p : outputs) {
            AtomicFiles.checkWritable(p, overwrite);
        }
    }

    /** The overwrite policy of {@code --force}. */
    static Overwrite overwrite(boolean force) {
        return force ? Overwrite.REPLACE : Overwrite.REFUSE;
    }
}
