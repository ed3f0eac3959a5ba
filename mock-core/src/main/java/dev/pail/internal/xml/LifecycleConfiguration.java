package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * A bucket's lifecycle configuration. One type serves PutBucketLifecycleConfiguration (rules with
 * a {@code Filter}) and the deprecated PutBucketLifecycle (rules with a {@code Prefix}), which share
 * the same URI and the same element names.
 */
@XmlRootElement(name = "LifecycleConfiguration")
public final class LifecycleConfiguration {

    @XmlElement(name = "Rule")
    public List<Rule> rules = new ArrayList<>();

    /** One lifecycle rule. */
    @XmlType(name = "LifecycleRule", propOrder = {"expiration", "id", "prefix", "filter", "status", "transitions",
        "noncurrentVersionTransitions", "noncurrentVersionExpiration", "abortIncompleteMultipartUpload"})
    public static final class Rule {
        @XmlElement(name = "Expiration")
        public Expiration expiration;
        @XmlElement(name = "ID")
        public String id;
        @XmlElement(name = "Prefix")
        public String prefix;
        @XmlElement(name = "Filter")
        public RuleFilter filter;
        @XmlElement(name = "Status")
        public String status;
        @XmlElement(name = "Transition")
        public List<Transition> transitions = new ArrayList<>();
        @XmlElement(name = "NoncurrentVersionTransition")
        public List<NoncurrentVersionTransition> noncurrentVersionTransitions = new ArrayList<>();
        @XmlElement(name = "NoncurrentVersionExpiration")
        public NoncurrentVersionExpiration noncurrentVersionExpiration;
        @XmlElement(name = "AbortIncompleteMultipartUpload")
        public AbortIncompleteMultipartUpload abortIncompleteMultipartUpload;

        /** Whether the rule names any action. */
        public boolean hasAction() {
            return expiration != null || !transitions.isEmpty() || !noncurrentVersionTransitions.isEmpty()
                    || noncurrentVersionExpiration != null || abortIncompleteMultipartUpload != null;
        }
    }

    /** When current versions expire (or expired delete markers are removed). */
    @XmlType(name = "LifecycleExpiration", propOrder = {"date", "days", "expiredObjectDeleteMarker"})
    public static final class Expiration {
        @XmlElement(name = "Date")
        public String date;
        @XmlElement(name = "Days")
        public Integer days;
        @XmlElement(name = "ExpiredObjectDeleteMarker")
        public Boolean expiredObjectDeleteMarker;
    }

    /** When current versions move to another storage class. */
    @XmlType(name = "LifecycleTransition", propOrder = {"date", "days", "storageClass"})
    public static final class Transition {
        @XmlElement(name = "Date")
        public String date;
        @XmlElement(name = "Days")
        public Integer days;
        @XmlElement(name = "StorageClass")
        public String storageClass;
    }

    /** When noncurrent versions move to another storage class. */
    @XmlType(propOrder = {"noncurrentDays", "storageClass", "newerNoncurrentVersions"})
    public static final class NoncurrentVersionTransition {
        @XmlElement(name = "NoncurrentDays")
        public Integer noncurrentDays;
        @XmlElement(name = "StorageClass")
        public String storageClass;
        @XmlElement(name = "NewerNoncurrentVersions")
        public Integer newerNoncurrentVersions;
    }

    /** When noncurrent versions expire. */
    @XmlType(propOrder = {"noncurrentDays", "newerNoncurrentVersions"})
    public static final class NoncurrentVersionExpiration {
        @XmlElement(name = "NoncurrentDays")
        public Integer noncurrentDays;
        @XmlElement(name = "NewerNoncurrentVersions")
        public Integer newerNoncurrentVersions;
    }

    /** When incomplete multipart uploads are aborted. */
    public static final class AbortIncompleteMultipartUpload {
        @XmlElement(name = "DaysAfterInitiation")
        public Integer daysAfterInitiation;
    }
}
