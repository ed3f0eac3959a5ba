package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/** An inventory configuration (one of up to 1,000 per bucket, by id). */
@XmlRootElement(name = "InventoryConfiguration")
@XmlType(propOrder = {"destination", "isEnabled", "filter", "id", "includedObjectVersions", "optionalFields",
    "schedule"})
public final class InventoryConfiguration {

    @XmlElement(name = "Destination")
    public Destination destination;
    @XmlElement(name = "IsEnabled")
    public Boolean isEnabled;
    @XmlElement(name = "Filter")
    public Filter filter;
    @XmlElement(name = "Id")
    public String id;
    @XmlElement(name = "IncludedObjectVersions")
    public String includedObjectVersions;
    @XmlElementWrapper(name = "OptionalFields")
    @XmlElement(name = "Field")
    public List<String> optionalFields;
    @XmlElement(name = "Schedule")
    public Schedule schedule;

    /** Where inventory reports go. */
    @XmlType(name = "InventoryDestination")
    public static final class Destination {
        @XmlElement(name = "S3BucketDestination")
        public S3BucketDestination s3BucketDestination;
    }

    /** The bucket reports are written to. */
    @XmlType(name = "InventoryS3BucketDestination", propOrder = {"accountId", "bucket", "format", "prefix", "encryption"})
    public static final class S3BucketDestination {
        @XmlElement(name = "AccountId")
        public String accountId;
        @XmlElement(name = "Bucket")
        public String bucket;
        @XmlElement(name = "Format")
        public String format;
        @XmlElement(name = "Prefix")
        public String prefix;
        @XmlElement(name = "Encryption")
        public Encryption encryption;
    }

    /** How reports are encrypted. */
    @XmlType(name = "InventoryEncryption", propOrder = {"sseS3", "sseKms"})
    public static final class Encryption {
        @XmlElement(name = "SSE-S3")
        public SseS3 sseS3;
        @XmlElement(name = "SSE-KMS")
        public SseKms sseKms;
    }

    /** Encryption with S3 managed keys. */
    public static final class SseS3 {
    }

    /** Encryption with a KMS key. */
    public static final class SseKms {
        @XmlElement(name = "KeyId")
        public String keyId;
    }

    /** Which objects the inventory lists. */
    @XmlType(name = "InventoryFilter")
    public static final class Filter {
        @XmlElement(name = "Prefix")
        public String prefix;
    }

    /** How often reports are made. */
    public static final class Schedule {
        @XmlElement(name = "Frequency")
        public String frequency;
    }
}
