package dev.pail.internal.server;

import dev.pail.fault.FaultRule;
import dev.pail.fault.S3Fault;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.HttpRequest;
import dev.pail.internal.protocol.S3Response;
import dev.pail.recording.RecordedRequest;
import java.util.List;
import java.util.Optional;

/**
 * Applies the fault rules: between recording and the error boundary, it resolves the request,
 * matches it against the rules as far as it is known before it is served (no body, no status), and
 * when a rule applies, notes the fault on the request's trace and answers with it. Errors and bare
 * statuses answer without dispatching, so the store is untouched; delays answer with a deferred
 * response; connection faults serve the request (except a reset) and leave the fault on the
 * response for the server adapter to enact.
 */
final class FaultStage implements ExchangeHandler {

    private final ExchangeHandler next;
    private final FaultRegistry faults;
    private final List<String> baseDomains;

    FaultStage(ExchangeHandler next, FaultRegistry faults, List<String> baseDomains) {
        this.next = next;
        this.faults = faults;
        this.baseDomains = List.copyOf(baseDomains);
    }

    @Override
    public S3Response handle(HttpRequest request) throws Exception {
        if (faults.isEmpty()) {
            return next.handle(request);
        }
        Optional<FaultRule> rule = faults.select(provisional(request));
        if (rule.isEmpty()) {
            return next.handle(request);
        }
        S3Fault fault = rule.get().fault();
        request.trace().faulted(fault);
        return enact(fault, request);
    }

    /** The request as the journal would show it before it is served: resolved, no body, status 0. */
    private RecordedRequest provisional(HttpRequest request) {
        Resolution.of(request, baseDomains); // notes operation, bucket and key on the trace
        return RecordingStage.record(request, S3Response.status(0).build());
    }

    private S3Response enact(S3Fault fault, HttpRequest request) throws Exception {
        if (fault instanceof S3Fault.ErrorResponse error) {
            return ErrorBoundary.render(new S3Exception(error.code(), error.message()), request);
        }
        if (fault instanceof S3Fault.Status status) {
            return S3Response.status(status.status()).build();
        }
        if (fault instanceof S3Fault.Delay delay) {
            return S3Response.later(delay.delay(), () -> delay.then().isPresent()
                    ? enact(delay.then().get(), request)
                    : next.handle(request));
        }
        if (fault instanceof S3Fault.ConnectionReset) {
            return S3Response.status(0).build().withConnectionFault(fault);
        }
        return next.handle(request).withConnectionFault(fault);
    }
}
