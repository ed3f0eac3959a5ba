package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** A request metrics configuration (one of up to 1,000 per bucket, by id). */
@XmlRootElement(name = "MetricsConfiguration")
@XmlType(propOrder = {"id", "filter"})
public final class MetricsConfiguration {

    @XmlElement(name = "Id")
    public String id;
    @XmlElement(name = "Filter")
    public RuleFilter filter;
}
