package dev.directsupply.kernel.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a document is written in UTF-8 on its way to the store: one per thread, reused, so that the
 * bytes are hashed and turned into the stored text where they were written, with no copy between.
 * A buffer that grew past {@link #KEEP} is let go after use rather than kept for the thread.
 */
public final class Utf8Buffer extends ByteArrayOutputStream {
    /** The largest buffer a thread keeps between documents. */
    static final int KEEP = 1 << 20;
    private static final ThreadLocal<Utf8Buffer> BUFFERS = ThreadLocal.withInitial(Utf8Buffer::new);

    private Utf8Buffer() {
        super(4096);
    }

    /** This thread's buffer, emptied. */
    static Utf8Buffer empty() {
        Utf8Buffer buffer = BUFFERS.get();
        buffer.reset();
        return buffer;
    }

    /** Lets go of a buffer that grew too large to keep. */
    void release() {
        if (buf.length > KEEP) {
            BUFFERS.remove();
        }
    }

    /** The bytes written; valid up to {@link #size()}, until the buffer is written again. */
    byte[] bytes() {
        return buf;
    }

    /** The text of the bytes written. */
    String text() {
        return new String(buf, 0, count, StandardCharsets.UTF_8);
    }
}
