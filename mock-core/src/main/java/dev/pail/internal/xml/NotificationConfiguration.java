package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * Event notifications. One type serves PutBucketNotificationConfiguration and the deprecated
 * PutBucketNotification (same URI and root element; the deprecated form is a subset, plus the
 * cloud function's {@code InvocationRole}).
 */
@XmlRootElement(name = "NotificationConfiguration")
@XmlType(propOrder = {"topicConfigurations", "queueConfigurations", "lambdaFunctionConfigurations",
    "eventBridgeConfiguration"})
public final class NotificationConfiguration {

    @XmlElement(name = "TopicConfiguration")
    public List<Target> topicConfigurations = new ArrayList<>();
    @XmlElement(name = "QueueConfiguration")
    public List<Target> queueConfigurations = new ArrayList<>();
    @XmlElement(name = "CloudFunctionConfiguration")
    public List<Target> lambdaFunctionConfigurations = new ArrayList<>();
    @XmlElement(name = "EventBridgeConfiguration")
    public EventBridgeConfiguration eventBridgeConfiguration;

    /** Whether the configuration names no destination at all (notifications off). */
    public boolean isEmpty() {
        return topicConfigurations.isEmpty() && queueConfigurations.isEmpty()
                && lambdaFunctionConfigurations.isEmpty() && eventBridgeConfiguration == null;
    }

    /** A destination (topic, queue or function: exactly one of the ARNs is set) and its events. */
    @XmlType(name = "NotificationTarget",
            propOrder = {"id", "topic", "queue", "cloudFunction", "invocationRole", "events", "filter"})
    public static final class Target {
        @XmlElement(name = "Id")
        public String id;
        @XmlElement(name = "Topic")
        public String topic;
        @XmlElement(name = "Queue")
        public String queue;
        @XmlElement(name = "CloudFunction")
        public String cloudFunction;
        @XmlElement(name = "InvocationRole")
        public String invocationRole;
        @XmlElement(name = "Event")
        public List<String> events = new ArrayList<>();
        @XmlElement(name = "Filter")
        public Filter filter;
    }

    /** Which keys raise events. */
    @XmlType(name = "NotificationFilter")
    public static final class Filter {
        @XmlElement(name = "S3Key")
        public S3Key s3Key;
    }

    /** Key name rules. */
    public static final class S3Key {
        @XmlElement(name = "FilterRule")
        public List<FilterRule> filterRules = new ArrayList<>();
    }

    /** A prefix or suffix rule. */
    @XmlType(propOrder = {"name", "value"})
    public static final class FilterRule {
        @XmlElement(name = "Name")
        public String name;
        @XmlElement(name = "Value")
        public String value;
    }

    /** Sends every event to Amazon EventBridge. */
    public static final class EventBridgeConfiguration {
    }
}
