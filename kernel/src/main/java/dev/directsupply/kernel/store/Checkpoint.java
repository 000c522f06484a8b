package dev.directsupply.kernel.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The head of every aggregate's audit trail in one collection at one moment — its version and the
 * hash of its newest entry — sealed with the host's audit key (HMAC-SHA-256; SHA-256 without one)
 * (DS-7.2.1). A hash chain shows any change inside it, but not that its newest entries were cut off
 * and the previous document put back, nor that a whole document and its trail were deleted: the
 * chain that is left is intact. Verified against a checkpoint the host took earlier and kept outside
 * the database ({@link #export()}, {@link #parse}), such a trail shows: it no longer reaches the
 * head the checkpoint recorded. Changes made after the newest checkpoint are covered by the chain
 * alone, so a host takes checkpoints as often as it can afford to lose the newest writes unseen.
 *
 * @param collection the collection
 * @param takenAt    when it was taken, from the SDK's clock
 * @param keyed      whether an audit key sealed it
 * @param heads      each aggregate's head by id, in id order
 * @param seal       the seal over everything above, as {@link #export()} writes it
 */
public record Checkpoint(String collection, Instant takenAt, boolean keyed, SortedMap<String, Head> heads,
                         String seal) {
    private static final String MAGIC = "directsupply-checkpoint 1";

    /**
     * One aggregate's head.
     *
     * @param version the newest version its trail recorded
     * @param hash    the hash of the entry for that version
     */
    public record Head(long version, String hash) {
        public Head {
            if (version < 1) {
                throw new IllegalArgumentException("a checkpoint head has version 1 or more but was " + version);
            }
            Objects.requireNonNull(hash, "hash");
        }
    }

    public Checkpoint {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(takenAt, "takenAt");
        heads = Collections.unmodifiableSortedMap(new TreeMap<>(heads));
        Objects.requireNonNull(seal, "seal");
    }

    /** A checkpoint of the heads, sealed with the seal's key. */
    static Checkpoint sealed(String collection, Instant takenAt, Map<String, Head> heads, AuditSeal seal) {
        TreeMap<String, Head> sorted = new TreeMap<>(heads);
        return new Checkpoint(collection, takenAt, seal.isKeyed(), sorted,
            seal.checkpointSeal(content(collection, takenAt, seal.isKeyed(), sorted)));
    }

    /** The aggregate's head, if the checkpoint recorded it. */
    public Optional<Head> head(String id) {
        return Optional.ofNullable(heads.get(id));
    }

    /** Whether the seal matches the content under this audit seal's key: not forged, not edited. */
    public boolean isSealedBy(AuditSeal auditSeal) {
        return keyed == auditSeal.isKeyed()
            && auditSeal.checkpointSeal(content(collection, takenAt, keyed, heads)).equals(seal);
    }

    /**
     * The checkpoint as text for the host to keep outside the database: one line per aggregate
     * ({@code version hash id}, the id URL-encoded), then the seal.
     */
    public String export() {
        return content(collection, takenAt, keyed, heads) + "seal " + seal + "\n";
    }

    /**
     * A checkpoint from its {@link #export()} text; whether it is genuine is
     * {@link #isSealedBy(AuditSeal)}, which verification checks.
     *
     * @throws IllegalArgumentException when the text is not a checkpoint
     */
    public static Checkpoint parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] lines = text.split("\n", -1);
        try {
            if (lines.length < 6 || !lines[0].equals(MAGIC)) {
                throw new IllegalArgumentException("not a checkpoint: it does not start with '" + MAGIC + "'");
            }
            String collection = after(lines[1], "collection ");
            Instant takenAt = Instant.parse(after(lines[2], "taken "));
            boolean keyed = Boolean.parseBoolean(after(lines[3], "keyed "));
            int count = Integer.parseInt(after(lines[4], "heads "));
            if (count < 0 || lines.length < 6 + count) {
                throw new IllegalArgumentException("not a checkpoint: it names " + count + " heads but holds fewer");
            }
            TreeMap<String, Head> heads = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                String[] parts = lines[5 + i].split(" ", 3);
                if (parts.length != 3) {
                    throw new IllegalArgumentException("not a checkpoint: head line " + (i + 1) + " is not 'version hash id'");
                }
                heads.put(URLDecoder.decode(parts[2], StandardCharsets.UTF_8),
                    new Head(Long.parseLong(parts[0]), parts[1]));
            }
            String seal = after(lines[5 + count], "seal ");
            return new Checkpoint(collection, takenAt, keyed, heads, seal);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a checkpoint: " + e.getMessage(), e);
        }
    }

    private static String after(String line, String prefix) {
        if (!line.startsWith(prefix)) {
            throw new IllegalArgumentException("not a checkpoint: expected a line starting '" + prefix + "'");
        }
        return line.substring(prefix.length());
    }

    private static String content(String collection, Instant takenAt, boolean keyed, SortedMap<String, Head> heads) {
        StringBuilder text = new StringBuilder(64 + heads.size() * 100).append(MAGIC).append('\n')
            .append("collection ").append(collection).append('\n')
            .append("taken ").append(takenAt).append('\n')
            .append("keyed ").append(keyed).append('\n')
            .append("heads ").append(heads.size()).append('\n');
        heads.forEach((id, head) -> text.append(head.version()).append(' ').append(head.hash()).append(' ')
            .append(URLEncoder.encode(id, StandardCharsets.UTF_8)).append('\n'));
        return text.toString();
    }
}
