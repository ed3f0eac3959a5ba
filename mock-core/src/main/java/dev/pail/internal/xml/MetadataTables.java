package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Elements shared by the S3 Metadata V2 documents. */
public final class MetadataTables {

    private MetadataTables() {
    }

    /** Whether, and after how many days, journal records expire. */
    @XmlType(propOrder = {"expiration", "days"})
    public static final class RecordExpiration {
        @XmlElement(name = "Expiration")
        public String expiration;
        @XmlElement(name = "Days")
        public Integer days;
    }

    /** How a metadata table is encrypted. */
    @XmlType(name = "MetadataTableEncryptionConfiguration", propOrder = {"sseAlgorithm", "kmsKeyArn"})
    public static final class Encryption {
        @XmlElement(name = "SseAlgorithm")
        public String sseAlgorithm;
        @XmlElement(name = "KmsKeyArn")
        public String kmsKeyArn;
    }

    /** Why a table could not be created. */
    @XmlType(propOrder = {"errorCode", "errorMessage"})
    public static final class ErrorDetails {
        @XmlElement(name = "ErrorCode")
        public String errorCode;
        @XmlElement(name = "ErrorMessage")
        public String errorMessage;
    }
}
