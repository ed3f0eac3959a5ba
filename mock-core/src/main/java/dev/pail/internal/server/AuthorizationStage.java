package dev.pail.internal.server;

import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.policy.RequestAuthorizer;
import dev.pail.internal.protocol.S3Request;

/**
 * The pipeline's access-control step, after authentication: a request its principal may not make is
 * refused with 403 {@code AccessDenied} (see {@link RequestAuthorizer}), explained in the journal.
 */
final class AuthorizationStage {

    private final RequestAuthorizer authorizer;

    AuthorizationStage(HandlerContext context) {
        this.authorizer = new RequestAuthorizer(context);
    }

    /** The request, authorized, or S3's refusal. */
    S3Request authorize(S3Request request) {
        return authorizer.authorize(request);
    }
}
