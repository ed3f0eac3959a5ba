package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** Replication: the PutBucketReplication body and the GetBucketReplication response. */
@XmlRootElement(name = "ReplicationConfiguration")
@XmlType(propOrder = {"role", "rules"})
public final class ReplicationConfiguration {

    @XmlElement(name = "Role")
    public String role;
    @XmlElement(name = "Rule")
    public List<Rule> rules = new ArrayList<>();

    /** One replication rule. */
    @XmlType(name = "ReplicationRule", propOrder = {"id", "priority", "prefix", "filter", "status",
        "sourceSelectionCriteria", "existingObjectReplication", "destination", "deleteMarkerReplication"})
    public static final class Rule {
        @XmlElement(name = "ID")
        public String id;
        @XmlElement(name = "Priority")
        public Integer priority;
        @XmlElement(name = "Prefix")
        public String prefix;
        @XmlElement(name = "Filter")
        public RuleFilter filter;
        @XmlElement(name = "Status")
        public String status;
        @XmlElement(name = "SourceSelectionCriteria")
        public SourceSelectionCriteria sourceSelectionCriteria;
        @XmlElement(name = "ExistingObjectReplication")
        public StatusOnly existingObjectReplication;
        @XmlElement(name = "Destination")
        public Destination destination;
        @XmlElement(name = "DeleteMarkerReplication")
        public StatusOnly deleteMarkerReplication;
    }

    /** An element holding only a {@code Status}. */
    @XmlType(name = "ReplicationStatusOnly")
    public static final class StatusOnly {
        @XmlElement(name = "Status")
        public String status;
    }

    /** Which encrypted objects or replica changes replicate. */
    @XmlType(propOrder = {"sseKmsEncryptedObjects", "replicaModifications"})
    public static final class SourceSelectionCriteria {
        @XmlElement(name = "SseKmsEncryptedObjects")
        public StatusOnly sseKmsEncryptedObjects;
        @XmlElement(name = "ReplicaModifications")
        public StatusOnly replicaModifications;
    }

    /** Where replicas go. */
    @XmlType(name = "ReplicationDestination", propOrder = {"bucket", "account", "storageClass",
        "accessControlTranslation", "encryptionConfiguration", "replicationTime", "metrics"})
    public static final class Destination {
        @XmlElement(name = "Bucket")
        public String bucket;
        @XmlElement(name = "Account")
        public String account;
        @XmlElement(name = "StorageClass")
        public String storageClass;
        @XmlElement(name = "AccessControlTranslation")
        public AccessControlTranslation accessControlTranslation;
        @XmlElement(name = "EncryptionConfiguration")
        public EncryptionConfiguration encryptionConfiguration;
        @XmlElement(name = "ReplicationTime")
        public TimedStatus replicationTime;
        @XmlElement(name = "Metrics")
        public TimedStatus metrics;
    }

    /** Replica ownership. */
    public static final class AccessControlTranslation {
        @XmlElement(name = "Owner")
        public String owner;
    }

    /** The KMS key replicas are encrypted with. */
    @XmlType(name = "ReplicationEncryptionConfiguration")
    public static final class EncryptionConfiguration {
        @XmlElement(name = "ReplicaKmsKeyID")
        public String replicaKmsKeyId;
    }

    /** {@code ReplicationTime} ({@code Status}, {@code Time}) or {@code Metrics} ({@code Status}, {@code EventThreshold}). */
    @XmlType(propOrder = {"status", "time", "eventThreshold"})
    public static final class TimedStatus {
        @XmlElement(name = "Status")
        public String status;
        @XmlElement(name = "Time")
        public Minutes time;
        @XmlElement(name = "EventThreshold")
        public Minutes eventThreshold;
    }

    /** A duration in minutes. */
    public static final class Minutes {
        @XmlElement(name = "Minutes")
        public Integer minutes;
    }
}
