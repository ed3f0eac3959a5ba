package dev.pail.internal.handler.events;

import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.events.AccessLogBuffer;
import dev.pail.internal.events.AccessLogEntry;
import dev.pail.internal.events.AccessLogKeys;
import dev.pail.internal.events.AccessLogKeys.KeyFormat;
import dev.pail.internal.events.AccessLogKeys.LogSource;
import dev.pail.internal.events.AccessLogKeys.LogTarget;
import dev.pail.internal.handler.BlobDigests;
import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.ParsedCache;
import dev.pail.internal.handler.config.ConfigurationKinds;
import dev.pail.internal.store.Blob;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ETags;
import dev.pail.internal.store.ObjectDraft;
import dev.pail.internal.store.ObjectMetadata;
import dev.pail.internal.store.StoreException;
import dev.pail.internal.store.WriteCondition;
import dev.pail.internal.xml.BucketLoggingStatus;
import dev.pail.internal.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Server access logging for one store: which buckets log where ({@code PutBucketLogging}), the
 * records waiting for delivery, and their delivery as log objects into the target buckets, under the
 * target prefix and key format ("Logging requests with server access logging").
 */
public final class AccessLogs {

    private static final ParsedCache<Optional<BucketLoggingStatus.LoggingEnabled>> CONFIGURATIONS = new ParsedCache<>(1024);

    /** Where a bucket's records go, and who owns the bucket (the log's first field). */
    public record Destination(LogTarget target, String bucketOwner) {
    }

    private final HandlerContext context;
    private final AccessLogBuffer buffer = new AccessLogBuffer();

    /** Access logging over a store. */
    public AccessLogs(HandlerContext context) {
        this.context = context;
    }

    /** Where the records of requests to this bucket go, if it logs. */
    public Optional<Destination> destination(String bucketName) {
        Optional<Bucket> bucket = context.store().bucket(bucketName);
        if (bucket.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> stored = ConfigurationKinds.LOGGING.stored(bucket.get());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        return CONFIGURATIONS.get(bucketName, stored.get(), xml -> Optional.ofNullable(XmlCodec.fromXml(
                        xml.getBytes(StandardCharsets.UTF_8), BucketLoggingStatus.class).loggingEnabled))
                .map(logging -> destination(bucket.get(), logging));
    }

    private Destination destination(Bucket bucket, BucketLoggingStatus.LoggingEnabled logging) {
        String prefix = logging.targetPrefix == null ? "" : logging.targetPrefix;
        LogSource source = new LogSource(context.ownerOf(bucket).accountId(), bucket.region(), bucket.name());
        return new Destination(new LogTarget(logging.targetBucket, prefix, keyFormat(logging), source),
                context.ownerOf(bucket).canonicalId());
    }

    private static KeyFormat keyFormat(BucketLoggingStatus.LoggingEnabled logging) {
        BucketLoggingStatus.TargetObjectKeyFormat format = logging.targetObjectKeyFormat;
        if (format == null || format.partitionedPrefix == null) {
            return KeyFormat.SIMPLE_PREFIX;
        }
        return "DeliveryTime".equals(format.partitionedPrefix.partitionDateSource)
                ? KeyFormat.PARTITIONED_DELIVERY_TIME : KeyFormat.PARTITIONED_EVENT_TIME;
    }

    /** Keeps a record for the next delivery. */
    public void add(LogTarget target, AccessLogEntry entry) {
        buffer.add(target, entry);
    }

    /**
     * Delivers every waiting record: one log object per target (and, for event-time partitions, per
     * day), written into the target bucket as S3's log delivery writes it. Records for a target bucket
     * that is gone are dropped, as S3 drops them.
     *
     * @return how many log objects were written
     */
    public int flush() {
        Instant now = context.now();
        int written = 0;
        for (AccessLogBuffer.LogBatch batch : buffer.drain()) {
            Optional<Bucket> target = context.store().bucket(batch.target().targetBucket());
            if (target.isEmpty()) {
                continue;
            }
            Blob content = Blob.wrap(batch.content().getBytes(StandardCharsets.UTF_8));
            ObjectMetadata metadata = new ObjectMetadata("text/plain", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), java.util.Map.of(), ObjectMetadata.STANDARD,
                    java.util.Map.of(), java.util.Map.of());
            try {
                String etag = ETags.quote(ChecksumEncoding.hex(BlobDigests.md5(content)));
                target.get().put(batch.key(now, AccessLogKeys.uniqueString()),
                        new ObjectDraft(content, etag, metadata, Optional.empty(), List.of()), WriteCondition.NONE, now);
                written++;
            } catch (StoreException e) {
                // the target went away or the store is full: these records are lost, as on S3
            }
        }
        return written;
    }
}
