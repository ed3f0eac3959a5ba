package dev.pail.internal.handler.tagging;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.PercentCodec;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.xml.Tag;
import dev.pail.internal.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Object tags: parsing the {@code x-amz-tagging} header and S3's limits. */
public final class Tagging {

    /** The configuration name of a bucket's tags. */
    public static final String BUCKET_TAGS = "tagging";

    public static final int MAX_TAGS = 10;
    public static final int MAX_KEY_LENGTH = 128;
    public static final int MAX_VALUE_LENGTH = 256;

    private Tagging() {
    }

    /** Parses {@code k1=v1&k2=v2} (URL-encoded) into tags, checking S3's limits. */
    public static Map<String, String> parseHeader(String header) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (header.isEmpty()) {
            return tags;
        }
        for (String pair : header.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key;
            String value;
            try {
                if (eq >= 0 && pair.indexOf('=', eq + 1) >= 0) {
                    throw new IllegalArgumentException("an unencoded = in a value"); // key1=val1,key2=val2
                }
                key = PercentCodec.decodeQuery(eq < 0 ? pair : pair.substring(0, eq));
                value = eq < 0 ? "" : PercentCodec.decodeQuery(pair.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw badHeader(header);
            }
            if (tags.put(key, value) != null) {
                throw badHeader(header);
            }
        }
        validate(tags);
        return tags;
    }

    private static S3Exception badHeader(String header) {
        return S3Exception.invalidArgument("The header 'x-amz-tagging' shall be encoded as UTF-8 then URLEncoded URL "
                + "query parameters without tag name duplicates.", "x-amz-tagging", header);
    }

    /** Checks S3's tag limits. */
    public static void validate(Map<String, String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw new S3Exception(S3ErrorCode.INVALID_TAG, "Object tags cannot be greater than 10");
        }
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            String key = tag.getKey();
            if (key.isEmpty() || key.codePointCount(0, key.length()) > MAX_KEY_LENGTH) {
                throw new S3Exception(S3ErrorCode.INVALID_TAG, "The TagKey you have provided is invalid")
                        .detail("TagKey", key);
            }
            if (key.startsWith("aws:")) {
                throw new S3Exception(S3ErrorCode.INVALID_TAG, "Your TagKey cannot be prefixed with aws:")
                        .detail("TagKey", key);
            }
            String value = tag.getValue();
            if (value.codePointCount(0, value.length()) > MAX_VALUE_LENGTH) {
                throw new S3Exception(S3ErrorCode.INVALID_TAG, "The TagValue you have provided is invalid")
                        .detail("TagKey", key).detail("TagValue", value);
            }
        }
    }

    /** The UTF-8 length of a string. */
    public static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Applies the tags of a CreateBucketConfiguration body to a new bucket. */
    public static void tagNewBucket(Bucket bucket, java.util.List<Tag> tags) {
        if (tags.isEmpty()) {
            return;
        }
        Map<String, String> map = toMap(tags);
        validate(map);
        bucket.putConfiguration(BUCKET_TAGS, new String(XmlCodec.toXml(document(map)), StandardCharsets.UTF_8));
    }

    /** The tags of a TagSet, refusing incomplete and repeated ones. */
    public static Map<String, String> toMap(java.util.List<Tag> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Tag tag : tags) {
            if (tag.key() == null || tag.value() == null) {
                throw new S3Exception(S3ErrorCode.MALFORMED_XML);
            }
            if (map.put(tag.key(), tag.value()) != null) {
                throw new S3Exception(S3ErrorCode.INVALID_TAG, "Cannot provide multiple Tags with the same key")
                        .detail("TagKey", tag.key());
            }
        }
        return map;
    }

    /** A TagSet document of these tags. */
    public static dev.pail.internal.xml.Tagging document(Map<String, String> tags) {
        dev.pail.internal.xml.Tagging document = new dev.pail.internal.xml.Tagging();
        tags.forEach((key, value) -> document.tagSet.add(new Tag(key, value)));
        return document;
    }
}
