package dev.pail.internal.handler;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.PayloadReader;
import dev.pail.internal.protocol.S3Request;
import dev.pail.internal.xml.XmlCodec;
import java.io.IOException;

/** Request bodies that are XML documents: read, with the integrity header the model requires. */
public final class RequestDocuments {

    /** The largest configuration document accepted. */
    public static final int MAX_DOCUMENT_BYTES = 1 << 20;
    private RequestDocuments() {
    }

    /** Reads a request's body as a document of that type, refusing an empty one. */
    public static <T> T read(S3Request request, Class<T> type) throws IOException {
        byte[] body = PayloadReader.readSmall(request, MAX_DOCUMENT_BYTES);
        if (body.length == 0) {
            throw new S3Exception(S3ErrorCode.MISSING_REQUEST_BODY_ERROR, "Request Body is empty");
        }
        return XmlCodec.fromXml(body, type);
    }
}
