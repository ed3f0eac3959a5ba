package dev.pail.internal.server;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.OperationHandler;
import dev.pail.internal.handler.RequestChecks;
import dev.pail.internal.protocol.HttpRequest;
import dev.pail.internal.protocol.S3Address;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves a request to its operation, authenticates and authorizes it and hands it to that operation's handler, through an
 * {@link EnumMap}. Operations without a handler answer 501 {@code NotImplemented}, naming the operation.
 */
final class Dispatcher implements ExchangeHandler {

    private final Map<S3Operation, OperationHandler> handlers;
    private final List<String> baseDomains;
    private final AuthenticationStage authentication;
    private final AuthorizationStage authorization;

    Dispatcher(Map<S3Operation, OperationHandler> handlers, List<String> baseDomains, HandlerContext context) {
        this.handlers = new EnumMap<>(handlers);
        this.baseDomains = List.copyOf(baseDomains);
        this.authentication = new AuthenticationStage(context);
        this.authorization = new AuthorizationStage(context);
    }

    @Override
    public S3Response handle(HttpRequest http) throws Exception {
        S3Request authenticated = authentication.authenticate(resolve(http));
        OperationHandler handler = handlers.get(authenticated.operation());
        if (handler == null) {
            throw new S3Exception(S3ErrorCode.NOT_IMPLEMENTED, authenticated.operation().operationName()
                    + " is not implemented by Pail yet.").detail("Operation", authenticated.operation().operationName());
        }
        S3Request request = authorization.authorize(authenticated);
        RequestChecks.check(request);
        return handler.handle(request);
    }

    /** Parses the address and query of a raw request and resolves its operation. */
    S3Request resolve(HttpRequest http) {
        Resolution resolution = Resolution.of(http, baseDomains).orElseThrow(() ->
                new S3Exception(S3ErrorCode.INVALID_URI, "Couldn't parse the specified URI.").detail("URI", http.rawPath()));
        S3Address address = resolution.address();
        if (resolution.operation().isEmpty()) {
            throw new S3Exception(S3ErrorCode.METHOD_NOT_ALLOWED)
                    .detail("Method", http.method())
                    .detail("ResourceType", address.isObject() ? "OBJECT" : address.isBucket() ? "BUCKET" : "SERVICE");
        }
        return new S3Request(http, resolution.operation().get(), address, resolution.query());
    }
}
