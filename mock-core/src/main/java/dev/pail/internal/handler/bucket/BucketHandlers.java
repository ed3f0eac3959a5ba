package dev.pail.internal.handler.bucket;

import dev.pail.S3ErrorCode;
import dev.pail.S3Operation;
import dev.pail.User;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.Registry;
import dev.pail.internal.handler.XmlResponses;
import dev.pail.internal.handler.lock.ObjectLocks;
import dev.pail.internal.handler.tagging.Tagging;
import dev.pail.internal.protocol.BucketNames;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.StoreException;
import dev.pail.internal.xml.CreateBucketConfiguration;
import dev.pail.internal.xml.ListAllMyBucketsResult;
import dev.pail.internal.xml.LocationConstraint;
import dev.pail.internal.xml.Owner;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** CreateBucket, HeadBucket, DeleteBucket, ListBuckets and GetBucketLocation. */
public final class BucketHandlers {

    private static final String US_EAST_1 = "us-east-1";
    private static final int MAX_CONFIGURATION_BYTES = 1 << 20;
    private static final int MAX_BUCKETS_PER_PAGE = 10_000;

    private final HandlerContext context;

    public BucketHandlers(HandlerContext context) {
        this.context = context;
    }

    public void register(Registry handlers) {
        handlers.put(S3Operation.CREATE_BUCKET, this::createBucket);
        handlers.put(S3Operation.HEAD_BUCKET, this::headBucket);
        handlers.put(S3Operation.DELETE_BUCKET, this::deleteBucket);
        handlers.put(S3Operation.LIST_BUCKETS, this::listBuckets);
        handlers.put(S3Operation.GET_BUCKET_LOCATION, this::getBucketLocation);
    }

    private S3Response createBucket(S3Request request) throws IOException {
        String name = request.bucket();
        BucketNames.problem(name).ifPresent(problem -> {
            throw new S3Exception(S3ErrorCode.INVALID_BUCKET_NAME, "The specified bucket is not valid.")
                    .detail("BucketName", name);
        });
        byte[] body = PayloadReader.readSmall(request, MAX_CONFIGURATION_BYTES);
        Optional<CreateBucketConfiguration> configuration = body.length == 0 || isBlank(body) ? Optional.empty()
                : Optional.of(XmlCodec.fromXml(body, CreateBucketConfiguration.class));
        Optional<String> constraint = configuration.flatMap(CreateBucketConfiguration::locationConstraint);
        String endpointRegion = Regions.canonical(request.signingRegion().orElse(context.defaultRegion()));
        String region = bucketRegion(constraint, endpointRegion);
        CreateBucketSettings settings = CreateBucketSettings.from(request, context);
        try {
            Bucket created = NewBuckets.applyDefaults(context.store().createBucket(name, region, context.now(),
                    Optional.of(context.caller(request).canonicalId())), context);
            settings.applyTo(created, context.store());
            configuration.ifPresent(c -> Tagging.tagNewBucket(created, c.tags()));
            if (request.header("x-amz-bucket-object-lock-enabled").map(v -> v.trim().equalsIgnoreCase("true"))
                    .orElse(false)) {
                created.setVersioning(dev.pail.internal.store.VersioningState.ENABLED);
                created.putConfiguration(ObjectLocks.CONFIGURATION, new String(XmlCodec.toXml(enabledLock()),
                        StandardCharsets.UTF_8));
            }
        } catch (StoreException e) {
            Bucket existing = context.store().existingBucket(name);
            if (!context.ownerOf(existing).equals(context.caller(request))) {
                throw new S3Exception(S3ErrorCode.BUCKET_ALREADY_EXISTS).detail("BucketName", name);
            }
            if (!(US_EAST_1.equals(existing.region()) && US_EAST_1.equals(endpointRegion))) {
                throw new S3Exception(S3ErrorCode.BUCKET_ALREADY_OWNED_BY_YOU).detail("BucketName", name);
            }
        }
        return S3Response.status(200).header("Location", "/" + name).build();
    }

