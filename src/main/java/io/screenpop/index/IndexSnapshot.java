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
 * ({@link Long#MIN_VALUE} for none). Reading is a single pass over the file's bytes with no
 * re-sorting: start-up time is spent here, before the port opens.
 */
public final class IndexSnapshot {

    /** File name inside the data directory. */
    public static final String FILE = "index.snapshot";

    private static final int MAGIC = 0x53504958; // "SPIX"
    private static final int VERSION = 2;
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
        try (OutputStream raw = Files.newOutputStream(tmp);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
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
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
            ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                return Optional.empty();
            }
            long generation = in.getLong();
            long revision = in.getLong();
            int entries = in.getInt();
            int numbers = in.getInt();
            String[] table = new String[in.getInt()];
            byte[] bytes = in.array();
            for (int i = 0; i < table.length; i++) {
                int length = in.getInt();
                table[i] = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
            }
            Map<String, List<IndexMatch>> byNumber = new HashMap<>(numbers * 4 / 3 + 1);
            int read = 0;
            for (int n = 0; n < numbers; n++) {
                String e164 = table[in.getInt()];
                IndexMatch[] matches = new IndexMatch[in.getInt()];
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
                return Optional.empty();
            }
            return Optional.of(new Contents(generation, revision, IndexView.ofOrdered(byNumber, entries)));
        } catch (IOException | BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
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
