package dev.pail.internal.handler.policy;

import dev.pail.S3Operation;
import dev.pail.User;
import dev.pail.internal.access.AccessEvaluator;
import dev.pail.internal.access.AccessRequest;
import dev.pail.internal.access.AclTarget;
import dev.pail.internal.access.Decision;
import dev.pail.internal.access.OperationPermissions;
import dev.pail.internal.access.Requirement;
import dev.pail.internal.access.ResourceAccess;
import dev.pail.internal.access.policy.ConditionContext;
import dev.pail.internal.auth.Principal;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Access control of requests, after authentication: asks {@link AccessEvaluator} whether the
 * principal may do what the operation needs to the bucket or object, checks the expected bucket
 * owners, authorizes a copy's source and lets DeleteObjects authorize key by key. A refusal is 403
 * {@code AccessDenied}, explained in the journal. Requests to buckets that do not exist pass on to
 * their handler's 404, as S3 answers {@code NoSuchBucket} to anyone.
 */
public final class RequestAuthorizer {

    /** Object reads whose missing key is 404 only to a caller who may list the bucket (else 403). */
    private static final Set<S3Operation> KEY_READS = EnumSet.of(S3Operation.GET_OBJECT, S3Operation.HEAD_OBJECT,
            S3Operation.GET_OBJECT_ACL, S3Operation.GET_OBJECT_TAGGING, S3Operation.GET_OBJECT_ATTRIBUTES,
            S3Operation.GET_OBJECT_RETENTION, S3Operation.GET_OBJECT_LEGAL_HOLD);

    private final HandlerContext context;
    private final ResourceAccesses accesses;
    private final ConditionFacts facts;

    public RequestAuthorizer(HandlerContext context) {
        this.context = context;
        this.accesses = new ResourceAccesses(context);
        this.facts = new ConditionFacts(context);
    }

    /** The request, authorized (with its per-key authorizer), or S3's refusal. */
    public S3Request authorize(S3Request request) {
        if (request.principal().isEmpty()) {
            return request; // not through authentication: a POST Object authorizes its own upload
        }
        Optional<User> principal = request.principal().flatMap(Principal::user);
        S3Operation operation = request.operation();
        Requirement needed = OperationPermissions.of(operation, request.queryParam("versionId").isPresent());
        if (needed.target() == AclTarget.SERVICE) {
            if (principal.isEmpty() && operation != S3Operation.UNKNOWN) {
                throw refused("anonymous may not " + needed.action() + ": it needs a signed request");
            }
            return request;
        }
        Optional<Bucket> bucket = context.store().bucket(request.bucket());
        if (bucket.isEmpty()) {
            return request;
        }
        ExpectedOwners.check(request.header("x-amz-expected-bucket-owner"), context.ownerOf(bucket.get()), "");
        CopySources.find(request).ifPresent(source -> authorizeSource(request, principal, source));
        if (operation == S3Operation.DELETE_OBJECTS) {
            return bypassChecked(request, principal, bucket.get()).authorized((keyOperation, key, versionId) -> require(request, principal, bucket.get(),
                    OperationPermissions.of(keyOperation, versionId.isPresent()), Optional.of(key), versionId));
        }
        Optional<String> key = needed.target() == AclTarget.OBJECT ? Optional.of(request.key()) : Optional.empty();
        if (KEY_READS.contains(operation) && request.queryParam("versionId").isEmpty()
                && live(bucket.get(), request.key(), Optional.empty()).isEmpty()) {
            requireListingForMissingKey(request, principal, bucket.get(), needed);
            return request;
        }
        require(request, principal, bucket.get(), needed, key, request.queryParam("versionId"));
        return bypassChecked(request, principal, bucket.get());
    }

