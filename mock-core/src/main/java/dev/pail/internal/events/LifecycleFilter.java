package dev.pail.internal.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Which objects a lifecycle rule applies to: a key prefix, tags and size bounds, all of which must
 * hold (S3's {@code And}). The empty filter applies to every object.
 *
 * <p>Each tag must match key and value exactly; an object with more tags still matches. A filter
 * tag without a value matches only objects whose tag has no (empty) value. Sizes are strict:
 * {@code ObjectSizeGreaterThan} is exclusive, and so is {@code ObjectSizeLessThan}. (Amazon S3 User
 * Guide, "Adding filters to Lifecycle rules",
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-filters.html.)
 *
 * @param prefix                the key prefix, empty for every key
 * @param tags                  the tags an object must carry (key to value; an absent value is {@code ""})
 * @param objectSizeGreaterThan the size an object must exceed, in bytes
 * @param objectSizeLessThan    the size an object must stay under, in bytes
 */
public record LifecycleFilter(String prefix, Map<String, String> tags, OptionalLong objectSizeGreaterThan,
                              OptionalLong objectSizeLessThan) {

    /** Validates and copies the components. */
    public LifecycleFilter {
        Objects.requireNonNull(prefix, "prefix");
        tags = Map.copyOf(tags);
        Objects.requireNonNull(objectSizeGreaterThan, "objectSizeGreaterThan");
        Objects.requireNonNull(objectSizeLessThan, "objectSizeLessThan");
    }

    /** The empty filter: every object. */
    public static LifecycleFilter all() {
        return prefix("");
    }

    /**
     * A filter on a key prefix only (also what the deprecated top-level {@code Prefix} means).
     *
     * @param prefix the key prefix
     * @return the filter
     */
    public static LifecycleFilter prefix(String prefix) {
        return new LifecycleFilter(prefix, Map.of(), OptionalLong.empty(), OptionalLong.empty());
    }

    /**
     * This filter, also requiring a tag.
     *
     * @param key   the tag key
     * @param value the tag value ({@code ""} for a tag without value)
     * @return the new filter
     */
    public LifecycleFilter withTag(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(tags);
        more.put(key, value);
        return new LifecycleFilter(prefix, more, objectSizeGreaterThan, objectSizeLessThan);
    }

    /**
     * This filter, also requiring objects larger than a size.
     *
     * @param bytes the exclusive lower bound
     * @return the new filter
     */
    public LifecycleFilter withSizeGreaterThan(long bytes) {
        return new LifecycleFilter(prefix, tags, OptionalLong.of(bytes), objectSizeLessThan);
    }

    /**
     * This filter, also requiring objects smaller than a size.
     *
     * @param bytes the exclusive upper bound
     * @return the new filter
     */
    public LifecycleFilter withSizeLessThan(long bytes) {
        return new LifecycleFilter(prefix, tags, objectSizeGreaterThan, OptionalLong.of(bytes));
    }

    /**
     * Whether an object version is one the rule applies to.
     *
     * @param key        the object's key
     * @param size       its size in bytes
     * @param objectTags its tags
     * @return whether prefix, tags and sizes all hold
     */
    public boolean matches(String key, long size, Map<String, String> objectTags) {
        if (!key.startsWith(prefix)) {
            return false;
        }
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            if (!tag.getValue().equals(objectTags.get(tag.getKey()))) {
                return false;
            }
        }
        return (objectSizeGreaterThan.isEmpty() || size > objectSizeGreaterThan.getAsLong())
                && (objectSizeLessThan.isEmpty() || size < objectSizeLessThan.getAsLong());
    }

    /**
     * Whether the rule applies to a delete marker of a key. A delete marker has no tags, so a rule
     * with a tag filter never applies (S3 refuses {@code ExpiredObjectDeleteMarker} with tags); it
     * has no data, so size bounds are not applied: only the prefix counts.
     *
     * @param key the key
     * @return whether the prefix holds and the filter names no tag
     */
    public boolean matchesDeleteMarker(String key) {
        return key.startsWith(prefix) && tags.isEmpty();
    }

    /**
     * Whether the rule applies to an incomplete multipart upload of a key: uploads are "determined by
     * the key name prefix specified in the Lifecycle rule", and a rule with tags cannot abort uploads.
     *
     * @param key the upload's key
     * @return whether the prefix holds and the filter names no tag
     */
    public boolean matchesUpload(String key) {
        return key.startsWith(prefix) && tags.isEmpty();
    }

    /** Whether the filter names a size bound, which overrides S3's default transition minimum size. */
    public boolean hasSizeBounds() {
        return objectSizeGreaterThan.isPresent() || objectSizeLessThan.isPresent();
    }
}
