package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The GetBucketMetadataConfiguration (S3 Metadata V2) response. */
@XmlRootElement(name = "GetBucketMetadataConfigurationResult")
public final class GetBucketMetadataConfigurationResult {

    @XmlElement(name = "MetadataConfigurationResult")
    public Result metadataConfigurationResult = new Result();

    /** The configuration, with the tables S3 created. */
    @XmlType(name = "MetadataConfigurationResult",
            propOrder = {"destinationResult", "journalTableConfigurationResult", "inventoryTableConfigurationResult"})
    public static final class Result {
        @XmlElement(name = "DestinationResult")
        public Destination destinationResult = new Destination();
        @XmlElement(name = "JournalTableConfigurationResult")
        public JournalResult journalTableConfigurationResult;
        @XmlElement(name = "InventoryTableConfigurationResult")
        public InventoryResult inventoryTableConfigurationResult;
    }

    /** The table bucket holding the tables. */
    @XmlType(name = "MetadataDestinationResult", propOrder = {"tableBucketType", "tableBucketArn", "tableNamespace"})
    public static final class Destination {
        @XmlElement(name = "TableBucketType")
        public String tableBucketType;
        @XmlElement(name = "TableBucketArn")
        public String tableBucketArn;
        @XmlElement(name = "TableNamespace")
        public String tableNamespace;
    }

    /** The journal table. */
    @XmlType(propOrder = {"tableStatus", "error", "tableName", "tableArn", "recordExpiration"})
    public static final class JournalResult {
        @XmlElement(name = "TableStatus")
        public String tableStatus;
        @XmlElement(name = "Error")
        public MetadataTables.ErrorDetails error;
        @XmlElement(name = "TableName")
        public String tableName;
        @XmlElement(name = "TableArn")
        public String tableArn;
        @XmlElement(name = "RecordExpiration")
        public MetadataTables.RecordExpiration recordExpiration;
    }

    /** The inventory table. */
    @XmlType(propOrder = {"configurationState", "tableStatus", "error", "tableName", "tableArn"})
    public static final class InventoryResult {
        @XmlElement(name = "ConfigurationState")
        public String configurationState;
        @XmlElement(name = "TableStatus")
        public String tableStatus;
        @XmlElement(name = "Error")
        public MetadataTables.ErrorDetails error;
        @XmlElement(name = "TableName")
        public String tableName;
        @XmlElement(name = "TableArn")
        public String tableArn;
    }
}
