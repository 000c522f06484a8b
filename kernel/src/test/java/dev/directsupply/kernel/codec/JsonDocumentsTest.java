package dev.directsupply.kernel.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Stored documents: the aggregate under the layout it was written in; a newer layout is refused, not misread. */
class JsonDocumentsTest {
    record Parcel(String id, String to, int weight) {
    }

    private final JsonDocuments<Parcel> parcels = JsonDocuments.of(Parcel.class, 2, Parcel::id,
        parcel -> Map.of("to", parcel.to()));
    private final Parcel parcel = new Parcel("p-1", "上海", 3);

    @Test
    @DisplayName("an aggregate is stored under its layout, non-ASCII escaped, and reads back equal")
    void givenAggregate_whenEncoded_thenLayoutAndValueAndReadBack() {
        String body = parcels.encode(parcel);

        assertThat(body).isEqualTo("{\"layout\":2,\"value\":{\"id\":\"p-1\",\"to\":\"\\u4E0A\\u6D77\",\"weight\":3}}");
        assertThat(parcels.decode(body)).isEqualTo(parcel);
        assertThat(parcels.decode("{\"layout\":1,\"value\":{\"id\":\"p-1\",\"to\":\"x\",\"weight\":1}}").to())
            .as("an older layout this SDK still reads").isEqualTo("x");
        assertThat(parcels.id(parcel)).isEqualTo("p-1");
        assertThat(parcels.attributes(parcel)).containsExactly(Map.entry("to", "上海"));
    }

    @Test
    @DisplayName("writing to a stream gives the same UTF-8 bytes as the text")
    void givenAggregate_whenEncodedToStream_thenSameAsText() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        parcels.encodeTo(parcel, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(parcels.encode(parcel));
    }

    @Test
    @DisplayName("a document of a newer layout is refused naming both layouts, readable or not")
    void givenNewerLayout_whenDecoded_thenRefusedNamingTheLayouts() {
        assertThatThrownBy(() -> parcels.decode("{\"layout\":3,\"value\":{\"id\":\"p-1\",\"to\":\"x\",\"weight\":1}}"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("Parcel stored in layout 3 by a newer SDK; this one reads up to 2");
        assertThatThrownBy(() -> parcels.decode("{\"layout\":3,\"value\":{\"id\":\"p-1\",\"recipient\":\"x\"}}"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("Parcel stored in layout 3 by a newer SDK; this one reads up to 2");
    }

    @Test
    @DisplayName("a document of this layout that cannot be read, or is not JSON, is an I/O failure naming the type")
    void givenUnreadableDocument_whenDecoded_thenCannotRead() {
        for (String body : new String[] {"{\"layout\":2,\"value\":{\"recipient\":\"x\"}}",
            "{\"layout\":\"two\",\"value\":{}}", "not json", "{\"value\":{\"weight\":\"heavy\"}}"}) {
            assertThatThrownBy(() -> parcels.decode(body)).as(body)
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read Parcel from JSON");
        }
    }

    @Test
    @DisplayName("a document without its value is refused")
    void givenNoValue_whenDecoded_thenRefused() {
        assertThatThrownBy(() -> parcels.decode("{\"layout\":2}"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("Parcel stored without its value");
    }

    @Test
    @DisplayName("layouts are numbered from 1")
    void givenLayoutZero_whenCodecMade_thenRefused() {
        assertThatThrownBy(() -> JsonDocuments.of(Parcel.class, 0, Parcel::id, p -> Map.of()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("layouts are numbered from 1, not 0");
    }
}
