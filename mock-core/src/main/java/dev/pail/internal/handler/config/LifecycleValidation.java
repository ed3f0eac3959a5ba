package dev.pail.internal.handler.config;

import static dev.pail.internal.handler.config.ConfigurationChecks.malformed;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.Store;
import dev.pail.internal.xml.LifecycleConfiguration.Expiration;
import dev.pail.internal.xml.LifecycleConfiguration.Rule;
import dev.pail.internal.xml.LifecycleConfiguration.Transition;
import dev.pail.internal.xml.LifecycleConfiguration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

/** S3's rules for a lifecycle configuration (both the current and the deprecated form). */
public final class LifecycleValidation {

    public static final int MAX_RULES = 1000;
    private static final Set<String> TRANSITION_CLASSES = Set.of("GLACIER", "STANDARD_IA", "ONEZONE_IA",
            "INTELLIGENT_TIERING", "DEEP_ARCHIVE", "GLACIER_IR");

    private LifecycleValidation() {
    }

    public static void check(LifecycleConfiguration configuration, Bucket bucket, Store store) {
        ConfigurationChecks.requireCount(configuration.rules, 1, MAX_RULES);
        Set<String> ids = new HashSet<>();
        for (Rule rule : configuration.rules) {
            ConfigurationChecks.requireOneOf(rule.status, ConfigurationChecks.ENABLED_DISABLED);
            ConfigurationChecks.checkRuleId(rule.id, ids);
            if (rule.id == null || rule.id.isEmpty()) {
                rule.id = ConfigurationChecks.generatedId();
            }
            if ((rule.prefix == null) == (rule.filter == null)) {
                throw malformed();
            }
            ConfigurationChecks.checkFilter(rule.filter, true, false);
            if (!rule.hasAction()) {
                throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "At least one action needs to be specified in a rule");
            }
            boolean tagged = rule.filter != null && !rule.filter.tags().isEmpty();
            checkExpiration(rule.expiration, tagged);
            checkTransitions(rule);
            checkNoncurrent(rule);
            if (rule.abortIncompleteMultipartUpload != null) {
                Integer days = rule.abortIncompleteMultipartUpload.daysAfterInitiation;
                if (days == null || days <= 0) {
                    throw invalidArgument("'DaysAfterInitiation' for AbortIncompleteMultipartUpload action must be a positive integer");
                }
                if (tagged) {
                    throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "AbortIncompleteMultipartUpload cannot be specified with Tags.");
                }
            }
        }
    }

    private static void checkExpiration(Expiration expiration, boolean tagged) {
        if (expiration == null) {
            return;
        }
        int parts = (expiration.date != null ? 1 : 0) + (expiration.days != null ? 1 : 0)
                + (expiration.expiredObjectDeleteMarker != null ? 1 : 0);
        if (parts != 1) {
            throw malformed();
        }
        if (expiration.days != null && expiration.days <= 0) {
            throw invalidArgument("'Days' for Expiration action must be a positive integer");
        }
        if (expiration.date != null) {
            midnight(expiration.date);
        }
        if (Boolean.TRUE.equals(expiration.expiredObjectDeleteMarker) && tagged) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "ExpiredObjectDeleteMarker cannot be specified with tags.");
        }
    }

    private static void checkTransitions(Rule rule) {
        Set<String> classes = new HashSet<>();
        for (Transition transition : rule.transitions) {
            ConfigurationChecks.requireOneOf(transition.storageClass, TRANSITION_CLASSES);
            if ((transition.days == null) == (transition.date == null)) {
                throw malformed();
            }
            if (transition.days != null && transition.days < 0) {
                throw invalidArgument("'Days' for Transition action must be a positive integer");
            }
            if (transition.date != null) {
                midnight(transition.date);
            }
            if (!classes.add(transition.storageClass)) {
                throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                        "'StorageClass' must be different for 'Transition' actions in same 'Rule'");
            }
        }
    }

    private static void checkNoncurrent(Rule rule) {
        Set<String> classes = new HashSet<>();
        for (LifecycleConfiguration.NoncurrentVersionTransition transition : rule.noncurrentVersionTransitions) {
            ConfigurationChecks.requireOneOf(transition.storageClass, TRANSITION_CLASSES);
            if (transition.noncurrentDays == null || transition.noncurrentDays < 0) {
                throw invalidArgument("'NoncurrentDays' for NoncurrentVersionTransition action must be a positive integer");
            }
            if (!classes.add(transition.storageClass)) {
                throw new S3Exception(S3ErrorCode.INVALID_REQUEST,
                        "'StorageClass' must be different for 'NoncurrentVersionTransition' actions in same 'Rule'");
            }
        }
        LifecycleConfiguration.NoncurrentVersionExpiration expiration = rule.noncurrentVersionExpiration;
        if (expiration != null && (expiration.noncurrentDays == null || expiration.noncurrentDays <= 0)) {
            throw invalidArgument("'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive integer");
        }
    }

    /** Lifecycle dates are ISO 8601 and must fall on midnight UTC. */
    private static void midnight(String date) {
        Instant instant;
        try {
            instant = date.length() == 10 ? LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(date).toInstant();
        } catch (DateTimeParseException e) {
            throw malformed();
        }
        if (instant.getEpochSecond() % 86_400 != 0 || instant.getNano() != 0) {
            throw invalidArgument("'Date' must be at midnight GMT");
        }
    }

    private static S3Exception invalidArgument(String message) {
        return new S3Exception(S3ErrorCode.INVALID_ARGUMENT, message);
    }
}
