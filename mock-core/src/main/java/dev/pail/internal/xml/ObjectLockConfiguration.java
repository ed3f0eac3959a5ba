package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** The bucket's object lock configuration. */
@XmlRootElement(name = "ObjectLockConfiguration")
@XmlType(propOrder = {"objectLockEnabled", "rule"})
public final class ObjectLockConfiguration {

    @XmlElement(name = "ObjectLockEnabled")
    public String objectLockEnabled;
    @XmlElement(name = "Rule")
    public Rule rule;

    /** The default retention rule. */
    public static final class Rule {
        @XmlElement(name = "DefaultRetention")
        public DefaultRetention defaultRetention;
    }

    /** Mode and period of the default retention. */
    @XmlType(propOrder = {"mode", "days", "years"})
    public static final class DefaultRetention {
        @XmlElement(name = "Mode")
        public String mode;
        @XmlElement(name = "Days")
        public Integer days;
        @XmlElement(name = "Years")
        public Integer years;
    }
}
