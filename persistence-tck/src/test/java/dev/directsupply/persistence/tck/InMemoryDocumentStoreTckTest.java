package dev.directsupply.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.DocumentWrite;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.persistence.WriteBatch;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InMemoryDocumentStore passes the storage TCK")
class InMemoryDocumentStoreTckTest extends DocumentStoreTck {

    @Override
    protected DocumentStore createStore() {
        return new InMemoryDocumentStore();
    }

    @Test
    @DisplayName("a handler that relays again from inside itself is refused, and its events stay pending")
    void givenHandlerRelayingAgain_whenRelayed_thenRefusedAndEventsPending() {
        store().write(WriteBatch.builder().write(DocumentWrite.create(collection(), "c-1", StoreUnderTest.body(1),
            Map.of())).event(event("c-1", 1, "Created")).build());

        assertThatThrownBy(() -> store().relay(10, events -> store().relay(10, again -> { })))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a relay's handler");
        assertThat(pendingOfThisTest()).hasSize(1);
    }
}
