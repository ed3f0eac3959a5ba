package dev.pail.internal.protocol;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.internal.auth.AuthResult;
import dev.pail.internal.auth.ChunkSignatureChain;
import dev.pail.internal.auth.Principal;
import dev.pail.internal.error.S3Exception;
import java.io.InputStream;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request resolved to an S3 operation: what operation handlers see. It carries no server types.
 */
public final class S3Request {

    private final HttpRequest http;
    private final S3Operation operation;
    private final S3Address address;
    private final QueryParameters query;
    private final Optional<AuthResult> authentication;
    private final KeyAuthorizer keyAuthorizer;
    private final boolean governanceBypassAllowed;

    /**
     * @param http      the raw request
     * @param operation the operation it resolved to
     * @param address   where it points
     * @param query     its decoded query parameters
     */
    public S3Request(HttpRequest http, S3Operation operation, S3Address address, QueryParameters query) {
        this(http, operation, address, query, Optional.empty(), KeyAuthorizer.ALLOW_ALL, true);
    }

    private S3Request(HttpRequest http, S3Operation operation, S3Address address, QueryParameters query,
                      Optional<AuthResult> authentication, KeyAuthorizer keyAuthorizer, boolean governanceBypassAllowed) {
        this.http = Objects.requireNonNull(http, "http");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.address = Objects.requireNonNull(address, "address");
        this.query = Objects.requireNonNull(query, "query");
        this.authentication = authentication;
        this.keyAuthorizer = Objects.requireNonNull(keyAuthorizer, "keyAuthorizer");
        this.governanceBypassAllowed = governanceBypassAllowed;
    }

    /** The same request, authenticated. */
    public S3Request authenticated(AuthResult result) {
        return new S3Request(http, operation, address, query, Optional.of(result), keyAuthorizer, governanceBypassAllowed);
    }

    /** The same request, with what authorizes each key of it (for operations on many keys). */
    public S3Request authorized(KeyAuthorizer authorizer) {
        return new S3Request(http, operation, address, query, authentication, authorizer, governanceBypassAllowed);
    }

    /** The same request, whose caller may not {@code s3:BypassGovernanceRetention}: its bypass header counts for nothing. */
    public S3Request withoutGovernanceBypass() {
        return new S3Request(http, operation, address, query, authentication, keyAuthorizer, false);
    }

    /**
     * Whether the request asks to bypass GOVERNANCE retention ({@code x-amz-bypass-governance-retention:
     * true}) and its caller may ({@code s3:BypassGovernanceRetention}).
     */
    public boolean bypassesGovernance() {
        return governanceBypassAllowed && http.headers().first("x-amz-bypass-governance-retention")
                .map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
    }

    /**
     * Checks that the request may apply {@code keyOperation} to one of its keys (DeleteObjects' keys).
     *
     * @throws dev.pail.internal.error.S3Exception 403 {@code AccessDenied} when access control refuses
     */
    public void checkKeyAccess(S3Operation keyOperation, String key, Optional<String> versionId) {
        keyAuthorizer.check(keyOperation, key, versionId);
    }

    /** Who the request is from; empty before authentication (and in tests of single handlers). */
    public Optional<Principal> principal() {
        return authentication.map(AuthResult::principal);
    }

    /** The chain that verifies the body's chunk signatures, when the body is signed chunk by chunk. */
    public Optional<ChunkSignatureChain> chunkSignatures() {
        return authentication.flatMap(AuthResult::chunks);
    }

    /** The raw request. */
    public HttpRequest http() {
        return http;
    }

    /** The operation. */
    public S3Operation operation() {
        return operation;
    }

    /** The address. */
    public S3Address address() {
        return address;
    }

    /** The query parameters. */
    public QueryParameters query() {
        return query;
    }

    /** The HTTP method. */
    public String method() {
        return http.method();
    }

    /** The request id. */
    public String requestId() {
        return http.requestId();
    }

    /** When the request arrived. */
    public Instant receivedAt() {
        return http.receivedAt();
    }

    /** The headers. */
    public Headers headers() {
        return http.headers();
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        return http.headers().first(name);
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParam(String name) {
        return query.first(name);
    }

    /** The request entity as received (still aws-chunked if so framed). */
    public InputStream body() {
        return http.body();
    }

    /** The bucket name; operations without one never reach code that asks. */
    public String bucket() {
        return address.bucket().orElseThrow(() -> new S3Exception(S3ErrorCode.INVALID_REQUEST, "A bucket name is required"));
    }

    /** The object key. */
    public String key() {
        return address.key().orElseThrow(() -> new S3Exception(S3ErrorCode.INVALID_REQUEST, "An object key is required"));
    }

    /**
     * The region the client signed the request for, from the SigV4 credential scope of the
     * Authorization header or a presigned URL, if there is one.
     */
    public Optional<String> signingRegion() {
        Optional<String> credential = header("authorization")
                .flatMap(S3Request::credentialFromAuthorization)
                .or(() -> queryParam("X-Amz-Credential"));
        return credential.flatMap(c -> {
            String[] scope = c.split("/");
            return scope.length >= 3 ? Optional.of(scope[2]) : Optional.empty();
        });
    }

    private static Optional<String> credentialFromAuthorization(String authorization) {
        int at = authorization.indexOf("Credential=");
        if (at < 0) {
            return Optional.empty();
        }
        int end = authorization.indexOf(',', at);
        return Optional.of(authorization.substring(at + "Credential=".length(), end < 0 ? authorization.length() : end).trim());
    }

    @Override
    public String toString() {
        return operation.operationName() + " " + http.method() + " " + http.rawPath();
    }
}
