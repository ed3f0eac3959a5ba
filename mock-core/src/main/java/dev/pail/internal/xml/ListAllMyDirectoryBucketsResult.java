package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** The ListDirectoryBuckets response: Pail has no directory buckets, so it is always empty. */
@XmlRootElement(name = "ListAllMyDirectoryBucketsResult")
public final class ListAllMyDirectoryBucketsResult {

    @XmlElementWrapper(name = "Buckets")
    @XmlElement(name = "Bucket")
    public List<ListAllMyBucketsResult.Entry> buckets = new ArrayList<>();
}
