package dev.pail.internal.server;

import dev.pail.S3Operation;
import dev.pail.internal.protocol.HttpRequest;
import dev.pail.internal.protocol.MalformedAddressException;
import dev.pail.internal.protocol.OperationResolver;
import dev.pail.internal.protocol.QueryParameters;
import dev.pail.internal.protocol.S3Address;
import java.util.List;
import java.util.Optional;

/**
 * Where a raw request points: its address, decoded query and S3 operation, noted on the request's
 * trace. Shared by the dispatcher, which serves the request, and the fault stage, which matches it
 * against the fault rules before it is served.
 *
 * @param address   the bucket and key it addresses
 * @param query     its decoded query parameters
 * @param operation the operation it resolves to; empty when none fits (S3 answers 405)
 */
record Resolution(S3Address address, QueryParameters query, Optional<S3Operation> operation) {

    /**
     * Resolves a request and notes the result on its trace.
     *
     * @return the resolution, or empty when the address or query cannot be parsed
     */
    static Optional<Resolution> of(HttpRequest http, List<String> baseDomains) {
        S3Address address;
        QueryParameters query;
        try {
            address = S3Address.parse(http.headers().first("host").orElse(null), http.rawPath(), baseDomains);
            query = QueryParameters.parse(http.rawQuery());
        } catch (MalformedAddressException e) {
            return Optional.empty();
        }
        Optional<S3Operation> operation = OperationResolver.resolve(http.method(), address, query, http.headers());
        http.trace().resolved(operation.orElse(S3Operation.UNKNOWN), address.bucket(), address.key());
        return Optional.of(new Resolution(address, query, operation));
    }
}
