package dev.pail.internal.handler.events;

import dev.pail.internal.events.LifecycleFilter;
import dev.pail.internal.events.LifecycleRule;
import dev.pail.internal.events.LifecycleRule.NoncurrentExpiration;
import dev.pail.internal.events.LifecycleRule.NoncurrentTransition;
import dev.pail.internal.events.LifecycleRule.Timing;
import dev.pail.internal.xml.LifecycleConfiguration;
import dev.pail.internal.xml.LifecycleConfiguration.Expiration;
import dev.pail.internal.xml.LifecycleConfiguration.Rule;
import dev.pail.internal.xml.RuleFilter;
import dev.pail.internal.xml.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Turns a stored (already validated) lifecycle configuration into the XML-free rules the
 * {@link dev.pail.internal.events.LifecyclePlanner} evaluates.
 */
public final class LifecycleRules {

    private LifecycleRules() {
    }

    /**
     * The rules of a configuration, in order.
     *
     * @param configuration the bucket's lifecycle configuration
     * @return its rules
     * @throws IllegalArgumentException when a date cannot be read
     */
    public static List<LifecycleRule> from(LifecycleConfiguration configuration) {
        List<LifecycleRule> rules = new ArrayList<>();
        for (Rule rule : configuration.rules) {
            rules.add(rule(rule));
        }
        return List.copyOf(rules);
    }

    private static LifecycleRule rule(Rule xml) {
        LifecycleRule rule = LifecycleRule.enabled(Objects.requireNonNullElse(xml.id, ""), filter(xml));
        Expiration expiration = xml.expiration;
        if (expiration != null) {
            Optional<Timing> when = timing(expiration.days, expiration.date);
            if (when.isPresent()) {
                rule = rule.withExpiration(when.get());
            }
            if (Boolean.TRUE.equals(expiration.expiredObjectDeleteMarker)) {
                rule = rule.withExpiredObjectDeleteMarker();
            }
        }
        for (LifecycleConfiguration.Transition transition : xml.transitions) {
            Optional<Timing> when = timing(transition.days, transition.date);
            if (when.isPresent() && transition.storageClass != null) {
                rule = rule.withTransition(when.get(), transition.storageClass);
            }
        }
        for (LifecycleConfiguration.NoncurrentVersionTransition transition : xml.noncurrentVersionTransitions) {
            if (transition.storageClass == null) {
                continue;
            }
            rule = rule.withNoncurrentTransition(new NoncurrentTransition(orZero(transition.noncurrentDays),
                    optional(transition.newerNoncurrentVersions), transition.storageClass));
        }
        if (xml.noncurrentVersionExpiration != null) {
            rule = rule.withNoncurrentExpiration(new NoncurrentExpiration(
                    orZero(xml.noncurrentVersionExpiration.noncurrentDays),
                    optional(xml.noncurrentVersionExpiration.newerNoncurrentVersions)));
        }
        if (xml.abortIncompleteMultipartUpload != null && xml.abortIncompleteMultipartUpload.daysAfterInitiation != null) {
            rule = rule.withAbortAfter(xml.abortIncompleteMultipartUpload.daysAfterInitiation);
        }
        return "Enabled".equals(xml.status) ? rule : rule.disabled();
    }

    /** The rule's {@code Filter}, else its deprecated top-level {@code Prefix}; an empty filter matches everything. */
    private static LifecycleFilter filter(Rule xml) {
        RuleFilter filter = xml.filter;
        if (filter == null) {
            return LifecycleFilter.prefix(Objects.requireNonNullElse(xml.prefix, ""));
        }
        RuleFilter.And and = filter.and;
        String prefix = filter.prefix != null ? filter.prefix : and != null && and.prefix != null ? and.prefix : "";
        Long greater = filter.objectSizeGreaterThan != null ? filter.objectSizeGreaterThan
                : and != null ? and.objectSizeGreaterThan : null;
        Long less = filter.objectSizeLessThan != null ? filter.objectSizeLessThan
                : and != null ? and.objectSizeLessThan : null;
        LifecycleFilter result = new LifecycleFilter(prefix, Map.of(),
                greater == null ? OptionalLong.empty() : OptionalLong.of(greater),
                less == null ? OptionalLong.empty() : OptionalLong.of(less));
        for (Tag tag : filter.tags()) {
            // A Tag with a Key and no Value matches objects whose tag has no value.
            result = result.withTag(tag.key(), Objects.requireNonNullElse(tag.value(), ""));
        }
        return result;
    }

    private static Optional<Timing> timing(Integer days, String date) {
        if (days != null) {
            return Optional.of(Timing.afterDays(days));
        }
        return date == null ? Optional.empty() : Optional.of(Timing.onDate(date(date)));
    }

    /**
     * A lifecycle date: ISO 8601, midnight UTC ({@code 2030-01-01T00:00:00.000Z}, {@code 2030-01-01T00:00:00Z},
     * {@code 2030-01-01T00:00:00} or {@code 2030-01-01}), read as its UTC calendar day.
     */
    static LocalDate date(String text) {
        String trimmed = text.trim();
        try {
            if (trimmed.length() == 10) {
                return LocalDate.parse(trimmed);
            }
            try {
                return OffsetDateTime.parse(trimmed).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(trimmed).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a lifecycle date: " + text, e);
        }
    }

    private static int orZero(Integer days) {
        return days == null ? 0 : days;
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
