package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/** The ListBuckets response. */
@XmlRootElement(name = "ListAllMyBucketsResult")
@XmlType(propOrder = {"owner", "buckets", "continuationToken", "prefix"})
public final class ListAllMyBucketsResult {

    @XmlElement(name = "Owner")
    Owner owner;
    @XmlElementWrapper(name = "Buckets")
    @XmlElement(name = "Bucket")
    List<Entry> buckets;
    @XmlElement(name = "ContinuationToken")
    String continuationToken;
    @XmlElement(name = "Prefix")
    String prefix;

    ListAllMyBucketsResult() {
    }

    /**
     * @param owner             the owner
     * @param buckets           this page of buckets
     * @param continuationToken the token for the next page, or null
     * @param prefix            the prefix asked for, or null
     */
    public ListAllMyBucketsResult(Owner owner, List<Entry> buckets, String continuationToken, String prefix) {
        this.owner = owner;
        this.buckets = buckets;
        this.continuationToken = continuationToken;
        this.prefix = prefix;
    }

    /** One bucket in the list. */
    @XmlType(name = "ListedBucket", propOrder = {"name", "creationDate", "bucketRegion", "bucketArn"})
    public static final class Entry {
        @XmlElement(name = "Name")
        String name;
        @XmlElement(name = "CreationDate")
        String creationDate;
        @XmlElement(name = "BucketRegion")
        String bucketRegion;
        @XmlElement(name = "BucketArn")
        String bucketArn;

        Entry() {
        }

        /**
         * @param name         the bucket name
         * @param creationDate ISO-8601 creation time
         * @param bucketRegion the bucket's region, or null to leave it out
         */
        public Entry(String name, String creationDate, String bucketRegion) {
            this.name = name;
            this.creationDate = creationDate;
            this.bucketRegion = bucketRegion;
            this.bucketArn = "arn:aws:s3:::" + name;
        }

        /** The bucket name. */
        public String name() {
            return name;
        }
    }
}
