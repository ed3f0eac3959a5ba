package dev.pail.internal.recording;

import dev.pail.S3Operation;
import dev.pail.fault.S3Fault;
import dev.pail.recording.AuthMethod;
import dev.pail.internal.store.Blob;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * What the pipeline learns about a request while handling it, for the journal: the operation and
 * address it resolved to, the fault applied, and the start of its decoded body. One per request,
 * used by one thread at a time: the worker thread that handles it, or, after a delay, the one that
 * resumes it (the hand-over goes through the worker pool, which orders the accesses).
 */
public final class RequestTrace {

    private final Journal.Ticket ticket;
    private final int captureLimit;
    private S3Operation operation = S3Operation.UNKNOWN;
    private Optional<String> bucket = Optional.empty();
    private Optional<String> key = Optional.empty();
    private Optional<S3Fault> fault = Optional.empty();
    private ByteBuffer captured = ByteBuffer.allocate(0).asReadOnlyBuffer();
    private long bodySize;
    private Optional<String> principal = Optional.empty();
    private AuthMethod authMethod = AuthMethod.UNSIGNED;
    private Optional<String> authDetail = Optional.empty();
    private String sourceIp = "127.0.0.1";
    private boolean secure;

    /**
     * @param ticket       the request's place in the journal
     * @param captureLimit how many body bytes to keep
     */
    public RequestTrace(Journal.Ticket ticket, int captureLimit) {
        this.ticket = ticket;
        this.captureLimit = Math.max(0, captureLimit);
    }

    /** A trace that records nothing of the body (for requests outside a server). */
    public static RequestTrace detached() {
        return new RequestTrace(Journal.Ticket.detached(), 0);
    }

    /** Notes where the request came from: the client's address and whether the connection is TLS. */
    public void client(String address, boolean overTls) {
        this.sourceIp = address;
        this.secure = overTls;
    }

    /** The client's IP address ({@code 127.0.0.1} when the request did not come over a network). */
    public String sourceIp() {
        return sourceIp;
    }

    /** Whether the request came over TLS. */
    public boolean secure() {
        return secure;
    }

    /** The request's place in the journal. */
    public Journal.Ticket ticket() {
        return ticket;
    }

    /** The request's number. */
    public long sequence() {
        return ticket.sequence();
    }

    /** Notes where the request points once it is resolved. */
    public void resolved(S3Operation resolvedOperation, Optional<String> resolvedBucket, Optional<String> resolvedKey) {
        this.operation = resolvedOperation;
        this.bucket = resolvedBucket;
        this.key = resolvedKey;
    }

    /**
     * Notes who the request is from and how that was established.
     *
     * @param accessKeyId the user's access key id, empty for anonymous
     * @param method      how the request was authenticated
     */
    public void authenticated(Optional<String> accessKeyId, AuthMethod method) {
        this.principal = accessKeyId;
        this.authMethod = method;
    }

    /** Notes, in words, why authentication or access control refused the request (or served it as someone else). */
    public void authDetail(String detail) {
        this.authDetail = Optional.of(detail);
    }

    /** The access key id of the principal; empty for anonymous or not (yet) authenticated. */
    public Optional<String> principal() {
        return principal;
    }

    /** How the request was authenticated. */
    public AuthMethod authMethod() {
        return authMethod;
    }

    /** Why the request was refused, in words, if it was. */
    public Optional<String> authDetail() {
        return authDetail;
    }

    /** Notes the fault applied to the request. */
    public void faulted(S3Fault applied) {
        this.fault = Optional.of(applied);
    }

    /**
     * Keeps a copy of the start of the decoded body, up to the limit, and its full size. A copy, not
     * a view: the journal must never keep stored bytes alive after the store let go of them.
     */
    public void body(Blob content) {
        bodySize = content.size();
        captured = ByteBuffer.wrap(content.copyPrefix(captureLimit)).asReadOnlyBuffer();
    }

    /** The resolved operation; {@link S3Operation#UNKNOWN} until resolved. */
    public S3Operation operation() {
        return operation;
    }

    /** The resolved bucket. */
    public Optional<String> bucket() {
        return bucket;
    }

    /** The resolved key. */
    public Optional<String> key() {
        return key;
    }

    /** The fault applied. */
    public Optional<S3Fault> fault() {
        return fault;
    }

    /** The captured start of the body, read-only. */
    public ByteBuffer capturedBody() {
        return captured;
    }

    /** The full decoded body size seen so far. */
    public long bodySize() {
        return bodySize;
    }
}
