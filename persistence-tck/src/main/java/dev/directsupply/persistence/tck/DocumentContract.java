package dev.directsupply.persistence.tck;

import static dev.directsupply.persistence.tck.StoreUnderTest.body;
import static dev.directsupply.persistence.tck.StoreUnderTest.normalized;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.OutboxEvent;
import dev.directsupply.persistence.PendingEvent;
import dev.directsupply.persistence.WriteBatch;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Documents are created, read back as written, and replaced version by version. */
public interface DocumentContract extends StoreUnderTest {

    @Test
    @DisplayName("a document that was never written reads as absent")
    default void givenNoDocument_whenRead_thenAbsent() {
        assertThat(store().read(collection(), "nobody")).isEmpty();
    }

    @Test
    @DisplayName("a created document reads back at version 1 with its body, attributes and audit hash")
    default void givenNewDocument_whenCreated_thenReadBackAtVersionOne() {
        store().write(WriteBatch.of(
            DocumentWrite.create(collection(), "c-1", body(7), Map.of("tier", "LARGE")).withAuditHash("h1")));

        Document read = store().read(collection(), "c-1").orElseThrow();

        assertThat(read.version()).isEqualTo(1);
        assertThat(normalized(read.body())).isEqualTo(normalized(body(7)));
        assertThat(read.attributes()).containsExactlyEntriesOf(Map.of("tier", "LARGE"));
        assertThat(read.auditHash()).isEqualTo("h1");
    }

    @Test
    @DisplayName("an update naming the current version stores the next version and replaces the body")
    default void givenDocument_whenUpdatedWithCurrentVersion_thenVersionGrowsByOne() {
        create("c-1", 1, Map.of());
        assertThat(store().read(collection(), "c-1").orElseThrow().version()).isEqualTo(1);
        update("c-1", 1, 2, Map.of());
        assertThat(store().read(collection(), "c-1").orElseThrow().version()).isEqualTo(2);
        update("c-1", 2, 3, Map.of());

        Document read = store().read(collection(), "c-1").orElseThrow();

        assertThat(read.version()).isEqualTo(3);
        assertThat(StoreUnderTest.counter(read.body())).isEqualTo(3);
    }

    @Test
    @DisplayName("a batch of several documents stores every one of them")
    default void givenBatchOfSeveralDocuments_whenWritten_thenAllStored() {
        create("c-1", 1, Map.of());
        store().write(WriteBatch.builder()
            .write(DocumentWrite.update(collection(), "c-1", 1, body(2), Map.of()))
            .write(DocumentWrite.create(collection(), "c-2", body(1), Map.of()))
            .write(DocumentWrite.create(collection(), "c-3", body(1), Map.of()))
            .build());

        assertThat(List.of("c-1", "c-2", "c-3"))
            .map(id -> store().read(collection(), id).orElseThrow().version())
            .containsExactly(2L, 1L, 1L);
    }

    @Test
    @DisplayName("documents of other collections with the same id are separate documents")
    default void givenSameIdInTwoCollections_whenRead_thenEachHasItsOwn() {
        create("c-1", 1, Map.of());
        String other = collection() + "-other";
        store().write(WriteBatch.of(DocumentWrite.create(other, "c-1", body(99), Map.of())));

        assertThat(StoreUnderTest.counter(store().read(collection(), "c-1").orElseThrow().body())).isEqualTo(1);
        assertThat(StoreUnderTest.counter(store().read(other, "c-1").orElseThrow().body())).isEqualTo(99);
    }

    @Test
    @DisplayName("a body with non-ASCII text, quotes and escapes is stored as written")
    default void givenUnicodeBody_whenStored_thenReadBackUnchanged() {
        String json = "{\"name\": \"上海直供客户 \\\"A\\\" – ü\"}";
        store().write(WriteBatch.of(DocumentWrite.create(collection(), "c-1", json, Map.of("name", "上海"))));

        Document read = store().read(collection(), "c-1").orElseThrow();

        assertThat(normalized(read.body())).isEqualTo(normalized(json));
        assertThat(store().findBy(collection(), "name", "上海")).hasSize(1);
    }

