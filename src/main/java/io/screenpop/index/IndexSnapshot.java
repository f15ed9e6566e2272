package io.screenpop.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory view written to disk ({@code index.snapshot} in {@code SCREENPOP_DATA_DIR}), so a
 * restart loads the index in a sequential read instead of re-reading every row. A snapshot carries
 * the index generation and revision it was taken at; it is used only when both still equal the
 * database's ({@link IndexState}), so it can be stale or missing without ever being wrong: the
 * tables stay the source of truth. Format: magic {@code SPIX}, version, generation, revision, count,
 * then each {@link IndexMatch} field in order (nullable strings flagged, ids -1 for none, instants
 * as epoch milliseconds).
 */
public final class IndexSnapshot {

    /** File name inside the data directory. */
    public static final String FILE = "index.snapshot";

    private static final int MAGIC = 0x53504958; // "SPIX"
    private static final int VERSION = 1;
    private static final PhoneSource[] SOURCES = PhoneSource.values();

    private IndexSnapshot() {
    }

    /**
     * A snapshot read back.
     *
     * @param generation index generation it was taken at
     * @param revision   index revision it was taken at
     * @param matches    every match of the view
     */
    public record Contents(long generation, long revision, List<IndexMatch> matches) {
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
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream raw = Files.newOutputStream(tmp);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeLong(generation);
            out.writeLong(revision);
            out.writeInt(view.entries());
            for (IndexMatch m : view.all()) {
                out.writeUTF(m.e164());
                string(out, m.rawValue());
                string(out, m.extension());
                string(out, m.phoneType());
                out.writeByte(m.source().ordinal());
                out.writeInt(m.companyId() == null ? -1 : m.companyId());
                string(out, m.companyIdentifier());
                string(out, m.companyName());
                out.writeInt(m.contactId() == null ? -1 : m.contactId());
                string(out, m.contactName());
                string(out, m.contactFirstName());
                string(out, m.contactLastName());
                string(out, m.contactEmail());
                out.writeLong(m.recordUpdatedAt() == null ? Long.MIN_VALUE : m.recordUpdatedAt().toEpochMilli());
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * @param file a snapshot file
     * @return its contents, or empty when it is missing, of another version, or damaged
     */
    public static Optional<Contents> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return Optional.empty();
            }
            long generation = in.readLong();
            long revision = in.readLong();
            int count = in.readInt();
            List<IndexMatch> matches = new ArrayList<>(count);
            StringPool pool = new StringPool();
            for (int i = 0; i < count; i++) {
                IndexMatch m = new IndexMatch(in.readUTF(), string(in), string(in), string(in), SOURCES[in.readByte()],
                        id(in.readInt()), string(in), string(in), id(in.readInt()), string(in), string(in), string(in),
                        string(in), instant(in.readLong()));
                matches.add(pool.shared(m));
            }
            return Optional.of(new Contents(generation, revision, matches));
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static Integer id(int value) {
        return value < 0 ? null : value;
    }

    private static Instant instant(long millis) {
        return millis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(millis);
    }
}
