package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * The ListObjectsV2 and ListObjects (v1) response; they share the root element, so one type holds
 * both versions' elements and the handler fills those of its version (null elements are omitted).
 */
@XmlRootElement(name = "ListBucketResult")
@XmlType(propOrder = {"name", "prefix", "marker", "nextMarker", "startAfter", "continuationToken",
    "nextContinuationToken", "keyCount", "maxKeys", "delimiter", "encodingType", "isTruncated", "contents",
    "commonPrefixes"})
public final class ListBucketResult {

    @XmlElement(name = "Name")
    public String name;
    @XmlElement(name = "Prefix")
    public String prefix;
    @XmlElement(name = "Marker")
    public String marker;
    @XmlElement(name = "NextMarker")
    public String nextMarker;
    @XmlElement(name = "StartAfter")
    public String startAfter;
    @XmlElement(name = "ContinuationToken")
    public String continuationToken;
    @XmlElement(name = "NextContinuationToken")
    public String nextContinuationToken;
    @XmlElement(name = "KeyCount")
    public Integer keyCount;
    @XmlElement(name = "MaxKeys")
    public Integer maxKeys;
    @XmlElement(name = "Delimiter")
    public String delimiter;
    @XmlElement(name = "EncodingType")
    public String encodingType;
    @XmlElement(name = "IsTruncated")
    public boolean isTruncated;
    @XmlElement(name = "Contents")
    public List<ListedObject> contents = new ArrayList<>();
    @XmlElement(name = "CommonPrefixes")
    public List<CommonPrefix> commonPrefixes = new ArrayList<>();

    /** A rolled-up prefix. */
    public static final class CommonPrefix {
        @XmlElement(name = "Prefix")
        String prefix;

        CommonPrefix() {
        }

        /** @param prefix the prefix */
        public CommonPrefix(String prefix) {
            this.prefix = prefix;
        }
    }
}
