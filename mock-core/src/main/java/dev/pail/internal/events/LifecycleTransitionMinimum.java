package dev.pail.internal.events;

import java.util.Optional;

/**
 * A bucket's {@code x-amz-transition-default-minimum-object-size}: which objects smaller than
 * 128 KB lifecycle transitions leave alone. A rule whose filter names a size bound overrides it
 * ("Custom filters always take precedence over the default transition behavior",
 * PutBucketLifecycleConfiguration, Amazon S3 API Reference,
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html).
 */
public enum LifecycleTransitionMinimum {

    /** Objects smaller than 128 KB do not transition to any storage class (S3's default). */
    ALL_STORAGE_CLASSES_128K("all_storage_classes_128K"),

    /** Objects smaller than 128 KB transition only to Glacier Flexible Retrieval or Glacier Deep Archive. */
    VARIES_BY_STORAGE_CLASS("varies_by_storage_class");

    private final String headerValue;

    LifecycleTransitionMinimum(String headerValue) {
        this.headerValue = headerValue;
    }

    /** The header's value for this setting. */
    public String headerValue() {
        return headerValue;
    }

    /**
     * The setting a header value names.
     *
     * @param value {@code all_storage_classes_128K} or {@code varies_by_storage_class}
     * @return the setting, or empty for any other value
     */
    public static Optional<LifecycleTransitionMinimum> fromHeader(String value) {
        for (LifecycleTransitionMinimum setting : values()) {
            if (setting.headerValue.equals(value)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }
}
