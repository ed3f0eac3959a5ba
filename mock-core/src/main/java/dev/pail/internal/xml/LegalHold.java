package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** An object version's legal hold. */
@XmlRootElement(name = "LegalHold")
public final class LegalHold {

    @XmlElement(name = "Status")
    public String status;
}
