package dev.pail.internal.handler;

import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import java.io.IOException;

/** Handles one S3 operation. Throws {@link dev.pail.internal.error.S3Exception} for S3 errors. */
@FunctionalInterface
public interface OperationHandler {

    /**
     * @param request the resolved request
     * @return the response
     * @throws IOException when reading the request body fails
     */
    public S3Response handle(S3Request request) throws IOException;
}
