package dev.pail.internal.events;

import dev.pail.events.DestinationType;
import java.util.List;
import java.util.Objects;

/**
 * One destination of a bucket's notification configuration: its id, where it sends, which event
 * types ({@code s3:ObjectCreated:*}, {@code s3:ObjectRemoved:Delete}...) and which keys (prefix and
 * suffix filter rules) it wants.
 *
 * @param id     the configuration's {@code Id}
 * @param type   the kind of destination
 * @param arn    the destination's ARN
 * @param events the event types, as configured (with the {@code s3:} prefix, maybe a {@code *})
 * @param prefix the key prefix filter ({@code ""} for none)
 * @param suffix the key suffix filter ({@code ""} for none)
 */
public record Subscription(String id, DestinationType type, String arn, List<String> events, String prefix,
                           String suffix) {

    /** Validates and copies the components. */
    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(arn, "arn");
        events = List.copyOf(events);
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
    }

    /** Whether a change of this type ({@code ObjectCreated:Put}) to this key is for this destination. */
    public boolean matches(String eventName, String key) {
        return key.startsWith(prefix) && key.endsWith(suffix)
                && events.stream().anyMatch(pattern -> typeMatches(pattern, eventName));
    }

    /** Whether a configured event type ({@code s3:ObjectCreated:*}) covers an event ({@code ObjectCreated:Put}). */
    public static boolean typeMatches(String pattern, String eventName) {
        String wanted = pattern.startsWith("s3:") ? pattern.substring(3) : pattern;
        if (wanted.endsWith("*")) {
            return eventName.startsWith(wanted.substring(0, wanted.length() - 1));
        }
        return eventName.equals(wanted);
    }

    /** Whether two subscriptions could both take one event (S3 refuses such overlapping configurations). */
    public boolean overlaps(Subscription other) {
        boolean types = events.stream().anyMatch(a -> other.events.stream().anyMatch(b -> typesOverlap(a, b)));
        boolean prefixes = prefix.startsWith(other.prefix) || other.prefix.startsWith(prefix);
        boolean suffixes = suffix.endsWith(other.suffix) || other.suffix.endsWith(suffix);
        return types && prefixes && suffixes;
    }

    private static boolean typesOverlap(String a, String b) {
        String x = a.endsWith("*") ? a.substring(0, a.length() - 1) : a;
        String y = b.endsWith("*") ? b.substring(0, b.length() - 1) : b;
        return a.endsWith("*") && y.startsWith(x) || b.endsWith("*") && x.startsWith(y) || a.equals(b);
    }
}
