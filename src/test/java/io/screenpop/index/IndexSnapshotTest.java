package io.screenpop.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void aViewSurvivesTheRoundTripExactly() throws Exception {
        IndexMatch jane = new IndexMatch("+14085551213", "408.555.1213", "204", "Direct", PhoneSource.CONTACT, 1, "AcmeCorp",
                "ACME Corporation", 1, "Jane Doe", "Jane", "Doe", "jane.doe@acme.example", Instant.parse("2024-01-15T10:00:00Z"));
        IndexMatch main = new IndexMatch("+14085551212", "(408) 555-1212", null, "Main", PhoneSource.COMPANY_MAIN, 1,
                "AcmeCorp", "ACME Corporation", null, null, null, null, null, null);
        IndexMatch walkIn = new IndexMatch("+16175550190", "(617) 555-0190", null, "Cell", PhoneSource.CONTACT, null, null,
                null, 9, "Walk-in Caller", "Walk-in", "Caller", null, Instant.parse("2024-02-01T00:00:00Z"));
        IndexMatch frontDesk = new IndexMatch("+14085551212", "408-555-1212", null, "Direct", PhoneSource.CONTACT, 1,
                "AcmeCorp", "ACME Corporation", 2, "Front Desk", "Front", "Desk", null, Instant.parse("2024-03-01T00:00:00Z"));
        IndexView view = IndexView.of(List.of(jane, main, walkIn, frontDesk));
        Path file = dir.resolve(IndexSnapshot.FILE);

        IndexSnapshot.write(file, 7, 42, view);
        IndexSnapshot.Contents read = IndexSnapshot.read(file).orElseThrow();

        assertEquals(7, read.generation());
        assertEquals(42, read.revision());
        IndexView back = read.view();
        assertEquals(List.of(jane), back.lookup("+14085551213"));
        assertEquals(List.of(frontDesk, main), back.lookup("+14085551212"), "best first, as written");
        assertEquals(List.of(walkIn), back.lookup("+16175550190"));
        assertEquals(4, back.entries());
        assertEquals(3, back.numbers());
        assertTrue(back.lookup("+14085551213").get(0).companyName() == back.lookup("+14085551212").get(1).companyName(),
                "a company name is read once and shared");
    }

    @Test
    void aMissingOrDamagedFileIsNotASnapshot() throws Exception {
        Path file = dir.resolve(IndexSnapshot.FILE);
        assertTrue(IndexSnapshot.read(file).isEmpty());
        Files.write(file, new byte[] {1, 2, 3});
        assertTrue(IndexSnapshot.read(file).isEmpty());
        IndexSnapshot.write(file, 1, 1, IndexView.of(List.of(new IndexMatch("+14085551212", "x", null, "Main",
                PhoneSource.COMPANY_MAIN, 1, "A", "A", null, null, null, null, null, null))));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 5));
        assertTrue(IndexSnapshot.read(file).isEmpty(), "a truncated file is refused");
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length + 4));
        assertTrue(IndexSnapshot.read(file).isEmpty(), "bytes after the last entry are refused");
    }

    @Test
    void aSnapshotOfAnotherGenerationOrRevisionIsNeverUsed() throws Exception {
        IndexView view = IndexView.of(List.of(new IndexMatch("+14085551212", "x", null, "Main", PhoneSource.COMPANY_MAIN,
                1, "A", "A", null, null, null, null, null, null)));
        IndexSnapshot.write(dir.resolve(IndexSnapshot.FILE), 3, 41, view);
        SnapshotStore store = new SnapshotStore(dir.toString());
        assertTrue(store.load(store.readAhead(), 3, 41).isPresent());
        assertTrue(store.load(store.readAhead(), 3, 42).isEmpty(), "an index written after the snapshot is read from the tables");
        assertTrue(store.load(store.readAhead(), 4, 41).isEmpty(), "a newer generation is read from the tables");
    }

    private Path oneEntrySnapshot() throws Exception {
        Path file = dir.resolve(IndexSnapshot.FILE);
        IndexSnapshot.write(file, 1, 1, IndexView.of(List.of(new IndexMatch("+14085551212", "x", null, "Main",
                PhoneSource.COMPANY_MAIN, 1, "A", "A", null, null, null, null, null, null))));
        return file;
    }

    @Test
    void aFlippedByteFailsTheChecksum() throws Exception {
        Path file = oneEntrySnapshot();
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 8; i < bytes.length - 4; i++) {
            byte[] damaged = bytes.clone();
            damaged[i] ^= 0x10;
            Files.write(file, damaged);
            assertTrue(IndexSnapshot.read(file).isEmpty(), "byte " + i + " flipped is refused");
        }
    }

    @Test
    void hugeCountsAreRefusedBeforeAnythingIsAllocated() throws Exception {
        // a well-formed checksum over counts that promise two billion entries: refused, no OutOfMemoryError
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(raw);
        out.writeInt(0x53504958);
        out.writeInt(3);
        out.writeLong(1);
        out.writeLong(1);
        out.writeInt(Integer.MAX_VALUE);
        out.writeInt(Integer.MAX_VALUE);
        out.writeInt(Integer.MAX_VALUE);
        out.write(new byte[32]);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(raw.toByteArray());
        out.writeInt((int) crc.getValue());
        Path file = dir.resolve(IndexSnapshot.FILE);
        Files.write(file, raw.toByteArray());
        assertTrue(IndexSnapshot.read(file).isEmpty());
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("occupied");
        Files.createDirectories(target.resolve("child"));
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> IndexSnapshot.write(target, 1, 1, IndexView.empty()));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no .tmp left behind");
        }
    }
}
