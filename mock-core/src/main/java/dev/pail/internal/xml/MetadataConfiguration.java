package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The CreateBucketMetadataConfiguration (S3 Metadata V2) body. */
@XmlRootElement(name = "MetadataConfiguration")
@XmlType(propOrder = {"journalTableConfiguration", "inventoryTableConfiguration"})
public final class MetadataConfiguration {

    @XmlElement(name = "JournalTableConfiguration")
    public JournalTableConfiguration journalTableConfiguration;
    @XmlElement(name = "InventoryTableConfiguration")
    public InventoryTableConfiguration inventoryTableConfiguration;
}
