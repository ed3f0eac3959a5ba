package dev.pail.internal.protocol;

import dev.pail.internal.store.Blob;
import dev.pail.internal.store.StoredChecksum;
import java.util.Optional;

/**
 * A request payload that was read to its end and verified. Its bytes are held (counted against the
 * store's memory budget) until it is closed: the store takes its own hold when it keeps them, so a
 * handler closes the payload once it is done, whether the write succeeded or not.
 *
 * @param blob     the decoded bytes (never aws-chunked framing)
 * @param md5      the MD5 of the bytes
 * @param checksum the flexible checksum: the one the client sent, or the algorithm's default
 * @param clientChecksum whether the client named or sent the checksum (S3 echoes it then)
 */
public record Payload(Blob blob, byte[] md5, Optional<StoredChecksum> checksum, boolean clientChecksum)
        implements AutoCloseable {

    /** Lets go of the bytes (the store keeps its own hold on what it stored). */
    @Override
    public void close() {
        blob.release();
    }
}
