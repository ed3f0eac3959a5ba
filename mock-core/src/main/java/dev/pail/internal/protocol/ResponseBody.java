package dev.pail.internal.protocol;

import dev.pail.internal.store.Blob;
import java.util.Objects;

/** What a response carries after its headers. */
public sealed interface ResponseBody {

    /** No body. */
    ResponseBody EMPTY = new Empty();

    /** The body's length in bytes. */
    long length();

    /** No body at all. */
    record Empty() implements ResponseBody {
        @Override
        public long length() {
            return 0;
        }
    }

    /**
     * A small body held in memory (XML documents).
     *
     * @param bytes       the bytes
     * @param contentType its media type
     */
    record Bytes(byte[] bytes, String contentType) implements ResponseBody {
        /** Validates the components. */
        public Bytes {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(contentType, "contentType");
        }

        @Override
        public long length() {
            return bytes.length;
        }
    }

    /**
     * Object content, written from the stored chunks without copying them into one array.
     *
     * @param blob the bytes to send
     */
    record Content(Blob blob) implements ResponseBody {
        /** Validates the component. */
        public Content {
            Objects.requireNonNull(blob, "blob");
        }

        @Override
        public long length() {
            return blob.size();
        }
    }
}
