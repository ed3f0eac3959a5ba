package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** Object and bucket tagging documents: {@code <Tagging><TagSet><Tag>...}. */
@XmlRootElement(name = "Tagging")
public final class Tagging {

    @XmlElementWrapper(name = "TagSet")
    @XmlElement(name = "Tag")
    public List<Tag> tagSet = new ArrayList<>();
}
