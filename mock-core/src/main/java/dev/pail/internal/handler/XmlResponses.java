package dev.pail.internal.handler;

import dev.pail.internal.protocol.ResponseBody;
import dev.pail.internal.protocol.S3Response;
import dev.pail.internal.xml.XmlCodec;

/** Responses whose body is one of S3's XML documents. */
public final class XmlResponses {

    private XmlResponses() {
    }

    /** {@code 200 OK} with the document. */
    public static S3Response ok(Object document) {
        return S3Response.status(200).body(body(document)).build();
    }

    /** The document as a response body. */
    public static ResponseBody body(Object document) {
        return new ResponseBody.Bytes(XmlCodec.toXml(document), "application/xml");
    }
}