    /**
     * A request that asks to bypass GOVERNANCE retention does so only if its caller may
     * {@code s3:BypassGovernanceRetention} ("Bypassing governance mode"); otherwise the header is
     * ignored and the retention holds.
     */
    private S3Request bypassChecked(S3Request request, Optional<User> principal, Bucket bucket) {
        if (!request.bypassesGovernance()) {
            return request;
        }
        try {
            String key = request.key().isEmpty() ? "*" : request.key();
            require(request, principal, bucket, OperationPermissions.BYPASS_GOVERNANCE,
                    Optional.of(key), request.queryParam("versionId"));
            return request;
        } catch (S3Exception e) {
            return request.withoutGovernanceBypass();
        }
    }

    /**
     * Authorizes the write of one key by a principal the request itself does not carry: a POST Object,
     * whose form names the key and whose signature names the principal.
     */
    public void authorizeWrite(S3Request request, Principal principal, Bucket bucket, String key) {
        require(request.authenticated(dev.pail.internal.auth.AuthResult.of(principal)), principal.user(), bucket,
                OperationPermissions.of(S3Operation.POST_OBJECT, false), Optional.of(key), Optional.empty());
    }

    /** Decides one requirement on the bucket or one of its keys; refuses when not allowed. */
    private void require(S3Request request, Optional<User> principal, Bucket bucket,
                                            Requirement needed, Optional<String> key, Optional<String> versionId) {
        Supplier<Optional<ObjectVersion>> version = key.isEmpty() ? Optional::empty : () -> live(bucket, key.get(), versionId);
        ResourceAccess resource = accesses.of(bucket, version);
        String arn = "arn:aws:s3:::" + bucket.name() + key.map(k -> "/" + k).orElse("");
        ConditionContext conditions = resource.policy().isPresent()
                ? facts.of(request, principal, resource.policy().get(), bucket, version) : ConditionContext.empty();
        Decision decision = AccessEvaluator.decide(new AccessRequest(principal, needed, arn, conditions), resource);
        if (!decision.allowed()) {
            throw decision.refusal().orElseThrow().toException();
        }
    }

    private static Optional<ObjectVersion> live(Bucket bucket, String key, Optional<String> versionId) {
        try {
            return (versionId.isPresent() ? bucket.version(key, versionId.get()) : bucket.latest(key))
                    .filter(v -> !v.deleteMarker());
        } catch (RuntimeException e) {
            return Optional.empty(); // an id the bucket could not have issued: the handler's 400
        }
    }

    /**
     * S3 answers a missing key 404 only to a caller who may list the bucket; others learn nothing from
     * a 403 (GetObject, "Permissions"). A key that does not exist has no ACL, so listing decides.
     */
    private void requireListingForMissingKey(S3Request request, Optional<User> principal, Bucket bucket, Requirement needed) {
        try {
            require(request, principal, bucket, OperationPermissions.of(S3Operation.LIST_OBJECTS_V2, false),
                    Optional.empty(), Optional.empty());
        } catch (S3Exception e) {
            throw refused("the key does not exist and the caller may not s3:ListBucket, so S3 answers 403 rather than "
                    + "404 to " + needed.action() + ": " + e.explanation().orElse(""));
        }
    }

    private void authorizeSource(S3Request request, Optional<User> principal, CopySources.Source source) {
        Optional<Bucket> bucket = context.store().bucket(source.bucket());
        if (bucket.isEmpty()) {
            return;
        }
        ExpectedOwners.check(request.header("x-amz-source-expected-bucket-owner"), context.ownerOf(bucket.get()),
                "source ");
        try {
            require(request, principal, bucket.get(), OperationPermissions.of(S3Operation.GET_OBJECT,
                    source.versionId().isPresent()), Optional.of(source.key()), source.versionId());
        } catch (S3Exception e) {
            throw refused("reading the copy source: " + e.explanation().orElse(""));
        }
    }

    /** A 403 {@code AccessDenied}, explained for the journal. */
    static S3Exception refused(String why) {
        return dev.pail.internal.access.Refusal.accessDenied(why).toException();
    }
}
