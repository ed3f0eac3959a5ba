package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** An object version's retention. */
@XmlRootElement(name = "Retention")
@XmlType(propOrder = {"mode", "retainUntilDate"})
public final class Retention {

    @XmlElement(name = "Mode")
    public String mode;
    @XmlElement(name = "RetainUntilDate")
    public String retainUntilDate;
}
