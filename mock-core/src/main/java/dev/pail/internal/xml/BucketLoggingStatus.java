package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/** Server access logging: the PutBucketLogging body and the GetBucketLogging response (empty when off). */
@XmlRootElement(name = "BucketLoggingStatus")
public final class BucketLoggingStatus {

    @XmlElement(name = "LoggingEnabled")
    public LoggingEnabled loggingEnabled;

    /** Logging is off. */
    public BucketLoggingStatus() {
    }

    /** Where logs go. */
    @XmlType(propOrder = {"targetBucket", "targetGrants", "targetPrefix", "targetObjectKeyFormat"})
    public static final class LoggingEnabled {
        @XmlElement(name = "TargetBucket")
        public String targetBucket;
        @XmlElementWrapper(name = "TargetGrants")
        @XmlElement(name = "Grant")
        public List<Grant> targetGrants;
        @XmlElement(name = "TargetPrefix")
        public String targetPrefix;
        @XmlElement(name = "TargetObjectKeyFormat")
        public TargetObjectKeyFormat targetObjectKeyFormat;
    }

    /** How log object keys are formed. */
    @XmlType(propOrder = {"simplePrefix", "partitionedPrefix"})
    public static final class TargetObjectKeyFormat {
        @XmlElement(name = "SimplePrefix")
        public SimplePrefix simplePrefix;
        @XmlElement(name = "PartitionedPrefix")
        public PartitionedPrefix partitionedPrefix;
    }

    /** Keys as [prefix][date-time]-[unique]. */
    public static final class SimplePrefix {
    }

    /** Keys partitioned by date. */
    public static final class PartitionedPrefix {
        @XmlElement(name = "PartitionDateSource")
        public String partitionDateSource;
    }
}
