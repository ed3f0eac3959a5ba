package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** An S3 Intelligent-Tiering archive configuration (one of up to 1,000 per bucket, by id). */
@XmlRootElement(name = "IntelligentTieringConfiguration")
@XmlType(propOrder = {"id", "filter", "status", "tierings"})
public final class IntelligentTieringConfiguration {

    @XmlElement(name = "Id")
    public String id;
    @XmlElement(name = "Filter")
    public RuleFilter filter;
    @XmlElement(name = "Status")
    public String status;
    @XmlElement(name = "Tiering")
    public List<Tiering> tierings = new ArrayList<>();

    /** After how many days without access objects move to an archive tier. */
    @XmlType(propOrder = {"days", "accessTier"})
    public static final class Tiering {
        @XmlElement(name = "Days")
        public Integer days;
        @XmlElement(name = "AccessTier")
        public String accessTier;
    }
}
