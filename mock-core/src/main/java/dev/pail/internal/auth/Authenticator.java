package dev.pail.internal.auth;

import dev.pail.Authentication;
import dev.pail.S3ErrorCode;
import dev.pail.User;
import dev.pail.internal.error.S3Exception;
import dev.pail.recording.AuthMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Establishes who a request is from, as S3 does: finds the one signature it carries (SigV4 or SigV2,
 * in the {@code Authorization} header or the query), looks its access key up and verifies it. In
 * {@link Authentication#LENIENT} mode a request with an unknown key, or none, is the default user's;
 * in {@link Authentication#STRICT} mode an unknown key is refused and an unsigned request is
 * anonymous, and the request time must be within 15 minutes of the system clock.
 */
public final class Authenticator {

    /** S3's allowance between the request time and its own. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(15);

    private final UserDirectory users;
    private final Authentication mode;

    /**
     * @param users the users the server knows
     * @param mode  how strictly
     */
    public Authenticator(UserDirectory users, Authentication mode) {
        this.users = Objects.requireNonNull(users, "users");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * @param request        the request
     * @param expectedRegion the region S3 expects signatures for (the bucket's), empty when any is accepted
     * @throws S3Exception S3's refusal
     */
    public AuthResult authenticate(AuthRequest request, Optional<String> expectedRegion) {
        Optional<String> authorization = request.header("authorization");
        boolean v4Query = request.queryParameter("X-Amz-Algorithm").isPresent()
                || request.queryParameter("X-Amz-Signature").isPresent();
        boolean v2Query = request.queryParameter("AWSAccessKeyId").isPresent();
        if (authorization.isPresent() && (v4Query || v2Query)) {
            throw S3Exception.invalidArgument("Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, "
                    + "Signature query string parameter or the Authorization header should be specified",
                    "Authorization", authorization.get()).explain("signed in both the header and the query");
        }
        if (authorization.isPresent()) {
            return fromHeader(request, authorization.get().trim(), expectedRegion);
        }
        if (v4Query) {
            Optional<String> key = request.queryParameter("X-Amz-Credential").map(c -> c.split("/", 2)[0]);
            if (key.isPresent() && isUnknownInLenientMode(key.get())) {
                return servedAsDefault(key.get(), AuthMethod.SIGV4_PRESIGNED);
            }
            return sigV4(request, SigV4Request.fromQuery(request), expectedRegion, AuthMethod.SIGV4_PRESIGNED);
        }
        if (v2Query) {
            return sigV2Query(request);
        }
        return unsigned();
    }

    private AuthResult fromHeader(AuthRequest request, String authorization, Optional<String> expectedRegion) {
        if (authorization.startsWith(SigV4Request.ALGORITHM + " ")) {
            Optional<String> key = accessKeyIdOf(authorization);
            if (key.isPresent() && isUnknownInLenientMode(key.get())) {
                return servedAsDefault(key.get(), AuthMethod.SIGV4_HEADER);
            }
            SigV4Request sig = SigV4Request.fromHeader(request, authorization);
            return sigV4(request, sig, expectedRegion, AuthMethod.SIGV4_HEADER);
        }
        if (authorization.startsWith("AWS ")) {
            return sigV2Header(request, authorization.substring(4).trim());
        }
        if (authorization.startsWith("AWS4-ECDSA-P256-SHA256 ")) {
            return sigV4a(authorization);
        }
        throw S3Exception.invalidArgument("Unsupported Authorization Type", "Authorization", authorization)
                .explain("unsupported Authorization scheme");
    }

    /** A request that carries no signature: anonymous (STRICT) or the default user (LENIENT). */
    public AuthResult unsigned() {
        if (mode == Authentication.STRICT) {
            return AuthResult.of(Principal.anonymous());
        }
        return AuthResult.of(Principal.of(users.defaultUser(), AuthMethod.UNSIGNED));
    }

    /**
     * The user of an access key: known, or in lenient mode the default user (and no verification).
     *
     * @return empty when the request is to be served as the default user without verification
     */
    public Optional<User> known(String accessKeyId) {
        Optional<User> user = users.byAccessKey(accessKeyId);
        if (user.isEmpty() && mode == Authentication.STRICT) {
            throw new S3Exception(S3ErrorCode.INVALID_ACCESS_KEY_ID).detail("AWSAccessKeyId", accessKeyId)
                    .explain("unknown access key id " + accessKeyId);
        }
        return user;
    }

    /** How an unknown key is served in lenient mode. */
    public AuthResult servedAsDefault(String accessKeyId, AuthMethod method) {
        return new AuthResult(Principal.of(users.defaultUser(), method), Optional.empty(), Optional.of(
                "unknown access key id " + accessKeyId + ": served as the default user "
                        + users.defaultUser().accessKeyId() + " without verification (lenient)"));
    }

    private AuthResult sigV4(AuthRequest request, SigV4Request sig, Optional<String> expectedRegion, AuthMethod method) {
        Optional<User> user = known(sig.credential().accessKeyId());
        if (user.isEmpty()) {
            return servedAsDefault(sig.credential().accessKeyId(), method);
        }
        sig.credential().check(sig.amzDate(), expectedRegion, sig.presigned()
                ? S3ErrorCode.AUTHORIZATION_QUERY_PARAMETERS_ERROR : S3ErrorCode.AUTHORIZATION_HEADER_MALFORMED);
        if (sig.presigned()) {
            checkExpiry(request, sig.time().plus(sig.expires().get()), "X-Amz-Expires",
                    Long.toString(sig.expires().get().toSeconds()));
        } else {
            checkSkew(request, sig.time(), request.header("x-amz-date").or(() -> request.header("date")).orElse(""));
        }
        String payloadHash = payloadHash(request, sig);
        SigV4Verifier.Verified verified = SigV4Verifier.verify(request, sig, user.get(), payloadHash);
        Optional<ChunkSignatureChain> chain = Optional.empty();
        if (payloadHash.startsWith("STREAMING-AWS4-HMAC-SHA256-PAYLOAD")) {
            chain = Optional.of(new ChunkSignatureChain(verified, payloadHash.endsWith("-TRAILER")));
            method = AuthMethod.SIGV4_CHUNKED;
        }
        return new AuthResult(Principal.of(user.get(), method), chain, Optional.empty());
    }

    private static String payloadHash(AuthRequest request, SigV4Request sig) {
        Optional<String> declared = request.header("x-amz-content-sha256").map(String::trim);
        if (sig.presigned()) {
            return declared.filter(v -> sig.signedHeaders().contains("x-amz-content-sha256")).orElse("UNSIGNED-PAYLOAD");
        }
        return declared.orElseThrow(() -> new S3Exception(S3ErrorCode.INVALID_REQUEST,
                "Missing required header for this request: x-amz-content-sha256")
                .explain("SigV4 without x-amz-content-sha256"));
    }

    /** In lenient mode an unknown key is served as the default user before anything else is judged. */
    private boolean isUnknownInLenientMode(String accessKeyId) {
        return mode == Authentication.LENIENT && users.byAccessKey(accessKeyId).isEmpty();
    }

    private static Optional<String> accessKeyIdOf(String authorization) {
        int at = authorization.indexOf("Credential=");
        return at < 0 ? Optional.empty() : Optional.of(authorization.substring(at + 11).split("[/,]", 2)[0].trim());
    }

    private AuthResult sigV4a(String authorization) {
        String accessKeyId = accessKeyIdOf(authorization).orElse("");
        Optional<User> user = known(accessKeyId);
        return new AuthResult(Principal.of(user.orElse(users.defaultUser()), AuthMethod.SIGV4_HEADER), Optional.empty(),
                Optional.of("SigV4a (ECDSA) signature accepted without verification"));
    }

    private AuthResult sigV2Header(AuthRequest request, String credentials) {
        int colon = credentials.lastIndexOf(':');
        if (colon <= 0) {
            throw S3Exception.invalidArgument("AWS authorization header is invalid.  Expected AwsAccessKeyId:signature",
                    "Authorization", "AWS " + credentials).explain("malformed SigV2 Authorization header");
        }
        String accessKeyId = credentials.substring(0, colon);
        Optional<User> user = known(accessKeyId);
        if (user.isEmpty()) {
            return servedAsDefault(accessKeyId, AuthMethod.SIGV2_HEADER);
        }
        Optional<String> dateHeader = request.header("x-amz-date").or(() -> request.header("date"));
        Instant time = dateHeader.flatMap(AmzDates::parseHttp).orElseThrow(() -> AmzDates.missingDate()
                .explain("SigV2 without a valid Date or x-amz-date header"));
        checkSkew(request, time, dateHeader.get());
        String stringToSign = SigV2.stringToSignForHeader(request);
        verifyV2(user.get(), stringToSign, credentials.substring(colon + 1));
        return AuthResult.of(Principal.of(user.get(), AuthMethod.SIGV2_HEADER));
    }

    private AuthResult sigV2Query(AuthRequest request) {
        String accessKeyId = request.queryParameter("AWSAccessKeyId").orElseThrow();
        Optional<String> signature = request.queryParameter("Signature");
        Optional<String> expires = request.queryParameter("Expires");
        if (signature.isEmpty() || expires.isEmpty()) {
            throw new S3Exception(S3ErrorCode.ACCESS_DENIED,
                    "Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters")
                    .explain("incomplete SigV2 presigned URL");
        }
        Optional<User> user = known(accessKeyId);
        if (user.isEmpty()) {
            return servedAsDefault(accessKeyId, AuthMethod.SIGV2_PRESIGNED);
        }
        Instant expiry;
        try {
            expiry = Instant.ofEpochSecond(Long.parseLong(expires.get().trim()));
        } catch (NumberFormatException e) {
            throw new S3Exception(S3ErrorCode.ACCESS_DENIED, "Invalid date (should be seconds since epoch): "
                    + expires.get()).explain("SigV2 Expires is not a number");
        }
        checkExpiry(request, expiry, null, null);
        verifyV2(user.get(), SigV2.stringToSignForQuery(request, expires.get().trim()), signature.get());
        return AuthResult.of(Principal.of(user.get(), AuthMethod.SIGV2_PRESIGNED));
    }

    private static void verifyV2(User user, String stringToSign, String provided) {
        String expected = SigV2.signature(user.secretAccessKey(), stringToSign);
        if (!Hmac.same(expected, provided)) {
            throw SigV4Verifier.mismatch(user, stringToSign, provided, null).explain("SigV2 signature mismatch for "
                    + user.accessKeyId() + ": Pail's string to sign was:\n" + stringToSign);
        }
    }

    private static void checkExpiry(AuthRequest request, Instant expiry, String parameter, String value) {
        if (request.serverTime().isAfter(expiry)) {
            long ago = Duration.between(expiry, request.serverTime()).toSeconds();
            S3Exception e = new S3Exception(S3ErrorCode.ACCESS_DENIED, "Request has expired");
            if (parameter != null) {
                e.detail(parameter, value);
            }
            throw e.detail("Expires", AmzDates.iso(expiry)).detail("ServerTime", AmzDates.iso(request.serverTime()))
                    .explain("expired " + ago + " s ago (at " + AmzDates.iso(expiry) + " by the server's clock)");
        }
    }

    private void checkSkew(AuthRequest request, Instant time, String sent) {
        if (mode != Authentication.STRICT) {
            return;
        }
        // within 15 minutes of the system clock, or of the server's clock a test moved: an SDK that read the
        // server's Date after a 403 signs with that clock, as it would with S3's
        Duration skew = Duration.between(time, request.systemTime()).abs();
        Duration fromServer = Duration.between(time, request.serverTime()).abs();
        if (skew.compareTo(MAX_SKEW) > 0 && fromServer.compareTo(MAX_SKEW) > 0) {
            throw new S3Exception(S3ErrorCode.REQUEST_TIME_TOO_SKEWED)
                    .detail("RequestTime", sent)
                    .detail("ServerTime", AmzDates.iso(request.systemTime()))
                    .detail("MaxAllowedSkewMilliseconds", Long.toString(MAX_SKEW.toMillis()))
                    .explain("request time " + sent + " is " + skew.toSeconds() + " s from the system clock");
        }
    }
}
