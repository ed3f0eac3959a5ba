package dev.pail.internal.server;

import dev.pail.User;
import dev.pail.internal.events.AccessLogEntry;
import dev.pail.internal.events.AccessLogFormat;
import dev.pail.internal.events.AccessLogOperations;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.events.AccessLogs;
import dev.pail.internal.protocol.HttpRequest;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.recording.RequestTrace;
import dev.pail.recording.AuthMethod;
import java.time.Duration;
import java.util.Optional;

/**
 * Writes a server access log record for every request to a bucket that logs, once the request is
 * answered: who asked what, how it was answered, how long it took ("Amazon S3 server access log
 * format"). Requests to buckets that do not log cost one configuration lookup.
 */
final class AccessLogStage implements ExchangeHandler {

    private final ExchangeHandler next;
    private final AccessLogs logs;
    private final HandlerContext context;

    AccessLogStage(ExchangeHandler next, AccessLogs logs, HandlerContext context) {
        this.next = next;
        this.logs = logs;
        this.context = context;
    }

    @Override
    public S3Response handle(HttpRequest request) throws Exception {
        return next.handle(request).whenReady(response -> {
            request.trace().bucket().flatMap(logs::destination).ifPresent(destination ->
                    logs.add(destination.target(), entry(request, response, destination.bucketOwner())));
            return response;
        });
    }

    private AccessLogEntry entry(HttpRequest request, S3Response response, String bucketOwner) {
        RequestTrace trace = request.trace();
        long millis = Math.max(0, Duration.between(request.receivedAt(), context.now()).toMillis());
        String target = request.rawPath() + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery());
        boolean download = request.method().equals("GET") && response.status() / 100 == 2;
        return AccessLogEntry.builder()
                .bucketOwner(bucketOwner)
                .bucket(trace.bucket().orElse(""))
                .time(request.receivedAt())
                .remoteIp(trace.sourceIp())
                .requester(trace.principal().flatMap(key -> context.users().byAccessKey(key))
                        .map(User::canonicalId).orElse(null))
                .requestId(request.requestId())
                .operation(AccessLogOperations.name(trace.operation(), request.method(), trace.key().isPresent()))
                .key(trace.key().orElse(null))
                .requestUri(AccessLogFormat.requestLine(request.method(), target, "HTTP/1.1"))
                .httpStatus(response.status())
                .errorCode(response.errorCode().orElse(null))
                .bytesSent(request.isHead() ? 0 : response.body().length())
                .objectSize(download ? Long.valueOf(response.body().length()) : trace.bodySize() > 0 ? trace.bodySize() : null)
                .totalTimeMillis(millis)
                .turnAroundTimeMillis(millis)
                .referer(request.headers().first("referer").orElse(null))
                .userAgent(request.headers().first("user-agent").orElse(null))
                .versionId(response.header("x-amz-version-id").orElse(null))
                .hostId(request.hostId())
                .signatureVersion(signatureVersion(trace.authMethod()).orElse(null))
                .cipherSuite(trace.secure() ? "ECDHE-RSA-AES128-GCM-SHA256" : null)
                .authenticationType(authenticationType(trace.authMethod()).orElse(null))
                .hostHeader(request.headers().first("host").orElse(null))
                .tlsVersion(trace.secure() ? "TLSv1.2" : null)
                .sourceRegion(null)
                .build();
    }

    private static Optional<String> signatureVersion(AuthMethod method) {
        return switch (method) {
            case SIGV4_HEADER, SIGV4_CHUNKED, SIGV4_PRESIGNED -> Optional.of("SigV4");
            case SIGV2_HEADER, SIGV2_PRESIGNED -> Optional.of("SigV2");
            default -> Optional.empty();
        };
    }

    private static Optional<String> authenticationType(AuthMethod method) {
        return switch (method) {
            case SIGV4_HEADER, SIGV4_CHUNKED, SIGV2_HEADER -> Optional.of("AuthHeader");
            case SIGV4_PRESIGNED, SIGV2_PRESIGNED -> Optional.of("QueryString");
            case POST_POLICY -> Optional.of("AuthHeader");
            default -> Optional.empty();
        };
    }
}