    @Test
    @DisplayName("ids are case-sensitive: Acme, acme and ACME are three documents, and id order is String order")
    default void givenIdsDifferingInCase_whenWritten_thenSeparateDocumentsInStringOrder() {
        create("Acme", 1, Map.of());
        create("acme", 2, Map.of());

        assertThat(store().read(collection(), "ACME")).isEmpty();
        assertThat(StoreUnderTest.counter(store().read(collection(), "Acme").orElseThrow().body())).isEqualTo(1);
        assertThat(StoreUnderTest.counter(store().read(collection(), "acme").orElseThrow().body())).isEqualTo(2);
        create("ACME", 3, Map.of());
        create("_x", 4, Map.of());
        create("9z", 5, Map.of());
        assertThat(store().scan(collection(), null, 10).documents()).extracting(Document::id)
            .containsExactly("9z", "ACME", "Acme", "_x", "acme");
    }

    @Test
    @DisplayName("ids of the longest length (128 characters) are kept whole: two differing in the last are two documents")
    default void givenLongestIds_whenWritten_thenKeptWhole() {
        String stem = "x".repeat(127);
        create(stem + "a", 1, Map.of());
        create(stem + "b", 2, Map.of());

        assertThat(store().read(collection(), stem + "a").orElseThrow().id()).isEqualTo(stem + "a");
        assertThat(StoreUnderTest.counter(store().read(collection(), stem + "b").orElseThrow().body())).isEqualTo(2);
        assertThat(store().scan(collection(), null, 10).documents()).extracting(Document::id)
            .containsExactly(stem + "a", stem + "b");
    }

    @Test
    @DisplayName("a body, an event payload and an audit detail of the promised largest size come back whole")
    default void givenLargestTexts_whenStored_thenWhole() {
        String body = largeJson(DocumentStore.MIN_TEXT_LENGTH);
        String detail = largeJson(DocumentStore.MIN_TEXT_LENGTH);
        OutboxEvent event = new OutboxEvent(UUID.randomUUID(), "Large", collection(), "big", 1, T0,
            largeJson(DocumentStore.MIN_TEXT_LENGTH));
        store().write(WriteBatch.builder()
            .write(DocumentWrite.create(collection(), "big", body, Map.of()).withAuditHash("h1"))
            .event(event)
            .audit(new dev.directsupply.persistence.AuditEntry(collection(), "big", 1, "actor-1", "tck.write", T0,
                detail, "b1", "", "h1"))
            .build());

        assertThat(normalized(store().read(collection(), "big").orElseThrow().body())).isEqualTo(normalized(body));
        assertThat(store().auditTrail(collection(), "big")).singleElement()
            .satisfies(entry -> assertThat(entry.detail()).isEqualTo(detail));
        assertThat(pendingOfThisTest()).extracting(PendingEvent::event).singleElement()
            .satisfies(read -> assertThat(normalized(read.payload())).isEqualTo(normalized(event.payload())));
    }

    /** A JSON object of exactly {@code length} characters, mixing scripts so that no encoding shortens it unseen. */
    private static String largeJson(int length) {
        String prefix = "{\"text\": \"";
        String suffix = "\"}";
        StringBuilder json = new StringBuilder(length).append(prefix);
        String pattern = "上海直供0123456789abcdefü";
        while (json.length() < length - suffix.length()) {
            json.append(pattern.charAt(json.length() % pattern.length()));
        }
        return json.append(suffix).toString();
    }

    @Test
    @DisplayName("collections are apart: scans, audit trails and creates of one never meet another's documents")
    default void givenSameIdsInTwoCollections_whenScannedAndAudited_thenEachSeesItsOwn() {
        String other = collection() + "-other";
        store().write(WriteBatch.builder()
            .write(DocumentWrite.create(other, "a", body(9), Map.of()))
            .write(DocumentWrite.create(other, "c-1", body(9), Map.of()))
            .audit(new dev.directsupply.persistence.AuditEntry(other, "c-1", 1, "actor-1", "tck.write", T0, "{}",
                "b1", "", "other-h1"))
            .build());
        store().write(WriteBatch.builder()
            .write(DocumentWrite.create(collection(), "c-1", body(1), Map.of()))
            .audit(auditEntry("c-1", 1, "h1", ""))
            .build());

        assertThat(store().scan(collection(), null, 10).documents()).extracting(Document::collection, Document::id)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(collection(), "c-1"));
        assertThat(store().auditTrail(collection(), "c-1")).extracting(e -> e.hash()).containsExactly("h1");
        assertThat(store().auditTrail(other, "c-1")).extracting(e -> e.hash()).containsExactly("other-h1");
        assertThat(store().read(collection(), "a")).isEmpty();
    }
}
