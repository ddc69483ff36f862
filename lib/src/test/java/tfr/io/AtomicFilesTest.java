package tfr.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private String[] listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(x -> x.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void failedWriteLeavesNoTempAndKeepsOldContent() throws Exception {
        Path p = dir.resolve("a.bin");
        Files.write(p, new byte[] {7});
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(p, Overwrite.REPLACE, out -> {
            out.write(new byte[200_000]);
            throw new IOException("disk on fire");
        }));
        assertEquals("disk on fire", e.getMessage());
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(p));
        assertArrayEquals(new String[] {"a.bin"}, listing());
    }

    @Test
    void refuseChecksBeforeAndAfterWriting() throws Exception {
        Path p = dir.resolve("b.bin");
        Files.write(p, new byte[] {1});
        assertThrows(OutputExistsException.class, () -> AtomicFiles.write(p, Overwrite.REFUSE, new byte[] {2}));
        // The destination appears while we write: the commit must still refuse.
        Path q = dir.resolve("c.bin");
        assertThrows(OutputExistsException.class, () -> AtomicFiles.write(q, Overwrite.REFUSE, out -> {
            out.write(3);
            Files.write(q, new byte[] {9});
        }));
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(p));
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(q));
        assertArrayEquals(new String[] {"b.bin", "c.bin"}, listing());
    }

    @Test
    void openCommitAndDiscard() throws Exception {
        Path p = dir.resolve("sub/d.bin");
        try (AtomicFiles.AtomicOutput out = AtomicFiles.open(p, Overwrite.REFUSE)) {
            out.stream().write(new byte[] {4, 5});
            out.commit();
            assertTrue(out.isCommitted());
            assertThrows(IllegalStateException.class, out::commit);
        }
        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(p));
        try (AtomicFiles.AtomicOutput out = AtomicFiles.open(dir.resolve("e.bin"), Overwrite.REFUSE)) {
            out.stream().write(1);
        }
        assertArrayEquals(new String[] {"sub"}, listing());
    }

    @Test
    void outputFilesGetDefaultPermissionsNotOwnerOnly() throws Exception {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path reference = Files.createFile(dir.resolve("ref"));
        Path p = dir.resolve("f.bin");
        AtomicFiles.write(p, Overwrite.REFUSE, new byte[] {1});
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(p));
    }

    @Test
    void directoryIsNotAFile() {
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(dir, Overwrite.REPLACE, new byte[0]));
        assertTrue(e.getMessage().endsWith("is a directory, not a file"), e.getMessage());
    }
}
