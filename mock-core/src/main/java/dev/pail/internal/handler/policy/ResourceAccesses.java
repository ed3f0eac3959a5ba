package dev.pail.internal.handler.policy;

import dev.pail.internal.access.Acl;
import dev.pail.internal.access.BlockPublicAccess;
import dev.pail.internal.access.ObjectOwnership;
import dev.pail.internal.access.ResourceAccess;
import dev.pail.internal.access.policy.Policy;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.ParsedCache;
import dev.pail.internal.handler.acl.AclMapping;
import dev.pail.internal.handler.acl.ObjectAcls;
import dev.pail.internal.handler.config.ConfigurationKinds;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.xml.AccessControlPolicy;
import dev.pail.internal.xml.OwnershipControls;
import dev.pail.internal.xml.PublicAccessBlockConfiguration;
import dev.pail.internal.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads what a bucket says about access ({@link ResourceAccess}) from its stored configurations,
 * parsing each document once: its policy, ACL, Object Ownership and Block Public Access settings.
 * One per server; thread-safe.
 */
public final class ResourceAccesses {

    private static final int CACHE_LIMIT = 4096;

    private final HandlerContext context;
    private final ParsedCache<Optional<Policy>> policies = new ParsedCache<>(CACHE_LIMIT);
    private final ParsedCache<Acl> bucketAcls = new ParsedCache<>(CACHE_LIMIT);
    private final ParsedCache<ObjectOwnership> ownerships = new ParsedCache<>(CACHE_LIMIT);
    private final ParsedCache<BlockPublicAccess> blocks = new ParsedCache<>(CACHE_LIMIT);

    public ResourceAccesses(HandlerContext context) {
        this.context = context;
    }

    /** The bucket's access settings, with the ACL of {@code version} when the request is about an object. */
    public ResourceAccess of(Bucket bucket, Supplier<Optional<ObjectVersion>> version) {
        Supplier<Optional<Acl>> objectAcl = () -> version.get().flatMap(v -> ObjectAcls.stored(bucket, v))
                .map(AclMapping::toAcl);
        return new ResourceAccess(context.ownerOf(bucket), policy(bucket), () -> bucketAcl(bucket), memoized(objectAcl),
                ownership(bucket), block(bucket));
    }

    /** The bucket policy, parsed; empty when the bucket has none. */
    public Optional<Policy> policy(Bucket bucket) {
        return bucket.configuration(PolicyHandlers.POLICY).flatMap(text -> policies.get(bucket.name(), text,
                document -> parsePolicy(document, bucket.name())));
    }

    private static Optional<Policy> parsePolicy(String document, String bucket) {
        try {
            return Optional.of(Policy.parse(document, bucket));
        } catch (S3Exception e) {
            return Optional.empty(); // only valid policies are stored; an old one the parser now refuses grants nothing
        }
    }

    private Acl bucketAcl(Bucket bucket) {
        Optional<String> stored = bucket.configuration(BucketAccess.BUCKET_ACL);
        if (stored.isEmpty()) {
            return Acl.ownerOnly(context.ownerOf(bucket).canonicalId());
        }
        return bucketAcls.get(bucket.name(), stored.get(), xml -> AclMapping.toAcl(
                XmlCodec.fromXml(xml.getBytes(StandardCharsets.UTF_8), AccessControlPolicy.class)));
    }

    /** The Object Ownership in effect: BucketOwnerEnforced until set otherwise, ObjectWriter once deleted. */
    public ObjectOwnership ownership(Bucket bucket) {
        Optional<String> raw = bucket.configuration(ConfigurationKinds.OWNERSHIP.name());
        if (raw.isEmpty()) {
            return ObjectOwnership.BUCKET_OWNER_ENFORCED;
        }
        Optional<String> stored = ConfigurationKinds.OWNERSHIP.stored(bucket);
        if (stored.isEmpty()) {
            return ObjectOwnership.OBJECT_WRITER;
        }
        return ownerships.get(bucket.name(), stored.get(), xml -> ObjectOwnership.fromWireName(
                XmlCodec.fromXml(xml.getBytes(StandardCharsets.UTF_8), OwnershipControls.class).rules.get(0).objectOwnership)
                .orElse(ObjectOwnership.OBJECT_WRITER));
    }

    /** The Block Public Access settings in effect: all on until set otherwise, all off once deleted. */
    public BlockPublicAccess block(Bucket bucket) {
        Optional<String> raw = bucket.configuration(ConfigurationKinds.PUBLIC_ACCESS_BLOCK.name());
        if (raw.isEmpty()) {
            return BlockPublicAccess.ALL;
        }
        Optional<String> stored = ConfigurationKinds.PUBLIC_ACCESS_BLOCK.stored(bucket);
        if (stored.isEmpty()) {
            return BlockPublicAccess.NONE;
        }
        return blocks.get(bucket.name(), stored.get(), xml -> {
            PublicAccessBlockConfiguration c = XmlCodec.fromXml(xml.getBytes(StandardCharsets.UTF_8),
                    PublicAccessBlockConfiguration.class);
            return new BlockPublicAccess(Boolean.TRUE.equals(c.blockPublicAcls), Boolean.TRUE.equals(c.ignorePublicAcls),
                    Boolean.TRUE.equals(c.blockPublicPolicy), Boolean.TRUE.equals(c.restrictPublicBuckets));
        });
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
