package dev.directsupply.persistence;

import java.util.List;
import java.util.Optional;

/**
 * One page of a collection scan, in id order.
 *
 * @param documents the documents of this page
 * @param nextAfter the id to pass to the next {@link DocumentStore#scan} call (the id of this page's
 *                  last document), present exactly when documents follow this page
 */
public record ScanPage(List<Document> documents, Optional<String> nextAfter) {

    public ScanPage {
        documents = List.copyOf(documents);
        nextAfter = nextAfter == null ? Optional.empty() : nextAfter;
    }
}
