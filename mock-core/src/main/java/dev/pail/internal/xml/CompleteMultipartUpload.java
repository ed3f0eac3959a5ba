package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** The CompleteMultipartUpload request body. */
@XmlRootElement(name = "CompleteMultipartUpload")
public final class CompleteMultipartUpload {

    @XmlElement(name = "Part")
    public List<Part> parts = new ArrayList<>();

    /** One part to assemble. */
    @XmlType(name = "CompletedPart", propOrder = {"etag", "checksumCrc32", "checksumCrc32c", "checksumCrc64Nvme", "checksumSha1", "checksumSha256", "partNumber"})
    public static final class Part extends Checksums {
        @XmlElement(name = "ETag")
        public String etag;
        @XmlElement(name = "PartNumber")
        public Integer partNumber;
    }
}
