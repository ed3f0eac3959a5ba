package dev.pail.internal.xml;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The body of a browser form upload answered {@code success_action_status=201},
 * {@code <PostResponse><Location/><Bucket/><Key/><ETag/></PostResponse>}. Like the error document
 * it has no namespace in every capture of S3's answer, so it is written with StAX, as
 * {@link ErrorDocument} is, and stays out of the JAXB context.
 *
 * @param location the object's URL
 * @param bucket   the bucket
 * @param key      the key, as is
 * @param etag     the quoted ETag
 */
public record PostResponse(String location, String bucket, String key, String etag) {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /** Validates the components. */
    public PostResponse {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(etag, "etag");
    }

    /** The document as UTF-8 bytes, with an XML declaration. */
    public byte[] toXml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.flush();
            out.write('\n');
            xml.writeStartElement("PostResponse");
            element(xml, "Location", location);
            element(xml, "Bucket", bucket);
            element(xml, "Key", key);
            element(xml, "ETag", etag);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the PostResponse document", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