    /** The region a new bucket goes to, as S3 decides it from the body and the endpoint's region. */
    private static String bucketRegion(Optional<String> constraint, String endpointRegion) {
        if (constraint.isEmpty()) {
            if (!US_EAST_1.equals(endpointRegion)) {
                throw new S3Exception(S3ErrorCode.ILLEGAL_LOCATION_CONSTRAINT_EXCEPTION,
                        "The unspecified location constraint is incompatible for the region specific endpoint this "
                                + "request was sent to.");
            }
            return US_EAST_1;
        }
        String value = constraint.get();
        String region = "EU".equals(value) ? "eu-west-1" : value;
        if (US_EAST_1.equals(value) || !Regions.isPlausible(region)) {
            throw new S3Exception(S3ErrorCode.INVALID_LOCATION_CONSTRAINT, "The specified location-constraint is not valid")
                    .detail("LocationConstraint", value);
        }
        if (!US_EAST_1.equals(endpointRegion) && !region.equals(endpointRegion)) {
            throw new S3Exception(S3ErrorCode.ILLEGAL_LOCATION_CONSTRAINT_EXCEPTION,
                    "The " + value + " location constraint is incompatible for the region specific endpoint this "
                            + "request was sent to.");
        }
        return region;
    }

    private S3Response headBucket(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        return S3Response.status(200)
                .header("x-amz-bucket-region", bucket.region())
                .header("x-amz-access-point-alias", "false")
                .build();
    }

    private S3Response deleteBucket(S3Request request) {
        context.store().deleteBucket(request.bucket());
        return S3Response.status(204).build();
    }

    private S3Response getBucketLocation(S3Request request) {
        Bucket bucket = context.store().existingBucket(request.bucket());
        String region = US_EAST_1.equals(bucket.region()) ? null : bucket.region();
        return XmlResponses.ok(new LocationConstraint(region));
    }

    private S3Response listBuckets(S3Request request) {
        int max = request.queryParam("max-buckets").map(BucketHandlers::maxBuckets).orElse(MAX_BUCKETS_PER_PAGE);
        Optional<String> prefix = request.queryParam("prefix");
        Optional<String> region = request.queryParam("bucket-region");
        region.filter(r -> !Regions.isKnown(r) && context.store().buckets().stream().noneMatch(b -> b.region().equals(r)))
                .ifPresent(r -> {
            throw S3Exception.invalidArgument("Argument value " + r + " is not a valid AWS Region", "bucket-region", r);
        });
        Optional<String> after = request.queryParam("continuation-token").filter(t -> !t.isEmpty())
                .map(BucketHandlers::decodeToken);
        // S3 names each bucket's region only when the request had at least one of the 2024 parameters
        boolean paginated = prefix.isPresent() || region.isPresent() || request.queryParam("max-buckets").isPresent()
                || request.queryParam("continuation-token").isPresent();
        List<ListAllMyBucketsResult.Entry> page = new ArrayList<>();
        String next = null;
        User caller = context.caller(request);
        for (Bucket bucket : context.store().buckets()) {
            if (!context.ownerOf(bucket).equals(caller)) {
                continue; // each user is its own account and lists its own buckets
            }
            if (after.isPresent() && dev.pail.internal.store.Utf8Order.INSTANCE.compare(bucket.name(), after.get()) <= 0) {
                continue;
            }
            if (prefix.isPresent() && !bucket.name().startsWith(prefix.get())) {
                continue;
            }
            if (region.isPresent() && !region.get().equals(bucket.region())) {
                continue;
            }
            if (page.size() == max) {
                next = encodeToken(page.get(page.size() - 1).name());
                break;
            }
            page.add(new ListAllMyBucketsResult.Entry(bucket.name(), Formats.iso(bucket.creationDate()),
                    paginated ? bucket.region() : null));
        }
        return XmlResponses.ok(new ListAllMyBucketsResult(new Owner(caller.canonicalId(), caller.displayName()), page, next,
                prefix.orElse(null)));
    }

    private static int maxBuckets(String value) {
        try {
            int max = Integer.parseInt(value.trim());
            if (max >= 1 && max <= MAX_BUCKETS_PER_PAGE) {
                return max;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw S3Exception.invalidArgument("Argument max-buckets must be an integer between 1 and 10000.",
                "max-buckets", value);
    }

    private static String encodeToken(String lastName) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("b:" + lastName).getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith("b:")) {
                return decoded.substring(2);
            }
        } catch (IllegalArgumentException e) {
            // fall through
        }
        throw S3Exception.invalidArgument("The continuation token provided is incorrect", "continuation-token", token);
    }

    private static dev.pail.internal.xml.ObjectLockConfiguration enabledLock() {
        dev.pail.internal.xml.ObjectLockConfiguration lock = new dev.pail.internal.xml.ObjectLockConfiguration();
        lock.objectLockEnabled = "Enabled";
        return lock;
    }

    private static boolean isBlank(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).isBlank();
    }
}
