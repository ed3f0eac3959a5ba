package dev.pail.it.config;

import static dev.pail.it.config.ConfigFixture.assertS3Error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketLogsPermission;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.s3.model.FilterRuleName;
import software.amazon.awssdk.services.s3.model.GetBucketNotificationConfigurationResponse;
import software.amazon.awssdk.services.s3.model.Grantee;
import software.amazon.awssdk.services.s3.model.LoggingEnabled;
import software.amazon.awssdk.services.s3.model.PartitionDateSource;
import software.amazon.awssdk.services.s3.model.QueueConfiguration;
import software.amazon.awssdk.services.s3.model.TargetGrant;
import software.amazon.awssdk.services.s3.model.TopicConfiguration;
import software.amazon.awssdk.services.s3.model.Type;

/** Server access logging and event notifications: configurations that are off rather than missing. */
class LoggingAndNotificationTest {

    @RegisterExtension
    static final ConfigFixture fixture = new ConfigFixture();

    @Test
    void loggingRoundTripsAndAnEmptyStatusSwitchesItOff() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        String target = fixture.bucket();
        LoggingEnabled logging = LoggingEnabled.builder().targetBucket(target).targetPrefix("logs/" + bucket + "/")
                .targetGrants(TargetGrant.builder().permission(BucketLogsPermission.READ)
                        .grantee(Grantee.builder().type(Type.GROUP).uri("http://acs.amazonaws.com/groups/global/AuthenticatedUsers").build())
                        .build())
                .targetObjectKeyFormat(f -> f.partitionedPrefix(p -> p.partitionDateSource(PartitionDateSource.EVENT_TIME)))
                .build();

        s3.putBucketLogging(b -> b.bucket(bucket).bucketLoggingStatus(st -> st.loggingEnabled(logging)));
        assertThat(s3.getBucketLogging(b -> b.bucket(bucket)).loggingEnabled()).isEqualTo(logging);

        s3.putBucketLogging(b -> b.bucket(bucket).bucketLoggingStatus(st -> { }));
        assertThat(s3.getBucketLogging(b -> b.bucket(bucket)).loggingEnabled()).isNull();
    }

    @Test
    void loggingToAMissingBucketIsInvalidTargetBucketForLogging() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        String missing = ConfigFixture.uniqueName();

        assertS3Error(() -> s3.putBucketLogging(b -> b.bucket(bucket).bucketLoggingStatus(st -> st.loggingEnabled(
                l -> l.targetBucket(missing).targetPrefix("")))), 400, "InvalidTargetBucketForLogging");
        assertS3Error(() -> s3.getBucketLogging(b -> b.bucket(missing)), 404, "NoSuchBucket");
    }

    @Test
    void notificationsRoundTripWithGeneratedIdsAndAnEmptyConfigurationSwitchesThemOff() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();
        TopicConfiguration topic = TopicConfiguration.builder().id("uploads").topicArn("arn:aws:sns:us-east-1:123456789012:uploads")
                .events(Event.S3_OBJECT_CREATED, Event.S3_OBJECT_REMOVED_DELETE)
                .filter(f -> f.key(k -> k.filterRules(r -> r.name(FilterRuleName.PREFIX).value("in/"),
                        r -> r.name(FilterRuleName.SUFFIX).value(".jpg"))))
                .build();
        QueueConfiguration queue = QueueConfiguration.builder().queueArn("arn:aws:sqs:us-east-1:123456789012:q")
                .events(Event.S3_OBJECT_RESTORE_COMPLETED).build();

        s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(n -> n
                .topicConfigurations(topic).queueConfigurations(queue)
                .lambdaFunctionConfigurations(l -> l.id("fn").lambdaFunctionArn("arn:aws:lambda:us-east-1:123456789012:function:f")
                        .events(Event.S3_OBJECT_TAGGING))
                .eventBridgeConfiguration(e -> { })));

        GetBucketNotificationConfigurationResponse got = s3.getBucketNotificationConfiguration(b -> b.bucket(bucket));
        assertThat(got.topicConfigurations()).containsExactly(topic);
        assertThat(got.queueConfigurations()).singleElement().satisfies(q -> {
            assertThat(q.id()).isNotBlank();
            assertThat(q.toBuilder().id(null).build()).isEqualTo(queue);
        });
        assertThat(got.lambdaFunctionConfigurations()).singleElement()
                .satisfies(l -> assertThat(l.lambdaFunctionArn()).endsWith(":function:f"));
        assertThat(got.eventBridgeConfiguration()).isNotNull();

        s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(n -> { }));
        assertThat(s3.getBucketNotificationConfiguration(b -> b.bucket(bucket)).topicConfigurations()).isEmpty();
    }

    @Test
    void anUnknownEventOrFilterRuleIsInvalidArgument() {
        S3Client s3 = fixture.client();
        String bucket = fixture.bucket();

        assertS3Error(() -> s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(n -> n
                .queueConfigurations(q -> q.queueArn("arn:aws:sqs:us-east-1:1:q").eventsWithStrings("s3:ObjectExploded")))),
                400, "InvalidArgument");
        assertS3Error(() -> s3.putBucketNotificationConfiguration(b -> b.bucket(bucket).notificationConfiguration(n -> n
                .queueConfigurations(q -> q.queueArn("arn:aws:sqs:us-east-1:1:q").events(Event.S3_OBJECT_CREATED)
                        .filter(f -> f.key(k -> k.filterRules(r -> r.name(FilterRuleName.PREFIX).value("a"),
                                r -> r.name(FilterRuleName.PREFIX).value("b"))))))),
                400, "InvalidArgument");
        assertS3Error(() -> s3.getBucketNotificationConfiguration(b -> b.bucket(ConfigFixture.uniqueName())), 404, "NoSuchBucket");
    }
}
