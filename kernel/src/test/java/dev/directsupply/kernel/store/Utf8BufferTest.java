package dev.directsupply.kernel.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The buffer a thread writes documents into: reused, unless a document made it larger than a megabyte. */
class Utf8BufferTest {

    @Test
    @DisplayName("a buffer of up to a megabyte is kept for the thread's next document, emptied")
    void givenBufferUpToTheLimit_whenReleased_thenKeptAndEmptied() {
        Utf8Buffer buffer = Utf8Buffer.empty();
        buffer.write(new byte[Utf8Buffer.KEEP], 0, Utf8Buffer.KEEP);
        assertThat(buffer.bytes().length).isEqualTo(Utf8Buffer.KEEP);

        buffer.release();
        Utf8Buffer next = Utf8Buffer.empty();

        assertThat(next).isSameAs(buffer);
        assertThat(next.size()).isZero();
    }

    @Test
    @DisplayName("a buffer grown past a megabyte is let go after use")
    void givenBufferPastTheLimit_whenReleased_thenLetGo() {
        Utf8Buffer buffer = Utf8Buffer.empty();
        buffer.write(new byte[Utf8Buffer.KEEP + 1], 0, Utf8Buffer.KEEP + 1);

        buffer.release();

        assertThat(Utf8Buffer.empty()).isNotSameAs(buffer);
    }

    @Test
    @DisplayName("the text of the bytes written, in UTF-8")
    void givenUtf8Bytes_whenRead_thenText() {
        Utf8Buffer buffer = Utf8Buffer.empty();
        byte[] utf8 = "客户".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        buffer.write(utf8, 0, utf8.length);

        assertThat(buffer.text()).isEqualTo("客户");
        assertThat(buffer.size()).isEqualTo(6);
    }
}
