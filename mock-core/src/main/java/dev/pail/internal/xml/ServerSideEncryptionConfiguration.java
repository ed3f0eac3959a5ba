package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A bucket's default encryption: the PutBucketEncryption body and the GetBucketEncryption response. */
@XmlRootElement(name = "ServerSideEncryptionConfiguration")
public final class ServerSideEncryptionConfiguration {

    @XmlElement(name = "Rule")
    public List<Rule> rules = new ArrayList<>();

    /** One encryption rule. */
    @XmlType(name = "ServerSideEncryptionRule",
            propOrder = {"applyServerSideEncryptionByDefault", "bucketKeyEnabled", "blockedEncryptionTypes"})
    public static final class Rule {
        @XmlElement(name = "ApplyServerSideEncryptionByDefault")
        public ByDefault applyServerSideEncryptionByDefault;
        @XmlElement(name = "BucketKeyEnabled")
        public Boolean bucketKeyEnabled;
        @XmlElement(name = "BlockedEncryptionTypes")
        public BlockedEncryptionTypes blockedEncryptionTypes;
    }

    /** The encryption applied to new objects that ask for none. */
    @XmlType(name = "ServerSideEncryptionByDefault", propOrder = {"sseAlgorithm", "kmsMasterKeyId"})
    public static final class ByDefault {
        @XmlElement(name = "SSEAlgorithm")
        public String sseAlgorithm;
        @XmlElement(name = "KMSMasterKeyID")
        public String kmsMasterKeyId;
    }

    /** The encryption types the bucket refuses on writes. */
    public static final class BlockedEncryptionTypes {
        @XmlElement(name = "EncryptionType")
        public List<String> encryptionTypes = new ArrayList<>();
    }
}
