package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.Registry;

/**
 * Operations S3 no longer offers, or offers only elsewhere, answered as S3 answers a general
 * purpose bucket of a new account: S3 Select and S3 Object Lambda's WriteGetObjectResponse.
 */
public final class UnavailableHandlers {

    public void register(Registry handlers) {
        handlers.put(S3Operation.SELECT_OBJECT_CONTENT, request -> {
            throw new S3Exception(S3ErrorCode.METHOD_NOT_ALLOWED,
                    "S3 Select is not available to this account: Amazon S3 no longer offers it to new customers.")
                    .detail("Method", "POST").detail("ResourceType", "OBJECT");
        });
        handlers.put(S3Operation.WRITE_GET_OBJECT_RESPONSE, request -> {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "WriteGetObjectResponse answers an S3 Object Lambda "
                    + "request; Pail has no Object Lambda access points, so no request route or token is valid.");
        });
    }
}
