package dev.pail.samples;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An event-driven component: fed the S3 event an SQS queue delivers (the Lambda form, {@code
 * {"Records":[{"body": "<S3 event>", ...}]}}) or the S3 event itself, it makes a "thumbnail" of each
 * created image under {@code thumbnails/} (here: the first bytes, so the sample needs no imaging
 * library). Keys arrive URL-encoded, as S3 sends them.
 */
public final class Thumbnailer {

    /** How many bytes of the original the "thumbnail" keeps. */
    public static final int THUMBNAIL_BYTES = 16;

    private final S3Client s3;

    /** A thumbnailer that reads and writes through this client. */
    public Thumbnailer(S3Client s3) {
        this.s3 = Objects.requireNonNull(s3, "s3");
    }

    /**
     * Handles one delivered message.
     *
     * @return the keys of the thumbnails written
     */
    public List<String> handle(String message) {
        List<String> written = new ArrayList<>();
        for (JsonNode record : JsonNode.parser().parse(message).field("Records").map(JsonNode::asArray).orElse(List.of())) {
            if (record.field("body").isPresent()) {
                written.addAll(handle(record.field("body").get().asString()));
            } else if (record.field("eventName").map(JsonNode::asString).orElse("").startsWith("ObjectCreated:")) {
                thumbnail(record.field("s3").orElseThrow()).ifPresentOrElse(written::add, () -> { });
            }
        }
        return written;
    }

    private java.util.Optional<String> thumbnail(JsonNode s3Part) {
        String bucket = s3Part.field("bucket").flatMap(b -> b.field("name")).orElseThrow().asString();
        String key = URLDecoder.decode(s3Part.field("object").flatMap(o -> o.field("key")).orElseThrow().asString(),
                StandardCharsets.UTF_8);
        if (key.startsWith("thumbnails/") || !key.toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png|gif)")) {
            return java.util.Optional.empty();
        }
        byte[] original = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
        byte[] small = java.util.Arrays.copyOf(original, Math.min(original.length, THUMBNAIL_BYTES));
        String target = "thumbnails/" + key;
        s3.putObject(b -> b.bucket(bucket).key(target).contentType("image/jpeg"), RequestBody.fromBytes(small));
        return java.util.Optional.of(target);
    }
}
