package dev.pail.internal.handler.config;

import static dev.pail.internal.handler.config.ConfigurationChecks.malformed;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.Store;
import dev.pail.internal.xml.NotificationConfiguration.Target;
import dev.pail.internal.xml.NotificationConfiguration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** S3's rules for an event notification configuration; fills in the ids S3 generates. */
public final class NotificationValidation {

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
