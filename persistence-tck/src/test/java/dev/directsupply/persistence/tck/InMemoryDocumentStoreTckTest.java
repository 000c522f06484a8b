package dev.directsupply.persistence.tck;

import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryDocumentStore passes the storage TCK")
class InMemoryDocumentStoreTckTest extends DocumentStoreTck {

    @Override
    protected DocumentStore createStore() {
        return new InMemoryDocumentStore();
    }
}
