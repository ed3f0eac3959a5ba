package dev.pail.internal.handler.config;

import static dev.pail.internal.handler.config.ConfigurationChecks.malformed;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.Store;
import dev.pail.internal.xml.NotificationConfiguration.Target;
import dev.pail.internal.xml.NotificationConfiguration;
import dev.pail.events.DestinationType;
import dev.pail.internal.events.Subscription;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** S3's rules for an event notification configuration; fills in the ids S3 generates. */
public final class NotificationValidation {

    private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:(sns|sqs|lambda):[a-z0-9-]+:\\d{12}:[^:\\s]+(:[^\\s]+)?");

    private static final Set<String> EVENTS = Set.of("s3:ReducedRedundancyLostObject", "s3:ObjectCreated:*",
            "s3:ObjectCreated:Put", "s3:ObjectCreated:Post", "s3:ObjectCreated:Copy",
            "s3:ObjectCreated:CompleteMultipartUpload", "s3:ObjectRemoved:*", "s3:ObjectRemoved:Delete",
            "s3:ObjectRemoved:DeleteMarkerCreated", "s3:ObjectRestore:*", "s3:ObjectRestore:Post",
            "s3:ObjectRestore:Completed", "s3:ObjectRestore:Delete", "s3:Replication:*",
            "s3:Replication:OperationFailedReplication", "s3:Replication:OperationNotTracked",
            "s3:Replication:OperationMissedThreshold", "s3:Replication:OperationReplicatedAfterThreshold",
            "s3:LifecycleTransition", "s3:IntelligentTiering", "s3:ObjectAcl:Put", "s3:LifecycleExpiration:*",
            "s3:LifecycleExpiration:Delete", "s3:LifecycleExpiration:DeleteMarkerCreated", "s3:ObjectTagging:*",
            "s3:ObjectTagging:Put", "s3:ObjectTagging:Delete");

    private NotificationValidation() {
    }

    public static void check(NotificationConfiguration configuration, Bucket bucket, Store store) {
        Set<String> ids = new HashSet<>();
        checkTargets(configuration.topicConfigurations, target -> target.topic, ids);
        checkTargets(configuration.queueConfigurations, target -> target.queue, ids);
        checkTargets(configuration.lambdaFunctionConfigurations, target -> target.cloudFunction, ids);
        checkArns(configuration.topicConfigurations, target -> target.topic, "sns");
        checkArns(configuration.queueConfigurations, target -> target.queue, "sqs");
        checkArns(configuration.lambdaFunctionConfigurations, target -> target.cloudFunction, "lambda");
        checkOverlaps(configuration);
    }

    /**
     * A destination must be an ARN of its service; S3 answers one it cannot reach with "Unable to
     * validate the following destination configurations", naming it.
     */
    private static void checkArns(List<Target> targets, Function<Target, String> arn, String service) {
        for (Target target : targets) {
            String value = arn.apply(target);
            if (!ARN.matcher(value).matches() || !value.split(":")[2].equals(service)) {
                throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT,
                        "Unable to validate the following destination configurations")
                        .detail("ArgumentName", value).detail("ArgumentValue", "The destination ARN is not valid");
            }
        }
    }

    /**
     * Two destinations that could both take one event (a common event type, overlapping prefixes and
     * suffixes) are refused, as S3 refuses them.
     */
    private static void checkOverlaps(NotificationConfiguration configuration) {
        List<Subscription> all = new ArrayList<>();
        configuration.topicConfigurations.forEach(t -> all.add(Subscriptions.of(t, DestinationType.TOPIC, t.topic)));
        configuration.queueConfigurations.forEach(t -> all.add(Subscriptions.of(t, DestinationType.QUEUE, t.queue)));
        configuration.lambdaFunctionConfigurations.forEach(t -> all.add(
                Subscriptions.of(t, DestinationType.LAMBDA_FUNCTION, t.cloudFunction)));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).overlaps(all.get(j))) {
                    throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "Configuration is ambiguously defined. Cannot have "
                            + "overlapping suffixes in two rules if the prefixes are overlapping for the same event type.")
                            .detail("ArgumentName", "Event").detail("ArgumentValue", String.join(",", all.get(j).events()));
                }
            }
        }
    }

    private static void checkTargets(List<Target> targets, Function<Target, String> arn, Set<String> ids) {
        for (Target target : targets) {
            int arns = (target.topic != null ? 1 : 0) + (target.queue != null ? 1 : 0) + (target.cloudFunction != null ? 1 : 0);
            if (arns != 1 || arn.apply(target) == null || target.events.isEmpty()) {
                throw malformed();
            }
            for (String event : target.events) {
                if (!EVENTS.contains(event)) {
                    throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "The event is not supported for notifications")
                            .detail("ArgumentName", "Event").detail("ArgumentValue", event);
                }
            }
            checkFilter(target.filter);
            if (target.id == null || target.id.isEmpty()) {
                target.id = ConfigurationChecks.generatedId();
            }
            if (!ids.add(target.id)) {
                throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT,
                        "Configurations must have unique IDs within a NotificationConfiguration")
                        .detail("ArgumentName", "Id").detail("ArgumentValue", target.id);
            }
        }
    }

    private static void checkFilter(NotificationConfiguration.Filter filter) {
        if (filter == null || filter.s3Key == null) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (NotificationConfiguration.FilterRule rule : filter.s3Key.filterRules) {
            String name = rule.name == null ? "" : rule.name.toLowerCase(Locale.ROOT);
            if (!name.equals("prefix") && !name.equals("suffix")) {
                throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT,
                        "filter rule name must be either prefix or suffix").detail("ArgumentName", "FilterRule");
            }
            if (!names.add(name)) {
                throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT,
                        "Cannot specify more than one " + name + " rule in a filter.").detail("ArgumentName", "FilterRule");
            }
        }
    }
}
