package dev.pail.internal.server;

import dev.pail.internal.protocol.HttpRequest;
import dev.pail.internal.protocol.S3Response;

/** One stage of the request pipeline: turns a raw request into a response. */
@FunctionalInterface
interface ExchangeHandler {

    /** Handles the request; never throws for S3 errors (the error boundary renders them). */
    S3Response handle(HttpRequest request) throws Exception;
}
