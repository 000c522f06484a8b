package dev.directsupply.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.ScanPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A collection can be read whole, page by page, in id order. */
public interface ScanContract extends StoreUnderTest {

    @Test
    @DisplayName("an empty collection scans as one empty last page")
    default void givenEmptyCollection_whenScanned_thenEmptyLastPage() {
        ScanPage page = store().scan(collection(), null, 10);

        assertThat(page.documents()).isEmpty();
        assertThat(page.nextAfter()).isEmpty();
    }

    @Test
    @DisplayName("pages follow one another in id order and the last names no next page")
    default void givenSevenDocuments_whenScannedByThree_thenThreePagesInIdOrder() {
        for (String id : List.of("g", "c", "a", "e", "b", "f", "d")) {
            create(id, 1, Map.of());
        }

        ScanPage first = store().scan(collection(), null, 3);
        ScanPage second = store().scan(collection(), first.nextAfter().orElseThrow(), 3);
        ScanPage third = store().scan(collection(), second.nextAfter().orElseThrow(), 3);

        assertThat(first.documents()).extracting(Document::id).containsExactly("a", "b", "c");
        assertThat(second.documents()).extracting(Document::id).containsExactly("d", "e", "f");
        assertThat(third.documents()).extracting(Document::id).containsExactly("g");
        assertThat(third.nextAfter()).isEmpty();
    }

    @Test
    @DisplayName("the largest limit reads the whole collection as one last page")
    default void givenDocuments_whenScannedWithLargestLimit_thenOneLastPage() {
        for (String id : List.of("b", "a", "c")) {
            create(id, 1, Map.of());
        }

        ScanPage page = store().scan(collection(), null, Integer.MAX_VALUE);

        assertThat(page.documents()).extracting(Document::id).containsExactly("a", "b", "c");
        assertThat(page.nextAfter()).isEmpty();
    }

    @Test
    @DisplayName("forEach visits every document exactly once")
    default void givenDocuments_whenVisited_thenEachOnce() {
        for (int i = 0; i < 25; i++) {
            create("doc-%03d".formatted(i), i, Map.of());
        }
        List<String> visited = new ArrayList<>();

        store().forEach(collection(), 4, d -> visited.add(d.id()));

        assertThat(visited).hasSize(25).doesNotHaveDuplicates().isSorted();
    }

    @Test
    @DisplayName("a page names a next page exactly when documents follow it: a full last page names none")
    default void givenThreeDocuments_whenScannedByThreeAndByTwo_thenNextOnlyWhenMoreFollow() {
        for (String id : List.of("c", "a", "b")) {
            create(id, 1, Map.of());
        }

        ScanPage whole = store().scan(collection(), null, 3);
        ScanPage firstTwo = store().scan(collection(), null, 2);
        ScanPage afterLast = store().scan(collection(), "c", 2);

        assertThat(whole.documents()).hasSize(3);
        assertThat(whole.nextAfter()).isEmpty();
        assertThat(firstTwo.documents()).extracting(Document::id).containsExactly("a", "b");
        assertThat(firstTwo.nextAfter()).contains("b");
        assertThat(afterLast.documents()).isEmpty();
        assertThat(afterLast.nextAfter()).isEmpty();
    }

    @Test
    @DisplayName("a scan hands out exactly its limit when more documents are stored, and the current versions")
    default void givenTenDocuments_whenScannedByOneToTen_thenExactlyTheLimit() {
        for (int i = 0; i < 10; i++) {
            create("d-" + i, 1, Map.of());
        }
        update("d-0", 1, 2, Map.of());

        for (int limit = 1; limit <= 10; limit++) {
            assertThat(store().scan(collection(), null, limit).documents()).as("limit %d", limit).hasSize(limit);
        }
        assertThat(store().scan(collection(), null, 1).documents().get(0).version()).isEqualTo(2);
    }

    @Test
    @DisplayName("a scan limit below 1 is refused")
    default void givenLimitZero_whenScanned_thenRefused() {
        create("a", 1, Map.of());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store().scan(collection(), null, 0))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
