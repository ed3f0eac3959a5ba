package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A bucket's Object Ownership setting: PutBucketOwnershipControls body, GetBucketOwnershipControls response. */
@XmlRootElement(name = "OwnershipControls")
public final class OwnershipControls {

    @XmlElement(name = "Rule")
    public List<Rule> rules = new ArrayList<>();

    OwnershipControls() {
    }

    /** @param objectOwnership the single rule's setting, for example {@code BucketOwnerEnforced} */
    public OwnershipControls(String objectOwnership) {
        Rule rule = new Rule();
        rule.objectOwnership = objectOwnership;
        rules.add(rule);
    }

    /** One rule. */
    @XmlType(name = "OwnershipControlsRule")
    public static final class Rule {
        @XmlElement(name = "ObjectOwnership")
        public String objectOwnership;
    }
}
