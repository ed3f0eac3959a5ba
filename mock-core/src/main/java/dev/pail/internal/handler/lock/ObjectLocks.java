package dev.pail.internal.handler.lock;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.Formats;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.ObjectVersion;
import dev.pail.internal.xml.ObjectLockConfiguration;
import dev.pail.internal.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * S3 Object Lock: which buckets have it, the retention and legal hold a new version gets (from its
 * headers or the bucket's default retention), and whether a version may be deleted. The state of a
 * version lives in its echoed system headers, as S3 returns it on GET and HEAD.
 */
public final class ObjectLocks {

    public static final String CONFIGURATION = "object-lock";
    public static final String MODE = "x-amz-object-lock-mode";
    public static final String UNTIL = "x-amz-object-lock-retain-until-date";
    public static final String LEGAL_HOLD = "x-amz-object-lock-legal-hold";

    private ObjectLocks() {
    }

    /** The bucket's lock configuration, if Object Lock is enabled on it. */
    public static Optional<ObjectLockConfiguration> configuration(Bucket bucket) {
        return bucket.configuration(CONFIGURATION)
                .map(xml -> XmlCodec.fromXml(xml.getBytes(StandardCharsets.UTF_8), ObjectLockConfiguration.class));
    }

    /** Whether Object Lock is enabled on the bucket. */
    public static boolean enabled(Bucket bucket) {
        return bucket.configuration(CONFIGURATION).isPresent();
    }

    /** Refuses lock operations on a bucket without Object Lock. */
    public static void requireEnabled(Bucket bucket) {
        if (!enabled(bucket)) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "Bucket is missing Object Lock Configuration")
                    .detail("BucketName", bucket.name());
        }
    }

    /** The lock headers a new version gets, validated, with the bucket's default retention applied. */
    public static Map<String, String> forNewVersion(Bucket bucket, Headers headers, Instant now) {
        Optional<String> mode = headers.first(MODE).map(String::trim);
        Optional<String> until = headers.first(UNTIL).map(String::trim);
        Optional<String> hold = headers.first(LEGAL_HOLD).map(String::trim);
        Map<String, String> lock = new LinkedHashMap<>();
        if (mode.isEmpty() && until.isEmpty() && hold.isEmpty()) {
            configuration(bucket).map(c -> c.rule).map(r -> r.defaultRetention).ifPresent(d -> {
                Instant end = d.days != null ? now.plus(java.time.Duration.ofDays(d.days))
                        : now.atZone(ZoneOffset.UTC).plusYears(d.years == null ? 0 : d.years).toInstant();
                lock.put(MODE, d.mode);
                lock.put(UNTIL, Formats.iso(end));
            });
            return lock;
        }
        requireEnabled(bucket);
        if (mode.isPresent() != until.isPresent()) {
            throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT,
                    "x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied")
                    .detail("ArgumentName", mode.isPresent() ? UNTIL : MODE);
        }
        if (mode.isPresent()) {
            lock.put(MODE, validMode(mode.get()));
            lock.put(UNTIL, Formats.iso(validFutureDate(until.get(), now)));
        }
        hold.ifPresent(h -> lock.put(LEGAL_HOLD, validHold(h)));
        return lock;
    }

    public static String validMode(String mode) {
        if (!mode.equals("GOVERNANCE") && !mode.equals("COMPLIANCE")) {
            throw S3Exception.invalidArgument("Unknown wormMode directive.", MODE, mode);
        }
        return mode;
    }

    public static Instant validFutureDate(String value, Instant now) {
        Instant date;
        try {
            date = Instant.parse(value);
        } catch (DateTimeParseException e) {
            date = Formats.parseHttp(value).orElseThrow(() -> S3Exception.invalidArgument(
                    "The retain until date must be provided in ISO 8601 format", UNTIL, value));
        }
        if (!date.isAfter(now)) {
            throw S3Exception.invalidArgument("The retain until date must be in the future!", UNTIL, value);
        }
        return date;
    }

    public static String validHold(String hold) {
        if (!hold.equals("ON") && !hold.equals("OFF")) {
            throw S3Exception.invalidArgument("Legal Hold must be either of 'ON' or 'OFF'", LEGAL_HOLD, hold);
        }
        return hold;
    }

    /**
     * Refuses to delete (or shorten the retention of) a protected version, as S3 does.
     *
     * @param bypassGovernance whether the request bypasses GOVERNANCE retention (it asked, and may)
     * @throws S3Exception {@code AccessDenied} under a legal hold, an unexpired COMPLIANCE retention, or
     *                     an unexpired GOVERNANCE retention not bypassed
     */
    public static void checkDeletable(ObjectVersion version, boolean bypassGovernance, Instant now) {
        if (isProtected(version, bypassGovernance, now)) {
            throw protectedVersion();
        }
    }

    /** Whether a version may not be deleted now: a legal hold, or retention not over (and not bypassed). */
    public static boolean isProtected(ObjectVersion version, boolean bypassGovernance, Instant now) {
        Map<String, String> system = version.metadata().systemHeaders();
        if ("ON".equals(system.get(LEGAL_HOLD))) {
            return true;
        }
        String until = system.get(UNTIL);
        return until != null && Instant.parse(until).isAfter(now)
                && ("COMPLIANCE".equals(system.get(MODE)) || !bypassGovernance);
    }

    private static S3Exception protectedVersion() {
        return new S3Exception(S3ErrorCode.ACCESS_DENIED, "Access Denied because object protected by object lock.");
    }
}
