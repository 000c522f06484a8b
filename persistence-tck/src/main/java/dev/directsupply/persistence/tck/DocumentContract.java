package dev.directsupply.persistence.tck;

import static dev.directsupply.persistence.tck.StoreUnderTest.body;
import static dev.directsupply.persistence.tck.StoreUnderTest.normalized;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.WriteBatch;
import java.util.List;
import java.util.Map;
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
        update("c-1", 1, 2, Map.of());
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
}
