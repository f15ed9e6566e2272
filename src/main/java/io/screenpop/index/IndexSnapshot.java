package io.screenpop.index;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The in-memory view written to disk ({@code index.snapshot} in {@code SCREENPOP_DATA_DIR}), so a
 * restart loads the index in one sequential read instead of re-reading every row. A snapshot carries
 * the index generation and revision it was taken at; it is used only when both still equal the
 * database's ({@link IndexState}), so it can be stale or missing without ever being wrong: the
 * tables stay the source of truth.
 * <p>
 * Format (version 2, big-endian): magic {@code SPIX}, version, generation, revision, entry count,
 * number count; a string table (count, then each string as byte length and UTF-8 bytes), so a
 * company name shared by a thousand numbers is stored and read once; then number by number its
 * E.164 (table index), its match count and its matches in the view's best-first order, strings as
 * table indexes ({@code -1} for none), ids {@code -1} for none, instants as epoch milliseconds
 * ({@link Long#MIN_VALUE} for none); last, the CRC32C of every byte before it (version 3).
 * Reading is a single pass over the file's bytes with no re-sorting: start-up time is spent here,
 * before the port opens.
 * <p>
 * A damaged file never stops start-up: the checksum is verified before anything is parsed, every
 * count and length is checked against the bytes left before anything is allocated, and a file larger
 * than a quarter of the heap is not read at all. Any of these makes {@link #read} answer empty with
 * the reason logged, and the index is read from the tables. Writing goes to a temporary file that is
 * forced to disk and renamed over the old one; a failed write (a full disk) deletes it.
 */
public final class IndexSnapshot {

    /** File name inside the data directory. */
    public static final String FILE = "index.snapshot";

    private static final int MAGIC = 0x53504958; // "SPIX"
    private static final int VERSION = 3;
    /** Bytes of one match: 11 string/id ints, the source byte and one long. */
    private static final int MATCH_BYTES = 11 * 4 + 1 + 8;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(IndexSnapshot.class);
    private static final PhoneSource[] SOURCES = PhoneSource.values();

    private IndexSnapshot() {
    }

    /**
     * A snapshot read back.
     *
     * @param generation index generation it was taken at
     * @param revision   index revision it was taken at
     * @param view       the view, exactly as it was written
     */
    public record Contents(long generation, long revision, IndexView view) {
    }

    /**
     * Writes a view atomically (temporary file, then rename).
     *
     * @param file       target file
     * @param generation index generation of the view
     * @param revision   index revision of the view
     * @param view       the view
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, long generation, long revision, IndexView view) throws IOException {
        Map<String, List<IndexMatch>> byNumber = view.byNumber();
        Map<String, Integer> ids = new HashMap<>();
        List<String> table = new ArrayList<>();
        for (Map.Entry<String, List<IndexMatch>> number : byNumber.entrySet()) {
            intern(number.getKey(), ids, table);
            for (IndexMatch m : number.getValue()) {
                for (String s : strings(m)) {
                    intern(s, ids, table);
                }
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        boolean moved = false;
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(tmp,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            OutputStream raw = java.nio.channels.Channels.newOutputStream(channel);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new java.util.zip.CheckedOutputStream(raw, crc), 1 << 16));
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(generation);
            out.writeLong(revision);
            out.writeInt(view.entries());
            out.writeInt(byNumber.size());
            out.writeInt(table.size());
            for (String s : table) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
            for (Map.Entry<String, List<IndexMatch>> number : byNumber.entrySet()) {
                out.writeInt(ids.get(number.getKey()));
                out.writeInt(number.getValue().size());
                for (IndexMatch m : number.getValue()) {
                    out.writeInt(ref(m.rawValue(), ids));
                    out.writeInt(ref(m.extension(), ids));
                    out.writeInt(ref(m.phoneType(), ids));
                    out.writeByte(m.source().ordinal());
                    out.writeInt(m.companyId() == null ? -1 : m.companyId());
                    out.writeInt(ref(m.companyIdentifier(), ids));
                    out.writeInt(ref(m.companyName(), ids));
                    out.writeInt(m.contactId() == null ? -1 : m.contactId());
                    out.writeInt(ref(m.contactName(), ids));
                    out.writeInt(ref(m.contactFirstName(), ids));
                    out.writeInt(ref(m.contactLastName(), ids));
                    out.writeInt(ref(m.contactEmail(), ids));
                    out.writeLong(m.recordUpdatedAt() == null ? Long.MIN_VALUE : m.recordUpdatedAt().toEpochMilli());
                }
            }
            out.flush();
            new DataOutputStream(raw).writeInt((int) crc.getValue());
            raw.flush();
            channel.force(true);
            channel.close();
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * @param file a snapshot file
     * @return its contents, or empty when it is missing, of another version, or damaged (truncated,
     *         a reference out of range, bytes left over)
     */
    public static Optional<Contents> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size > Math.min(Integer.MAX_VALUE - 16, Runtime.getRuntime().maxMemory() / 4)) {
                return damaged(file, "it is " + size + " bytes, more than a quarter of the heap");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 44) {
                return damaged(file, "it is truncated (" + bytes.length + " bytes)");
            }
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 4);
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                LOG.infof("Index snapshot %s is of another format; the index is read from the tables", file);
                return Optional.empty();
            }
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(bytes, 0, bytes.length - 4);
            if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
                return damaged(file, "its CRC32C checksum does not match (truncated or corrupt)");
            }
            long generation = in.getLong();
            long revision = in.getLong();
            int entries = count(in.getInt(), in.remaining() / MATCH_BYTES, "entry count");
            int numbers = count(in.getInt(), in.remaining() / 8, "number count");
            String[] table = new String[count(in.getInt(), in.remaining() / 4, "string count")];
            for (int i = 0; i < table.length; i++) {
                int length = count(in.getInt(), in.remaining(), "string length");
                table[i] = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
            }
            Map<String, List<IndexMatch>> byNumber = new HashMap<>(numbers * 4 / 3 + 1);
            int read = 0;
            for (int n = 0; n < numbers; n++) {
                String e164 = table[in.getInt()];
                IndexMatch[] matches = new IndexMatch[count(in.getInt(), in.remaining() / MATCH_BYTES, "match count")];
                for (int i = 0; i < matches.length; i++) {
                    matches[i] = new IndexMatch(e164, string(in, table), string(in, table), string(in, table),
                            SOURCES[in.get()], id(in.getInt()), string(in, table), string(in, table), id(in.getInt()),
                            string(in, table), string(in, table), string(in, table), string(in, table),
                            instant(in.getLong()));
                }
                read += matches.length;
                byNumber.put(e164, List.of(matches));
            }
            if (read != entries || in.hasRemaining()) {
                return damaged(file, "its counts do not add up");
            }
            return Optional.of(new Contents(generation, revision, IndexView.ofOrdered(byNumber, entries)));
        } catch (IOException | BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException
                | NullPointerException e) {
            return damaged(file, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return damaged(file, "it does not fit in memory");
        }
    }

    private static Optional<Contents> damaged(Path file, String why) {
        LOG.warnf("Index snapshot %s ignored: %s. The index is read from the tables instead.", file, why);
        return Optional.empty();
    }

    /** @return the count when it is between 0 and {@code max}; else the file is damaged */
    private static int count(int value, int max, String what) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(what + " " + value + " is out of bounds (0.." + max + ")");
        }
        return value;
    }

    private static String[] strings(IndexMatch m) {
        return new String[] {m.rawValue(), m.extension(), m.phoneType(), m.companyIdentifier(), m.companyName(),
                m.contactName(), m.contactFirstName(), m.contactLastName(), m.contactEmail()};
    }

    private static void intern(String s, Map<String, Integer> ids, List<String> table) {
        if (s != null && !ids.containsKey(s)) {
            ids.put(s, table.size());
            table.add(s);
        }
    }

    private static int ref(String s, Map<String, Integer> ids) {
        return s == null ? -1 : ids.get(s);
    }

    private static String string(ByteBuffer in, String[] table) {
        int ref = in.getInt();
        return ref < 0 ? null : table[ref];
    }

    private static Integer id(int value) {
        return value < 0 ? null : value;
    }

    private static Instant instant(long millis) {
        return millis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(millis);
    }
}
