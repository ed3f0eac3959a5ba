package dev.pail.internal.server;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.HttpRequest;
import dev.pail.internal.protocol.ResponseBody;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.StoreException;
import dev.pail.internal.xml.ErrorDocument;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place errors become responses: S3's XML error document with the code's status, no body
 * for HEAD. Unexpected failures become {@code InternalError}, never a stack trace on the wire.
 */
final class ErrorBoundary implements ExchangeHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorBoundary.class);
    /**
     * Every refusal that says why (authentication, access control), at DEBUG; the standalone server
     * turns it on, so that its log tells a non-JVM user what decided each 403.
     */
    static final String REFUSALS_LOGGER = "dev.pail.refusals";
    private static final Logger REFUSALS = LoggerFactory.getLogger(REFUSALS_LOGGER);

    private final ExchangeHandler next;

    ErrorBoundary(ExchangeHandler next) {
        this.next = next;
    }

    @Override
    public S3Response handle(HttpRequest request) {
        try {
            return next.handle(request);
        } catch (S3Exception e) {
            e.explanation().ifPresent(why -> {
                request.trace().authDetail(why); // e.g. a chunk signature that failed mid-body
                REFUSALS.debug("refused {} {} {} from {}: {} {}: {}", request.trace().operation().operationName(),
                        request.method(), request.rawPath(), request.trace().principal().orElse("anonymous"),
                        e.status(), e.code().code(), why);
            });
            return render(e, request);
        } catch (StoreException e) {
            return render(StoreErrors.toS3(e), request);
        } catch (RequestBodyStream.RequestTimeoutException e) {
            LOG.debug("request {}: {}", request.requestId(), e.getMessage());
            return render(new S3Exception(S3ErrorCode.REQUEST_TIMEOUT), request);
        } catch (IOException e) {
            LOG.debug("request {} body could not be read", request.requestId(), e);
            return render(new S3Exception(S3ErrorCode.INCOMPLETE_BODY), request);
        } catch (OutOfMemoryError e) {
            LOG.debug("request {}: the heap is exhausted", request.requestId(), e);
            return render(new S3Exception(S3ErrorCode.INSUFFICIENT_CAPACITY, "The JVM's heap is exhausted: give it "
                    + "more (-Xmx) or Pail a lower Pail.builder().maxStoredBytes(...)."), request);
        } catch (Exception | StackOverflowError e) {
            LOG.warn("request {} {} {} failed", request.requestId(), request.method(), request.rawPath(), e);
            return render(new S3Exception(S3ErrorCode.INTERNAL_ERROR), request);
        }
    }

    /** Renders an S3 error for a request. */
    static S3Response render(S3Exception error, HttpRequest request) {
        S3ErrorCode code = error.code();
        S3Response.Builder response = S3Response.status(error.status()).errorCode(code.code());
        for (Map.Entry<String, String> header : error.headers()) {
            response.header(header.getKey(), header.getValue());
        }
        if (error.status() == 304 || request.isHead()) {
            return response.build();
        }
        ErrorDocument document = new ErrorDocument(code.code(), error.getMessage(), error.details(),
                request.rawPath(), request.requestId(), request.hostId());
        return response.body(new ResponseBody.Bytes(document.toXml(), "application/xml")).build();
    }
}
