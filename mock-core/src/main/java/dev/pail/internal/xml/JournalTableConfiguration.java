package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The journal table part of a metadata configuration, and the UpdateBucketMetadataJournalTableConfiguration body. */
@XmlRootElement(name = "JournalTableConfiguration")
@XmlType(propOrder = {"recordExpiration", "encryptionConfiguration"})
public final class JournalTableConfiguration {

    @XmlElement(name = "RecordExpiration")
    public MetadataTables.RecordExpiration recordExpiration;
    @XmlElement(name = "EncryptionConfiguration")
    public MetadataTables.Encryption encryptionConfiguration;
}
