package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The UpdateObjectEncryption request body. */
@XmlRootElement(name = "ObjectEncryption")
public final class ObjectEncryption {

    @XmlElement(name = "SSE-KMS")
    public SseKms sseKms;

    /** The KMS key to encrypt with. */
    @XmlType(name = "ObjectEncryptionSseKms", propOrder = {"kmsKeyArn", "bucketKeyEnabled"})
    public static final class SseKms {
        @XmlElement(name = "KMSKeyArn")
        public String kmsKeyArn;
        @XmlElement(name = "BucketKeyEnabled")
        public Boolean bucketKeyEnabled;
    }
}
