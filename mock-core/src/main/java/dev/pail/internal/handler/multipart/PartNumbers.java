package dev.pail.internal.handler.multipart;

import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.S3Request;

/** The {@code partNumber} query parameter of part uploads and part reads. */
public final class PartNumbers {

    private PartNumbers() {
    }

    /** The part number the request names, 1 to 10,000, or S3's InvalidArgument. */
    public static int parse(S3Request request) {
        String value = request.queryParam("partNumber").orElse("");
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 1 && number <= MultipartHandlers.MAX_PART_NUMBER) {
                return number;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw S3Exception.invalidArgument("Part number must be an integer between 1 and 10000, inclusive",
                "partNumber", value);
    }
}
