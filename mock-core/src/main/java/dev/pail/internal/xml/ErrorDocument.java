package dev.pail.internal.xml;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * S3's error document, {@code <Error><Code/><Message/>...<Resource/><RequestId/><HostId/></Error>},
 * which unlike every other S3 document has no namespace. It is written with StAX rather than
 * JAXB: that keeps the no-namespace element out of the JAXB context (so S3's namespace stays the
 * default one there) and lets errors be rendered before the context has warmed up.
 *
 * @param code      the wire code
 * @param message   the message
 * @param details   extra elements (Key, BucketName, ArgumentName...) in order
 * @param resource  the resource, or null
 * @param requestId the request id
 * @param hostId    the host id
 */
public record ErrorDocument(String code, String message, Map<String, String> details, String resource,
                            String requestId, String hostId) {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /** Validates the components. */
    public ErrorDocument {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(details, "details");
    }

    /** The document as UTF-8 bytes, with an XML declaration. */
    public byte[] toXml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            out.write('\n');
            xml.writeStartElement("Error");
            element(xml, "Code", code);
            element(xml, "Message", message);
            for (Map.Entry<String, String> detail : details.entrySet()) {
                element(xml, detail.getKey(), detail.getValue());
            }
            element(xml, "Resource", resource);
            element(xml, "RequestId", requestId);
            element(xml, "HostId", hostId);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the error document", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement(name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }
    }
}
