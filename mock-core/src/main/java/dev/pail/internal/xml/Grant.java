package dev.pail.internal.xml;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One grant of an access control list (or of a logging target): a grantee and a permission.
 *
 * <p>The grantee's kind is its {@code xsi:type} attribute. It is kept as a DOM element, declaring
 * the {@code xsi} prefix on itself as S3 does, so that the shared JAXB context never learns the
 * XML Schema instance namespace and other documents do not declare it on their root.
 */
@XmlType(propOrder = {"grantee", "permission"})
public final class Grant {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final ThreadLocal<Document> FACTORY = ThreadLocal.withInitial(Grant::newDocument);

    @XmlAnyElement
    Element grantee;
    @XmlElement(name = "Permission")
    public String permission;

    Grant() {
    }

    /**
     * @param grantee    who is granted
     * @param permission what, for example {@code FULL_CONTROL}
     */
    public Grant(Grantee grantee, String permission) {
        this.grantee = toElement(grantee);
        this.permission = permission;
    }

    /** The grantee, or empty when the grant has none (or something else in its place). */
    public Optional<Grantee> grantee() {
        if (grantee == null || !"Grantee".equals(grantee.getLocalName())) {
            return Optional.empty();
        }
        String type = grantee.getAttributeNS(XSI, "type");
        return Optional.of(new Grantee(type.isEmpty() ? null : type, child("ID"), child("DisplayName"),
                child("EmailAddress"), child("URI")));
    }

    private String child(String name) {
        for (Node node = grantee.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }

    private static Element toElement(Grantee value) {
        Document document = FACTORY.get();
        Element element = document.createElementNS(XmlCodec.S3_NAMESPACE, "Grantee");
        element.setAttributeNS(XMLNS, "xmlns:xsi", XSI);
        element.setAttributeNS(XSI, "xsi:type", value.type());
        appendChild(element, "ID", value.id());
        appendChild(element, "DisplayName", value.displayName());
        appendChild(element, "EmailAddress", value.emailAddress());
        appendChild(element, "URI", value.uri());
        return element;
    }

    private static void appendChild(Element parent, String name, String text) {
        if (text != null) {
            Element child = parent.getOwnerDocument().createElementNS(XmlCodec.S3_NAMESPACE, name);
            child.setTextContent(text);
            parent.appendChild(child);
        }
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no DOM implementation", e);
        }
    }

    /**
     * A grantee: a canonical user (by id), a group (by URI) or an account by e-mail address.
     *
     * @param type         {@code CanonicalUser}, {@code Group} or {@code AmazonCustomerByEmail}; null when missing
     * @param id           the canonical user id, or null
     * @param displayName  the display name, or null
     * @param emailAddress the e-mail address, or null
     * @param uri          the group URI, or null
     */
    public record Grantee(String type, String id, String displayName, String emailAddress, String uri) {

        /** A canonical user. */
        public static Grantee canonicalUser(String id, String displayName) {
            return new Grantee("CanonicalUser", id, displayName, null, null);
        }

        /** A predefined group. */
        public static Grantee group(String uri) {
            return new Grantee("Group", null, null, null, uri);
        }
    }
}
