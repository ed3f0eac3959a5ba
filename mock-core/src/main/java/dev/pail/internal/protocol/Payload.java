package dev.pail.internal.protocol;

import dev.pail.internal.store.Blob;
import dev.pail.internal.store.StoredChecksum;
import java.util.Optional;

/**
 * A request payload that was read to its end and verified.
 *
 * @param blob     the decoded bytes (never aws-chunked framing)
 * @param md5      the MD5 of the bytes
 * @param checksum the flexible checksum: the one the client sent, or the algorithm's default
 * @param clientChecksum whether the client named or sent the checksum (S3 echoes it then)
 */
public record Payload(Blob blob, byte[] md5, Optional<StoredChecksum> checksum, boolean clientChecksum) {
}
