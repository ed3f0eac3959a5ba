package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The CreateMultipartUpload response body. */
@XmlRootElement(name = "InitiateMultipartUploadResult")
@XmlType(propOrder = {"bucket", "key", "uploadId"})
public final class InitiateMultipartUploadResult {

    @XmlElement(name = "Bucket")
    public String bucket;
    @XmlElement(name = "Key")
    public String key;
    @XmlElement(name = "UploadId")
    public String uploadId;
}
