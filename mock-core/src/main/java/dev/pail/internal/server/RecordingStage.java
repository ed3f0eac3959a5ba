package dev.pail.internal.server;

import dev.pail.S3ErrorCode;
import dev.pail.internal.protocol.HttpRequest;
import dev.pail.internal.protocol.MalformedAddressException;
import dev.pail.internal.protocol.QueryParameters;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.recording.Journal;
import dev.pail.internal.recording.RequestTrace;
import dev.pail.recording.RecordedRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outermost stage: hands the request on, then records it, with what the pipeline learnt on
 * the way (operation, bucket, key, body, fault) and how it was answered. Rejected and faulted
 * requests are recorded like any other; a delayed request is recorded when its wait is over and
 * its answer known.
 */
final class RecordingStage implements ExchangeHandler {

    private final ExchangeHandler next;
    private final Journal journal;

    RecordingStage(ExchangeHandler next, Journal journal) {
        this.next = next;
        this.journal = journal;
    }

    @Override
    public S3Response handle(HttpRequest request) throws Exception {
        return next.handle(request).whenReady(response -> {
            journal.record(request.trace().ticket(), record(request, response));
            return response;
        });
    }

    static RecordedRequest record(HttpRequest request, S3Response response) {
        RequestTrace trace = request.trace();
        return new RecordedRequest(trace.sequence(), request.receivedAt(), trace.operation(), request.method(),
                request.rawPath(), trace.bucket(), trace.key(), query(request.rawQuery()), request.headers().asMap(),
                trace.capturedBody(), trace.bodySize(), response.status(),
                response.errorCode().flatMap(S3ErrorCode::fromCode), trace.fault(), trace.principal(), trace.authMethod(),
                trace.authDetail());
    }

    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try {
            QueryParameters parameters = QueryParameters.parse(rawQuery);
            for (String name : parameters.names()) {
                out.put(name, parameters.all(name));
            }
        } catch (MalformedAddressException e) {
            out.put(rawQuery, List.of(""));
        }
        return out;
    }
}
