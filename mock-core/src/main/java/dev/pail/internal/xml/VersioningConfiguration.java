package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The PutBucketVersioning body and GetBucketVersioning response. */
@XmlRootElement(name = "VersioningConfiguration")
@XmlType(propOrder = {"status", "mfaDelete"})
public final class VersioningConfiguration {

    @XmlElement(name = "Status")
    public String status;
    @XmlElement(name = "MfaDelete")
    public String mfaDelete;
}
