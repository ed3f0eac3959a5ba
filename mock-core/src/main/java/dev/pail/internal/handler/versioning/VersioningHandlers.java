package dev.pail.internal.handler.versioning;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.handler.lock.ObjectLocks;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.VersioningState;
import dev.pail.internal.xml.VersioningConfiguration;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;

/** PutBucketVersioning and GetBucketVersioning. */
public final class VersioningHandlers {

    private static final String MFA_DELETE = "versioning-mfa-delete";

    private final HandlerContext context;

    public VersioningHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.PUT_BUCKET_VERSIONING, this::put);
        handlers.put(S3Operation.GET_BUCKET_VERSIONING, this::get);
    }

    private S3Response put(S3Request request) throws IOException {
        Bucket bucket = context.store().existingBucket(request.bucket());
        VersioningConfiguration body = XmlCodec.fromXml(PayloadReader.readSmall(request, 64 << 10),
                VersioningConfiguration.class);
        if (body.mfaDelete != null) {
            if (!body.mfaDelete.equals("Enabled") && !body.mfaDelete.equals("Disabled")) {
                throw new S3Exception(S3ErrorCode.MALFORMED_XML);
            }
            boolean mfaInvolved = body.mfaDelete.equals("Enabled")
                    || bucket.configuration(MFA_DELETE).map("Enabled"::equals).orElse(false);
            // turning MFA delete on, or off once it is on, takes a token; saying "Disabled" while it is off does not
            if (mfaInvolved && request.header("x-amz-mfa").isEmpty()) {
                throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                        "The MFA Delete setting can only be changed with a valid MFA token (x-amz-mfa), and only by the "
                                + "bucket owner's root account.");
            }
        }
        if (body.status == null && body.mfaDelete == null) {
            throw new S3Exception(S3ErrorCode.ILLEGAL_VERSIONING_CONFIGURATION_EXCEPTION,
                    "The Versioning element must be specified");
        }
        if (body.status != null) {
            VersioningState state = switch (body.status) {
                case "Enabled" -> VersioningState.ENABLED;
                case "Suspended" -> VersioningState.SUSPENDED;
                default -> throw new S3Exception(S3ErrorCode.MALFORMED_XML);
            };
            if (state == VersioningState.SUSPENDED && ObjectLocks.enabled(bucket)) {
                throw new S3Exception(S3ErrorCode.INVALID_BUCKET_STATE, "An Object Lock configuration is present on "
                        + "this bucket, so the versioning state cannot be changed.");
            }
            bucket.setVersioning(state);
        }
        if (body.mfaDelete != null) {
            bucket.putConfiguration(MFA_DELETE, body.mfaDelete);
        }
        return S3Response.status(200).build();
    }

    private S3Response get(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        VersioningConfiguration result = new VersioningConfiguration();
        result.status = switch (bucket.versioning()) {
            case ENABLED -> "Enabled";
            case SUSPENDED -> "Suspended";
            case UNVERSIONED -> null;
        };
        result.mfaDelete = bucket.configuration(MFA_DELETE).orElse(null);
        return XmlResponses.ok(result);
    }
}
