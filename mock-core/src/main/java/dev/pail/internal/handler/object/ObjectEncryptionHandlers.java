package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.ObjectKeys;
import dev.pail.internal.handler.ObjectLookup;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.xml.ObjectEncryption;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** UpdateObjectEncryption: changes a stored object's server-side encryption to SSE-KMS. */
public final class ObjectEncryptionHandlers {

    private final HandlerContext context;

    public ObjectEncryptionHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.UPDATE_OBJECT_ENCRYPTION, this::updateEncryption);
    }

    private S3Response updateEncryption(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        ObjectVersion version = ObjectLookup.find(bucket, ObjectKeys.valid(request.key()),
                request.queryParam("versionId"));
        ObjectEncryption body = XmlCodec.fromXml(PayloadReader.readSmall(request, 64 << 10), ObjectEncryption.class);
        if (body.sseKms == null || body.sseKms.kmsKeyArn == null || body.sseKms.kmsKeyArn.isBlank()) {
            throw new S3Exception(S3ErrorCode.MALFORMED_XML);
        }
        if (version.metadata().systemHeaders().containsKey(CustomerKeys.KEY_MD5)) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                    "The encryption type of objects encrypted with customer-provided keys cannot be updated.");
        }
        Map<String, String> system = new LinkedHashMap<>(version.metadata().systemHeaders());
        system.put("x-amz-server-side-encryption", "aws:kms");
        system.put("x-amz-server-side-encryption-aws-kms-key-id", body.sseKms.kmsKeyArn.trim());
        if (body.sseKms.bucketKeyEnabled != null) {
            system.put("x-amz-server-side-encryption-bucket-key-enabled", body.sseKms.bucketKeyEnabled.toString());
        }
        bucket.updateMetadata(version.key(), version.versionId(), m -> m.withSystemHeaders(system));
        return S3Response.status(200).build();
    }
}
