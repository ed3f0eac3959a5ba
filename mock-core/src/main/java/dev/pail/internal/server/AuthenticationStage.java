package dev.pail.internal.server;

import dev.pail.S3Operation;
import dev.pail.internal.auth.AuthRequest;
import dev.pail.internal.auth.AuthResult;
import dev.pail.internal.auth.Authenticator;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.protocol.AddressingStyle;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.recording.RequestTrace;
import dev.pail.internal.store.Bucket;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline's authentication step: turns a resolved request into what {@link Authenticator}
 * judges (no server types cross into {@code internal.auth}), notes the principal and any refusal
 * in the request's trace; what the principal (anonymous included) may do is access control's to decide.
 */
final class AuthenticationStage {

    /** Operations S3 serves whatever region the client signed for. */
    private static final Set<S3Operation> ANY_REGION = EnumSet.of(S3Operation.CREATE_BUCKET, S3Operation.LIST_BUCKETS,
            S3Operation.LIST_DIRECTORY_BUCKETS, S3Operation.WRITE_GET_OBJECT_RESPONSE, S3Operation.UNKNOWN);

    private final HandlerContext context;
    private final Authenticator authenticator;

    AuthenticationStage(HandlerContext context) {
        this.context = context;
        this.authenticator = new Authenticator(context.users(), context.authentication());
    }

    /** The request with its principal, or S3's refusal. */
    S3Request authenticate(S3Request request) {
        RequestTrace trace = request.http().trace();
        if (request.operation() == S3Operation.POST_OBJECT) {
            return request; // a form upload is authenticated by its form's policy signature
        }
        // a refusal's explanation reaches the journal through the error boundary
        AuthResult result = authenticator.authenticate(authRequest(request), expectedRegion(request));
        trace.authenticated(result.principal().accessKeyId(), result.principal().method());
        result.detail().ifPresent(trace::authDetail);
        return request.authenticated(result);
    }

    private AuthRequest authRequest(S3Request request) {
        Optional<String> hostBucket = request.address().style() == AddressingStyle.VIRTUAL_HOST
                ? request.address().bucket() : Optional.empty();
        return new AuthRequest(request.method(), request.http().rawPath(), request.http().rawQuery(),
                request.headers().asMap(), hostBucket, context.clock().instant(), Instant.now());
    }

    private Optional<String> expectedRegion(S3Request request) {
        if (ANY_REGION.contains(request.operation())) {
            return Optional.empty();
        }
        return request.address().bucket().flatMap(name -> context.store().bucket(name)).map(Bucket::region);
    }
}
