package dev.pail.internal.handler.config;

import dev.pail.events.DestinationType;
import dev.pail.internal.events.Subscription;
import dev.pail.internal.xml.NotificationConfiguration;

/** The destinations of a notification configuration as {@link Subscription}s: id, ARN, events, key filter. */
public final class Subscriptions {

    private Subscriptions() {
    }

    /** One queue, topic or function configuration. */
    public static Subscription of(NotificationConfiguration.Target target, DestinationType type, String arn) {
        String prefix = "";
        String suffix = "";
        if (target.filter != null && target.filter.s3Key != null) {
            for (NotificationConfiguration.FilterRule rule : target.filter.s3Key.filterRules) {
                String value = rule.value == null ? "" : rule.value;
                if ("prefix".equalsIgnoreCase(rule.name)) {
                    prefix = value;
                } else if ("suffix".equalsIgnoreCase(rule.name)) {
                    suffix = value;
                }
            }
        }
        return new Subscription(target.id == null ? "" : target.id, type, arn, target.events, prefix, suffix);
    }
}
