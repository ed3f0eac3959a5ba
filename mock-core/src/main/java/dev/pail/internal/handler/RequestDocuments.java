package dev.pail.internal.handler;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/** Request bodies that are XML documents: read, with the integrity header the model requires. */
public final class RequestDocuments {

    /** The largest configuration document accepted. */
    public static final int MAX_DOCUMENT_BYTES = 1 << 20;
    /** The operations whose model requires Content-MD5 or a flexible checksum on the request. */
    private static final Set<S3Operation> CHECKSUM_REQUIRED = EnumSet.of(S3Operation.PUT_BUCKET_CORS,
            S3Operation.PUT_BUCKET_LIFECYCLE_CONFIGURATION, S3Operation.PUT_BUCKET_ENCRYPTION,
            S3Operation.PUT_BUCKET_OWNERSHIP_CONTROLS, S3Operation.PUT_PUBLIC_ACCESS_BLOCK,
            S3Operation.PUT_BUCKET_WEBSITE, S3Operation.PUT_BUCKET_LOGGING, S3Operation.PUT_BUCKET_REPLICATION,
            S3Operation.PUT_BUCKET_REQUEST_PAYMENT, S3Operation.PUT_BUCKET_POLICY, S3Operation.PUT_BUCKET_ACL,
            S3Operation.PUT_OBJECT_ACL, S3Operation.CREATE_BUCKET_METADATA_TABLE_CONFIGURATION,
            S3Operation.CREATE_BUCKET_METADATA_CONFIGURATION,
            S3Operation.UPDATE_BUCKET_METADATA_INVENTORY_TABLE_CONFIGURATION,
            S3Operation.UPDATE_BUCKET_METADATA_JOURNAL_TABLE_CONFIGURATION);

    private RequestDocuments() {
    }

    /** Reads a request's body as a document of that type, refusing an empty one. */
    public static <T> T read(S3Request request, Class<T> type) throws IOException {
        requireIntegrityHeader(request);
        byte[] body = PayloadReader.readSmall(request, MAX_DOCUMENT_BYTES);
        if (body.length == 0) {
            throw new S3Exception(S3ErrorCode.MISSING_REQUEST_BODY_ERROR, "Request Body is empty");
        }
        return XmlCodec.fromXml(body, type);
    }

    /** S3 refuses these operations without Content-MD5 or a flexible checksum. */
    public static void requireIntegrityHeader(S3Request request) {
        if (CHECKSUM_REQUIRED.contains(request.operation())) {
            requireIntegrity(request.headers());
        }
    }

    /** Refuses a request without Content-MD5 or a flexible checksum. */
    public static void requireIntegrity(Headers headers) {
        boolean present = headers.has("content-md5") || headers.has("x-amz-trailer")
                || headers.has("x-amz-sdk-checksum-algorithm")
                || headers.names().stream().anyMatch(n -> n.startsWith("x-amz-checksum-") && !n.equals("x-amz-checksum-mode"));
        if (!present) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "Missing required header for this request: Content-MD5");
        }
    }
}
