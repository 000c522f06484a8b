package dev.directsupply.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.persistence.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The seal's hashes are pinned: a trail sealed by one version of the SDK verifies under the next. */
class AuditSealTest {
    private static final Instant AT = Instant.parse("2026-03-15T01:00:00.123456Z");
    private static final byte[] KEY = "0123456789abcdef0123".getBytes(StandardCharsets.US_ASCII);

    @Test
    @DisplayName("DS-7.2.1 an entry's hash is SHA-256 over its length-prefixed fields in UTF-8, Chinese and odd characters included")
    void givenEntry_whenSealed_thenHashOverLengthPrefixedUtf8() throws Exception {
        AuditEntry entry = AuditSeal.unkeyed().seal("customers", "客户-1", 3, "li.na", "RegisterCustomer", AT,
            "{\"events\":[\"customer.CustomerRegistered\"]}", "body\uD800hash", "prev");

        assertThat(entry.hash()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(canonical(entry))));
        assertThat(AuditSeal.unkeyed().isIntact(entry)).isTrue();
    }

    @Test
    @DisplayName("DS-7.2.1 with a key the hash is HMAC-SHA-256 over the same bytes, and another key does not verify it")
    void givenKey_whenSealed_thenHmacOverTheSameBytes() throws Exception {
        AuditEntry entry = AuditSeal.withKey(KEY).seal("orders", "SO-1", 1, "wu.gang", "ShipOrder", AT, "{}",
            "b", "");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));

        assertThat(entry.hash()).isEqualTo(HexFormat.of().formatHex(mac.doFinal(canonical(entry))));
        assertThat(AuditSeal.withKey("another key of 16+ bytes".getBytes(StandardCharsets.US_ASCII)).isIntact(entry))
            .isFalse();
    }

    @Test
    @DisplayName("a body is hashed the same whether given as text, as bytes, or as the first bytes of a buffer")
    void givenBody_whenHashedEachWay_thenSame() {
        AuditSeal seal = AuditSeal.unkeyed();
        byte[] utf8 = "{\"name\":\"客户\"}".getBytes(StandardCharsets.UTF_8);
        byte[] longer = java.util.Arrays.copyOf(utf8, utf8.length + 10);

        assertThat(seal.bodyHash("{\"name\":\"客户\"}")).isEqualTo(seal.bodyHash(utf8))
            .isEqualTo(seal.bodyHash(longer, utf8.length));
    }

    @Test
    @DisplayName("an audit key has at least 16 bytes")
    void givenKeysOfSeveralLengths_whenSealing_thenSixteenBytesOrMore() {
        assertThat(AuditSeal.withKey(new byte[16]).isKeyed()).isTrue();
        assertThat(AuditSeal.unkeyed().isKeyed()).isFalse();
        assertThatThrownBy(() -> AuditSeal.withKey(new byte[15])).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("an audit key has at least 16 bytes");
        assertThatThrownBy(() -> AuditSeal.withKey(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("DS-7.2.1 an entry with a long detail is hashed over every byte of it, and a change at its end is caught")
    void givenLongDetails_whenSealed_thenHashOverAllOfThem() throws Exception {
        String detail = "{\"events\":[\"" + "订单已发货".repeat(20_000) + "\"]}";
        AuditSeal seal = AuditSeal.unkeyed();
        AuditEntry entry = seal.seal("orders", "SO-1", 2, "wu.gang", "ShipOrder", AT, detail, "b", "p");
        AuditEntry changed = seal.seal("orders", "SO-1", 2, "wu.gang", "ShipOrder", AT,
            detail.substring(0, detail.length() - 3) + "!]}", "b", "p");

        assertThat(entry.hash()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(canonical(entry))));
        assertThat(changed.hash()).isNotEqualTo(entry.hash());
    }

    private static byte[] canonical(AuditEntry entry) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {entry.collection(), entry.documentId(), Long.toString(entry.version()),
            entry.actorId(), entry.action(), entry.occurredAt().toString(), entry.detail(), entry.bodyHash(),
            entry.previousHash()}) {
            text.append(field.length()).append(':').append(field).append('|');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
