package dev.pail.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class ErrorDocumentTest {

    @Test
    void hasNoNamespace() throws Exception {
        byte[] xml = document("NoSuchKey", "The specified key does not exist.", Map.of("Key", "k")).toXml();
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>");
        assertThat(text).doesNotContain("xmlns");
        Element root = parse(xml).getDocumentElement();
        assertThat(root.getNamespaceURI()).isNull();
        assertThat(root.getLocalName()).isEqualTo("Error");
    }

    @Test
    void keepsElementOrderCodeMessageDetailsResourceRequestIdHostId() throws Exception {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("BucketName", "b");
        details.put("Key", "k");
        details.put("ArgumentName", "x");
        byte[] xml = new ErrorDocument("Code1", "Message1", details, "/b/k", "REQ", "HOST").toXml();
        Element root = parse(xml).getDocumentElement();
        assertThat(childNames(root)).containsExactly("Code", "Message", "BucketName", "Key", "ArgumentName",
                "Resource", "RequestId", "HostId");
        assertThat(childText(root, "Code")).isEqualTo("Code1");
        assertThat(childText(root, "Resource")).isEqualTo("/b/k");
        assertThat(childText(root, "RequestId")).isEqualTo("REQ");
        assertThat(childText(root, "HostId")).isEqualTo("HOST");
    }

    @Test
    void escapesMarkupInValues() throws Exception {
        String nasty = "<tag attr=\"1\"> & </tag>";
        byte[] xml = new ErrorDocument("InvalidArgument", "bad " + nasty, Map.of("ArgumentValue", nasty), "/b/<k>&",
                "R", "H").toXml();
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("<tag").doesNotContain("</tag>").doesNotContain(" & ");
        assertThat(text).contains("&lt;tag").contains("&gt;").contains("&amp;");
        Element root = parse(xml).getDocumentElement();
        assertThat(childText(root, "Message")).isEqualTo("bad " + nasty);
        assertThat(childText(root, "ArgumentValue")).isEqualTo(nasty);
        assertThat(childText(root, "Resource")).isEqualTo("/b/<k>&");
    }

    @Test
    void nullFieldsAreLeftOut() throws Exception {
        byte[] xml = new ErrorDocument("InternalError", null, Map.of(), null, "R", null).toXml();
        assertThat(childNames(parse(xml).getDocumentElement())).containsExactly("Code", "RequestId");
    }

    @Test
    void nonAsciiIsEncodedAsUtf8() throws Exception {
        String key = "\u00e9t\u00e9/\ud83d\ude00";
        byte[] xml = document("NoSuchKey", "m", Map.of("Key", key)).toXml();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<Key>" + key + "</Key>");
        assertThat(childText(parse(xml).getDocumentElement(), "Key")).isEqualTo(key);
    }

    private static ErrorDocument document(String code, String message, Map<String, String> details) {
        return new ErrorDocument(code, message, details, "/b/k", "REQ", "HOST");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<String> childNames(Element root) {
        List<String> names = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                names.add(n.getLocalName());
            }
        }
        return names;
    }

    private static String childText(Element root, String name) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && n.getLocalName().equals(name)) {
                return n.getTextContent();
            }
        }
        throw new AssertionError("no element " + name);
    }
}
