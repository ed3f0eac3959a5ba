package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** A storage class analysis configuration (one of up to 1,000 per bucket, by id). */
@XmlRootElement(name = "AnalyticsConfiguration")
@XmlType(propOrder = {"id", "filter", "storageClassAnalysis"})
public final class AnalyticsConfiguration {

    @XmlElement(name = "Id")
    public String id;
    @XmlElement(name = "Filter")
    public RuleFilter filter;
    @XmlElement(name = "StorageClassAnalysis")
    public StorageClassAnalysis storageClassAnalysis;

    /** What the analysis exports. */
    public static final class StorageClassAnalysis {
        @XmlElement(name = "DataExport")
        public DataExport dataExport;
    }

    /** An export of the analysis. */
    @XmlType(propOrder = {"outputSchemaVersion", "destination"})
    public static final class DataExport {
        @XmlElement(name = "OutputSchemaVersion")
        public String outputSchemaVersion;
        @XmlElement(name = "Destination")
        public Destination destination;
    }

    /** Where the export goes. */
    @XmlType(name = "AnalyticsExportDestination")
    public static final class Destination {
        @XmlElement(name = "S3BucketDestination")
        public S3BucketDestination s3BucketDestination;
    }

    /** The bucket the export is written to. */
    @XmlType(name = "AnalyticsS3BucketDestination", propOrder = {"format", "bucketAccountId", "bucket", "prefix"})
    public static final class S3BucketDestination {
        @XmlElement(name = "Format")
        public String format;
        @XmlElement(name = "BucketAccountId")
        public String bucketAccountId;
        @XmlElement(name = "Bucket")
        public String bucket;
        @XmlElement(name = "Prefix")
        public String prefix;
    }
}
