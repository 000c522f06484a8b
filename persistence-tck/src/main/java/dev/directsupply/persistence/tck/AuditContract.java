package dev.directsupply.persistence.tck;

import static dev.directsupply.persistence.tck.StoreUnderTest.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.persistence.AuditEntry;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.WriteBatch;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Audit entries are stored with their batch, kept as written, and read back oldest first. */
public interface AuditContract extends StoreUnderTest {

    @Test
    @DisplayName("a document's audit trail holds one entry per audited write, oldest first, as written")
    default void givenAuditedWrites_whenTrailRead_thenEntriesInVersionOrder() {
        AuditEntry first = auditEntry("c-1", 1, "h1", "");
        AuditEntry second = auditEntry("c-1", 2, "h2", "h1");
        store().write(WriteBatch.builder()
            .write(DocumentWrite.create(collection(), "c-1", body(1), Map.of()).withAuditHash("h1"))
            .audit(first).build());
        store().write(WriteBatch.builder()
            .write(DocumentWrite.update(collection(), "c-1", 1, body(2), Map.of()).withAuditHash("h2"))
            .audit(second).build());

        assertThat(store().auditTrail(collection(), "c-1")).containsExactly(first, second);
        assertThat(store().read(collection(), "c-1").orElseThrow().auditHash()).isEqualTo("h2");
    }

    @Test
    @DisplayName("an audit entry comes back exactly as written: detail text, microseconds, hashes")
    default void givenAuditEntry_whenRead_thenExactlyAsWritten() {
        AuditEntry written = new AuditEntry(collection(), "c-1", 1, "li.na", "RegisterCustomer",
            java.time.Instant.parse("2024-02-29T08:15:30.654321Z"), "{\"events\":[\"customer.Registered\"]}",
            "b1", "", "h1");
        store().write(WriteBatch.builder()
            .write(DocumentWrite.create(collection(), "c-1", body(1), Map.of()).withAuditHash("h1"))
            .audit(written).build());

        assertThat(store().auditTrail(collection(), "c-1")).containsExactly(written);
    }

    @Test
    @DisplayName("a document without audited writes has an empty trail, and trails do not mix")
    default void givenTwoDocuments_whenTrailsRead_thenEachHasItsOwn() {
        store().write(WriteBatch.builder()
            .write(DocumentWrite.create(collection(), "c-1", body(1), Map.of()))
            .write(DocumentWrite.create(collection(), "c-2", body(1), Map.of()))
            .audit(auditEntry("c-1", 1, "h1", ""))
            .build());

        assertThat(store().auditTrail(collection(), "c-1")).hasSize(1);
        assertThat(store().auditTrail(collection(), "c-2")).isEmpty();
        assertThat(store().auditTrail(collection(), "never-written")).isEmpty();
    }

    @Test
    @DisplayName("a long trail keeps every entry: five audited writes read back as five entries, oldest first")
    default void givenFiveAuditedWrites_whenTrailRead_thenAllFiveOldestFirst() {
        java.util.List<AuditEntry> written = new java.util.ArrayList<>();
        String previous = "";
        for (int version = 1; version <= 5; version++) {
            AuditEntry entry = auditEntry("c-1", version, "h" + version, previous);
            written.add(entry);
            store().write(WriteBatch.builder()
                .write(new DocumentWrite(collection(), "c-1", version - 1, body(version), Map.of(), "h" + version))
                .audit(entry).build());
            previous = entry.hash();
        }

        assertThat(store().auditTrail(collection(), "c-1")).containsExactlyElementsOf(written);
    }

    @Test
    @DisplayName("one audit entry looked up by its version is the trail's entry for that version, and none for a version "
        + "the trail lacks")
    default void givenTrail_whenOneEntryLookedUp_thenThatVersionsEntry() {
        AuditEntry first = auditEntry("c-1", 1, "h1", "");
        AuditEntry second = auditEntry("c-1", 2, "h2", "h1");
        store().write(WriteBatch.builder()
            .write(DocumentWrite.create(collection(), "c-1", body(1), Map.of()).withAuditHash("h1"))
            .audit(first).build());
        store().write(WriteBatch.builder()
            .write(DocumentWrite.update(collection(), "c-1", 1, body(2), Map.of()).withAuditHash("h2"))
            .audit(second).build());

        assertThat(store().auditEntry(collection(), "c-1", 1)).contains(first);
        assertThat(store().auditEntry(collection(), "c-1", 2)).contains(second);
        assertThat(store().auditEntry(collection(), "c-1", 3)).isEmpty();
        assertThat(store().auditEntry(collection(), "never-written", 1)).isEmpty();
    }
}
