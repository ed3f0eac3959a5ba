package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The GetBucketMetadataTableConfiguration (S3 Metadata V1) response. */
@XmlRootElement(name = "GetBucketMetadataTableConfigurationResult")
@XmlType(propOrder = {"metadataTableConfigurationResult", "status", "error"})
public final class GetBucketMetadataTableConfigurationResult {

    @XmlElement(name = "MetadataTableConfigurationResult")
    public TableResult metadataTableConfigurationResult = new TableResult();
    @XmlElement(name = "Status")
    public String status;
    @XmlElement(name = "Error")
    public MetadataTables.ErrorDetails error;

    /** The configuration, with what S3 created. */
    public static final class TableResult {
        @XmlElement(name = "S3TablesDestinationResult")
        public DestinationResult s3TablesDestinationResult = new DestinationResult();
    }

    /** The table bucket, table name, table ARN and namespace. */
    @XmlType(name = "S3TablesDestinationResult", propOrder = {"tableBucketArn", "tableName", "tableArn", "tableNamespace"})
    public static final class DestinationResult {
        @XmlElement(name = "TableBucketArn")
        public String tableBucketArn;
        @XmlElement(name = "TableName")
        public String tableName;
        @XmlElement(name = "TableArn")
        public String tableArn;
        @XmlElement(name = "TableNamespace")
        public String tableNamespace;
    }
}
