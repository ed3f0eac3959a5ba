package dev.pail.internal.xml;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Reads and writes S3's XML with one {@link JAXBContext} per JVM, built on first use (or ahead of
 * it, in the background, by {@link #warmUpInBackground()}), never during server start-up.
 *
 * <p>Request documents are accepted with or without S3's namespace, as S3 accepts them, and never
 * resolve DTDs or external entities.
 */
public final class XmlCodec {

    /** S3's XML namespace. */
    public static final String S3_NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8);

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING = new java.util.concurrent.atomic.AtomicBoolean();

    private XmlCodec() {
    }

    /** Starts building the JAXB context on a daemon thread so the first XML response does not wait for it. */
    public static void warmUpInBackground() {
        if (WARMING.compareAndSet(false, true)) {
            Thread thread = new Thread(Holder::context, "pail-jaxb-warmup");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Serializes a JAXB root object, with an XML declaration. */
    public static byte[] toXml(Object root) {
        try {
            Marshaller marshaller = Holder.context().createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream(512);
            out.write(DECLARATION, 0, DECLARATION.length);
            marshaller.marshal(root, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write " + root.getClass().getSimpleName(), e);
        }
    }

    /**
     * Parses a request document.
     *
     * @throws S3Exception {@code MalformedXML} when the bytes are not a well-formed document of that type
     */
    public static <T> T fromXml(byte[] xml, Class<T> type) {
        try {
            XMLStreamReader reader = Holder.INPUT.createXMLStreamReader(new StringReader(utf8(xml)));
            reader.nextTag();
            jakarta.xml.bind.annotation.XmlRootElement root = type.getAnnotation(jakarta.xml.bind.annotation.XmlRootElement.class);
            if (root == null || !root.name().equals(reader.getLocalName())) {
                throw malformed();
            }
            Unmarshaller unmarshaller = Holder.context().createUnmarshaller();
            unmarshaller.setEventHandler(event -> false);
            T value = unmarshaller.unmarshal(new S3NamespaceReader(reader), type).getValue();
            if (value == null) {
                throw malformed();
            }
            return value;
        } catch (JAXBException | XMLStreamException | RuntimeException e) {
            if (e instanceof S3Exception s3) {
                throw s3;
            }
            throw malformed();
        }
    }

    /**
     * The document as text. S3 reads its documents as UTF-8; decoding here, rather than in the
     * parser, also keeps the JDK's parser from printing {@code [Fatal Error]} on stderr for bytes
     * that are not UTF-8.
     */
    private static String utf8(byte[] xml) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(xml)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw malformed();
        }
    }

    private static S3Exception malformed() {
        return new S3Exception(S3ErrorCode.MALFORMED_XML);
    }

    /** Presents every element in S3's namespace, so documents without it bind too. */
    private static final class S3NamespaceReader extends StreamReaderDelegate {
        S3NamespaceReader(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public String getNamespaceURI() {
            int event = getEventType();
            if (event == START_ELEMENT || event == END_ELEMENT) {
                return S3_NAMESPACE;
            }
            return super.getNamespaceURI();
        }

        @Override
        public javax.xml.namespace.QName getName() {
            return new javax.xml.namespace.QName(S3_NAMESPACE, getLocalName());
        }
    }

    private static final class Holder {
        private static final XMLInputFactory INPUT = newInputFactory();
        private static final JAXBContext CONTEXT = newContext();

        static JAXBContext context() {
            return CONTEXT;
        }

        private static JAXBContext newContext() {
            try {
                return JAXBContext.newInstance(XmlTypes.ALL);
            } catch (JAXBException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private static XMLInputFactory newInputFactory() {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            return factory;
        }
    }
}
