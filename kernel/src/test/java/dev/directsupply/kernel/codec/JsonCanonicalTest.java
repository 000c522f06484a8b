package dev.directsupply.kernel.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The canonical JSON that event seals cover (DS-7.2.1): reformatting keeps it, editing does not. */
class JsonCanonicalTest {

    @Test
    @DisplayName("DS-7.2.1 JSON reformatted as PostgreSQL's JSONB does has the same canonical form")
    void givenReformattedJson_whenCanonical_thenSame() {
        String written = "{\"invoiceId\":\"INV-1\",\"amount\":1000.00,\"lines\":[{\"b\":1,\"a\":\"上海\\u0001\"}],\"paid\":false,\"note\":null}";
        String reformatted = "{\"note\": null, \"paid\": false, \"lines\": [{\"a\": \"\\u4e0a\\u6d77\\u0001\", \"b\": 1.0}], "
            + "\"amount\": 1E+3, \"invoiceId\": \"INV-1\"}";

        assertThat(Json.canonical(reformatted)).isEqualTo(Json.canonical(written))
            .isEqualTo("{\"amount\":1000,\"invoiceId\":\"INV-1\",\"lines\":[{\"a\":\"上海\\u0001\",\"b\":1}],"
                + "\"note\":null,\"paid\":false}");
    }

    @Test
    @DisplayName("DS-7.2.1 an edited value changes the canonical form")
    void givenEditedValue_whenCanonical_thenDifferent() {
        assertThat(Json.canonical("{\"amount\":1000.00}")).isNotEqualTo(Json.canonical("{\"amount\":1.00}"));
        assertThat(Json.canonical("[1,2]")).isNotEqualTo(Json.canonical("[2,1]"));
        assertThat(Json.canonical("{\"a\":\"1\"}")).isNotEqualTo(Json.canonical("{\"a\":1}"));
        assertThat(Json.canonical("{\"a\":0.000}")).isEqualTo(Json.canonical("{\"a\":0}")).isEqualTo("{\"a\":0}");
    }

    @Test
    @DisplayName("text that is not JSON is refused")
    void givenNotJson_whenCanonical_thenRefused() {
        assertThatThrownBy(() -> Json.canonical("{not json")).isInstanceOf(UncheckedIOException.class);
    }
}
