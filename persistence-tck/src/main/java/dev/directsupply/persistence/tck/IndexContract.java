package dev.directsupply.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.Lookup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Look-ups by indexed attribute see exactly the current versions. */
public interface IndexContract extends StoreUnderTest {

    @Test
    @DisplayName("a look-up finds every document with the value, in id order, and no other")
    default void givenDocuments_whenFoundByAttribute_thenExactlyTheMatchesInIdOrder() {
        createTiered();

        assertThat(store().findBy(collection(), "tier", "LARGE")).extracting(Document::id)
            .containsExactly("c-1", "c-3");
        assertThat(store().findBy(collection(), "industry", "SERVICES")).extracting(Document::id)
            .containsExactly("c-3");
        assertThat(store().findBy(collection(), "tier", "MEDIUM")).isEmpty();
        assertThat(store().findBy(collection(), "unknown", "LARGE")).isEmpty();
    }

    @Test
    @DisplayName("several look-ups at once find, for each in the order asked, what it alone finds")
    default void givenDocuments_whenFoundEach_thenEachLookupAsFindByAnswersIt() {
        createTiered();
        String other = collection() + "-other";
        store().write(dev.directsupply.persistence.WriteBatch.of(
            dev.directsupply.persistence.DocumentWrite.create(other, "x-1", StoreUnderTest.body(1),
                Map.of("tier", "LARGE"))));
        List<Lookup> lookups = List.of(new Lookup(collection(), "tier", "LARGE"),
            new Lookup(collection(), "tier", "MEDIUM"), new Lookup(other, "tier", "LARGE"),
            new Lookup(collection(), "industry", "SERVICES"), new Lookup(collection(), "tier", "LARGE"));

        List<List<Document>> found = store().findEach(lookups);

        assertThat(found).hasSize(lookups.size());
        for (int i = 0; i < lookups.size(); i++) {
            Lookup lookup = lookups.get(i);
            assertThat(found.get(i)).as(lookup.toString())
                .containsExactlyElementsOf(store().findBy(lookup.collection(), lookup.attribute(), lookup.value()));
        }
        assertThat(found.get(0)).extracting(Document::id).containsExactly("c-1", "c-3");
        assertThat(found.get(2)).extracting(Document::collection).containsExactly(other);
        assertThat(store().findEach(List.of())).isEmpty();
        assertThat(store().findEach(List.of(new Lookup(collection(), "tier", "SMALL"))))
            .singleElement().satisfies(one -> assertThat(one).extracting(Document::id).containsExactly("c-2"));
    }

    @Test
    @DisplayName("after an update the old value no longer matches and the new one does")
    default void givenUpdatedAttribute_whenFound_thenOnlyTheNewValueMatches() {
        create("c-1", 1, Map.of("tier", "SMALL"));
        update("c-1", 1, 2, Map.of("tier", "LARGE"));

        assertThat(store().findBy(collection(), "tier", "SMALL")).isEmpty();
        assertThat(store().findBy(collection(), "tier", "LARGE")).extracting(Document::version).containsExactly(2L);
    }

    @Test
    @DisplayName("an attribute dropped by an update no longer matches")
    default void givenAttributeDroppedByUpdate_whenFound_thenNoMatch() {
        create("c-1", 1, Map.of("tier", "SMALL", "status", "ACTIVE"));
        update("c-1", 1, 2, Map.of("status", "ACTIVE"));

        assertThat(store().findBy(collection(), "tier", "SMALL")).isEmpty();
        assertThat(store().findBy(collection(), "status", "ACTIVE")).hasSize(1);
    }

    @Test
    @DisplayName("a look-up stays within its collection")
    default void givenSameAttributeInAnotherCollection_whenFound_thenNotMixedIn() {
        create("c-1", 1, Map.of("tier", "LARGE"));
        String other = collection() + "-other";
        store().write(dev.directsupply.persistence.WriteBatch.of(
            dev.directsupply.persistence.DocumentWrite.create(other, "x-1", StoreUnderTest.body(1),
                Map.of("tier", "LARGE"))));

        assertThat(store().findBy(collection(), "tier", "LARGE")).extracting(Document::id).containsExactly("c-1");
    }

    @Test
    @DisplayName("a look-up hands back the current version, also when the update left the attribute as it was")
    default void givenUpdateKeepingTheAttribute_whenFound_thenCurrentVersion() {
        create("c-1", 1, Map.of("tier", "LARGE"));
        store().findBy(collection(), "tier", "LARGE");
        update("c-1", 1, 2, Map.of("tier", "LARGE"));
        update("c-1", 2, 3, Map.of("tier", "LARGE"));

        assertThat(store().findBy(collection(), "tier", "LARGE")).singleElement().satisfies(found -> {
            assertThat(found.version()).isEqualTo(3);
            assertThat(StoreUnderTest.counter(found.body())).isEqualTo(3);
        });
    }

    @Test
    @DisplayName("a look-up matches the attribute's name and value exactly: another case or a space is another value")
    default void givenAttribute_whenFoundByAnotherCase_thenNoMatch() {
        create("c-1", 1, Map.of("tier", "LARGE"));
        create("c-2", 1, Map.of("tier", "large"));

        assertThat(store().findBy(collection(), "tier", "LARGE")).extracting(Document::id).containsExactly("c-1");
        assertThat(store().findBy(collection(), "tier", "large")).extracting(Document::id).containsExactly("c-2");
        assertThat(store().findBy(collection(), "tier", "Large")).isEmpty();
        assertThat(store().findBy(collection(), "tier", "LARGE ")).isEmpty();
        assertThat(store().findBy(collection(), "Tier", "LARGE")).isEmpty();
    }

    /** Two LARGE documents (c-3 also in SERVICES) written out of id order, and a SMALL one. */
    private void createTiered() {
        create("c-3", 1, Map.of("tier", "LARGE", "industry", "SERVICES"));
        create("c-1", 1, Map.of("tier", "LARGE"));
        create("c-2", 1, Map.of("tier", "SMALL"));
    }
}
