package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The CreateBucketMetadataTableConfiguration (S3 Metadata V1) body. */
@XmlRootElement(name = "MetadataTableConfiguration")
public final class MetadataTableConfiguration {

    @XmlElement(name = "S3TablesDestination")
    public S3TablesDestination s3TablesDestination;

    /** The table bucket and table the metadata goes to. */
    @XmlType(propOrder = {"tableBucketArn", "tableName"})
    public static final class S3TablesDestination {
        @XmlElement(name = "TableBucketArn")
        public String tableBucketArn;
        @XmlElement(name = "TableName")
        public String tableName;
    }
}
