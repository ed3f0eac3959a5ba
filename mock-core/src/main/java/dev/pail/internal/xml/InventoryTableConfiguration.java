package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The inventory table part of a metadata configuration, and the UpdateBucketMetadataInventoryTableConfiguration body. */
@XmlRootElement(name = "InventoryTableConfiguration")
@XmlType(propOrder = {"configurationState", "encryptionConfiguration"})
public final class InventoryTableConfiguration {

    @XmlElement(name = "ConfigurationState")
    public String configurationState;
    @XmlElement(name = "EncryptionConfiguration")
    public MetadataTables.Encryption encryptionConfiguration;
}
