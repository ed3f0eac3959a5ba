package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** A bucket's or an object's ACL: the PutBucketAcl / PutObjectAcl body and the Get...Acl response. */
@XmlRootElement(name = "AccessControlPolicy")
@XmlType(propOrder = {"owner", "grants"})
public final class AccessControlPolicy {

    @XmlElement(name = "Owner")
    public Owner owner;
    @XmlElementWrapper(name = "AccessControlList")
    @XmlElement(name = "Grant")
    public List<Grant> grants = new ArrayList<>();

    AccessControlPolicy() {
    }

    /**
     * @param owner  the owner of the resource
     * @param grants its grants
     */
    public AccessControlPolicy(Owner owner, List<Grant> grants) {
        this.owner = owner;
        this.grants = new ArrayList<>(grants);
    }
}
