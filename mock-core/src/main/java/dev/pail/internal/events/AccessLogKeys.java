package dev.pail.internal.events;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The keys of delivered server access log objects, as S3 names them.
 *
 * <ul>
 *   <li>{@code SimplePrefix}: {@code [TargetPrefix][YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]}, the time being
 *       when the log file was delivered, in UTC ("Log object key format" in "Logging requests using server access
 *       logging", https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html, whose example is
 *       {@code logs/2013-11-01-21-32-16-E568B2907131C0C0}; API reference "SimplePrefix",
 *       https://docs.aws.amazon.com/AmazonS3/latest/API/API_SimplePrefix.html).</li>
 *   <li>{@code PartitionedPrefix}: {@code [TargetPrefix][SourceAccountId]/[SourceRegion]/[SourceBucket]/[YYYY]/[MM]/[DD]/
 *       [YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]} (API reference "PartitionedPrefix",
 *       https://docs.aws.amazon.com/AmazonS3/latest/API/API_PartitionedPrefix.html). With {@code DeliveryTime} the
 *       times are the delivery time. With {@code EventTime} (S3's default) an object holds the records of one day
 *       only: the date is that of the events and the time is {@code 00-00-00}.</li>
 * </ul>
 *
 * <p>The UniqueString "has no meaning" beyond preventing overwrites; S3's are 16 upper-case hexadecimal digits.
 */
public final class AccessLogKeys {

    /** The length of a {@link #uniqueString() UniqueString}. */
    public static final int UNIQUE_STRING_LENGTH = 16;

    private static final Pattern UNIQUE = Pattern.compile("[0-9A-Z]{" + UNIQUE_STRING_LENGTH + "}");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter PARTITION =
            DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AccessLogKeys() {
    }

    /** The {@code TargetObjectKeyFormat} of a logging configuration. */
    public enum KeyFormat {
        /** {@code SimplePrefix} (also what S3 uses when no key format is configured). */
        SIMPLE_PREFIX,
        /** {@code PartitionedPrefix} with {@code PartitionDateSource} {@code EventTime}: one object per event day. */
        PARTITIONED_EVENT_TIME,
        /** {@code PartitionedPrefix} with {@code PartitionDateSource} {@code DeliveryTime}. */
        PARTITIONED_DELIVERY_TIME;

        /** Whether the key carries the source account, Region and bucket. */
        public boolean isPartitioned() {
            return this != SIMPLE_PREFIX;
        }
    }

    /**
     * The bucket whose requests are logged. S3 reports each source bucket in its own log objects, so it is part
     * of where records go even for {@link KeyFormat#SIMPLE_PREFIX}.
     *
     * @param accountId the source bucket owner's account id ({@code 123456789012})
     * @param region    the source bucket's Region ({@code us-east-1})
     * @param bucket    the source bucket's name
     */
    public record LogSource(String accountId, String region, String bucket) {

        /** Checks the components. */
        public LogSource {
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(bucket, "bucket");
        }
    }

    /**
     * Where a source bucket's log objects are delivered: one log object per target per flush.
     *
     * @param targetBucket the bucket receiving the log objects
     * @param targetPrefix the {@code TargetPrefix} ({@code ""} for none), prepended to every key as is
     * @param keyFormat    how the keys are formed
     * @param source       the bucket whose requests are logged
     */
    public record LogTarget(String targetBucket, String targetPrefix, KeyFormat keyFormat, LogSource source) {

        /** Checks the components. */
        public LogTarget {
            Objects.requireNonNull(targetBucket, "targetBucket");
            Objects.requireNonNull(targetPrefix, "targetPrefix");
            Objects.requireNonNull(keyFormat, "keyFormat");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * The key of a log object.
     *
     * @param target          where the object goes and how its key is formed
     * @param oldestEventTime the time of the oldest record in the object (used by {@code EventTime})
     * @param deliveryTime    when the object is delivered (used by {@code SimplePrefix} and {@code DeliveryTime})
     * @param uniqueString    the key's UniqueString, see {@link #uniqueString()}
     * @return the key
     */
    public static String key(LogTarget target, Instant oldestEventTime, Instant deliveryTime, String uniqueString) {
        Objects.requireNonNull(target, "target");
        Instant time = keyTime(target.keyFormat(), oldestEventTime, deliveryTime);
        if (target.keyFormat().isPartitioned()) {
            return partitionedKey(target.targetPrefix(), target.source(), time, uniqueString);
        }
        return simpleKey(target.targetPrefix(), time, uniqueString);
    }

    /**
     * The time a key carries: the delivery time, or for {@code EventTime} midnight (UTC) of the event's day.
     */
    public static Instant keyTime(KeyFormat format, Instant oldestEventTime, Instant deliveryTime) {
        Objects.requireNonNull(format, "format");
        if (format == KeyFormat.PARTITIONED_EVENT_TIME) {
            return Objects.requireNonNull(oldestEventTime, "oldestEventTime").truncatedTo(ChronoUnit.DAYS);
        }
        return Objects.requireNonNull(deliveryTime, "deliveryTime").truncatedTo(ChronoUnit.SECONDS);
    }

    /** A {@code SimplePrefix} key: {@code [TargetPrefix][YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]}. */
    public static String simpleKey(String targetPrefix, Instant time, String uniqueString) {
        Objects.requireNonNull(targetPrefix, "targetPrefix");
        return targetPrefix + stamp(time) + "-" + checkedUnique(uniqueString);
    }

    /**
     * A {@code PartitionedPrefix} key: {@code [TargetPrefix][SourceAccountId]/[SourceRegion]/[SourceBucket]/
     * [YYYY]/[MM]/[DD]/[YYYY]-[MM]-[DD]-[hh]-[mm]-[ss]-[UniqueString]}, for a time already chosen by
     * {@link #keyTime}.
     */
    public static String partitionedKey(String targetPrefix, LogSource source, Instant time, String uniqueString) {
        Objects.requireNonNull(targetPrefix, "targetPrefix");
        Objects.requireNonNull(source, "source");
        return targetPrefix + source.accountId() + "/" + source.region() + "/" + source.bucket() + "/"
                + PARTITION.format(time) + "/" + stamp(time) + "-" + checkedUnique(uniqueString);
    }

    /** A new UniqueString: {@value #UNIQUE_STRING_LENGTH} random upper-case hexadecimal digits. */
    public static String uniqueString() {
        synchronized (RANDOM) {
            return uniqueString(RANDOM);
        }
    }

    /** A new UniqueString drawn from the given generator (for reproducible keys in tests). */
    public static String uniqueString(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        char[] digits = new char[UNIQUE_STRING_LENGTH];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = HEX[random.nextInt(HEX.length)];
        }
        return new String(digits);
    }

    /** Whether a string has the shape of a UniqueString: {@value #UNIQUE_STRING_LENGTH} upper-case letters or digits. */
    public static boolean isUniqueString(String value) {
        return value != null && UNIQUE.matcher(value).matches();
    }

    private static String stamp(Instant time) {
        return STAMP.format(Objects.requireNonNull(time, "time"));
    }

    private static String checkedUnique(String uniqueString) {
        if (!isUniqueString(uniqueString)) {
            throw new IllegalArgumentException("not a UniqueString (" + UNIQUE_STRING_LENGTH
                    + " upper-case letters or digits): " + uniqueString);
        }
        return uniqueString;
    }
}
