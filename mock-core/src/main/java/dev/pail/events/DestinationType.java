package dev.pail.events;

/** Where a bucket's notification configuration sends events. */
public enum DestinationType {
    /** An Amazon SQS queue ({@code QueueConfiguration}). */
    QUEUE,
    /** An Amazon SNS topic ({@code TopicConfiguration}). */
    TOPIC,
    /** An AWS Lambda function ({@code CloudFunctionConfiguration}). */
    LAMBDA_FUNCTION,
    /** Amazon EventBridge ({@code EventBridgeConfiguration}), which receives every event. */
    EVENT_BRIDGE
}
