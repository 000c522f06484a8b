package dev.directsupply.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.persistence.Document;
import dev.directsupply.persistence.Unchanged;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Decoded documents kept by version, and the copy a trusting attempt takes (ADR 0029). */
class VersionedCacheTest {
    private final VersionedCache<String> cache = new VersionedCache<>();
    private final AtomicInteger decoded = new AtomicInteger();

    private String decode(String body) {
        decoded.incrementAndGet();
        return body.toUpperCase();
    }

    private String read(long version, String body) {
        return cache.of(new Document("agreements", "li.na", version, body, Map.of(), ""), this::decode);
    }

    @Test
    @DisplayName("the same version read again is not decoded again; a newer one is")
    void givenSameVersionTwice_whenRead_thenDecodedOnce() {
        read(1, "first");
        read(1, "first");
        read(2, "second");

        assertThat(decoded).hasValue(2);
    }

    @Test
    @DisplayName("a trusting attempt takes the newest version read, even after an older one came back, and stands on it")
    void givenNewerThenOlderRead_whenCopyTaken_thenTheNewerAndItsVersionIsRecorded() {
        read(2, "second");
        read(1, "first");
        TrustedCopies copies = TrustedCopies.trusting();

        String copy = copies.during(() -> cache.copy("agreements", "li.na").orElseThrow());

        assertThat(copy).isEqualTo("SECOND");
        assertThat(copies.reliedOn()).containsExactly(new Unchanged("agreements", "li.na", 2));
    }

    @Test
    @DisplayName("outside a trusting attempt, and for a document never read, no copy is handed out")
    void givenNoAttemptOrNoCopy_whenAsked_thenNone() {
        read(1, "first");

        assertThat(cache.copy("agreements", "li.na")).isEmpty();
        assertThat(TrustedCopies.fresh().during(() -> cache.copy("agreements", "li.na"))).isEmpty();
        assertThat(TrustedCopies.trusting().during(() -> cache.copy("agreements", "wang.wei"))).isEmpty();
    }

    @Test
    @DisplayName("an attempt inside another restores the outer one when it ends")
    void givenNestedAttempts_whenInnerEnds_thenOuterInForce() {
        read(1, "first");
        TrustedCopies outer = TrustedCopies.trusting();

        List<Boolean> trusting = outer.during(() -> {
            boolean inner = TrustedCopies.fresh().during(TrustedCopies::mayUseCopies);
            return List.of(inner, TrustedCopies.mayUseCopies());
        });

        assertThat(trusting).containsExactly(false, true);
        assertThat(TrustedCopies.mayUseCopies()).isFalse();
    }
}
