package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** One object in a listing ({@code Contents}). */
@XmlType(propOrder = {"key", "lastModified", "etag", "checksumAlgorithms", "checksumType", "size", "storageClass",
    "owner"})
public final class ListedObject {

    @XmlElement(name = "Key")
    public String key;
    @XmlElement(name = "LastModified")
    public String lastModified;
    @XmlElement(name = "ETag")
    public String etag;
    @XmlElement(name = "ChecksumAlgorithm")
    public List<String> checksumAlgorithms = new ArrayList<>();
    @XmlElement(name = "ChecksumType")
    public String checksumType;
    @XmlElement(name = "Size")
    public long size;
    @XmlElement(name = "StorageClass")
    public String storageClass;
    @XmlElement(name = "Owner")
    public Owner owner;
}
