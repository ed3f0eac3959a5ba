package dev.pail.internal.handler.policy;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.access.policy.Policy;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.RequestDocuments;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.ResponseBody;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.xml.PolicyStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** PutBucketPolicy, GetBucketPolicy, DeleteBucketPolicy and GetBucketPolicyStatus. */
public final class PolicyHandlers {

    public static final String POLICY = "policy";
    /** S3's limit on a bucket policy's size. */
    public static final int MAX_BYTES = 20 * 1024;

    private final HandlerContext context;

    public PolicyHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.PUT_BUCKET_POLICY, this::putPolicy);
        handlers.put(S3Operation.GET_BUCKET_POLICY, this::getPolicy);
        handlers.put(S3Operation.DELETE_BUCKET_POLICY, this::deletePolicy);
        handlers.put(S3Operation.GET_BUCKET_POLICY_STATUS, this::getPolicyStatus);
    }

    private S3Response putPolicy(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        byte[] body = PayloadReader.readSmall(request, RequestDocuments.MAX_DOCUMENT_BYTES);
        if (body.length > MAX_BYTES) {
            throw new S3Exception(S3ErrorCode.MALFORMED_POLICY, "Policies must be less than 20 KB");
        }
        String text = utf8(body);
        Policy policy = Policy.parse(text, bucket.name());
        if (policy.isPublic() && Boolean.TRUE.equals(BucketAccess.publicAccessBlock(bucket).blockPublicPolicy)) {
            throw new S3Exception(S3ErrorCode.ACCESS_DENIED)
                    .explain("BlockPublicPolicy (Block Public Access) refuses a public bucket policy");
        }
        bucket.putConfiguration(POLICY, text);
        return S3Response.status(200).build();
    }

    private S3Response getPolicy(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String policy = stored(bucket);
        return S3Response.status(200)
                .body(new ResponseBody.Bytes(policy.getBytes(StandardCharsets.UTF_8), "application/json")).build();
    }

    private S3Response deletePolicy(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        bucket.removeConfiguration(POLICY);
        return S3Response.status(204).build();
    }

    private S3Response getPolicyStatus(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        Policy policy = Policy.parse(stored(bucket), bucket.name());
        return XmlResponses.ok(new PolicyStatus(policy.isPublic()));
    }

    private static String stored(Bucket bucket) {
        return bucket.configuration(POLICY).orElseThrow(() -> new S3Exception(S3ErrorCode.NO_SUCH_BUCKET_POLICY)
                .detail("BucketName", bucket.name()));
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new S3Exception(S3ErrorCode.MALFORMED_POLICY, "Policies must be valid JSON and the first byte must be '{'");
        }
    }
}
