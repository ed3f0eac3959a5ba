package dev.pail.internal.events;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * S3's waterfall of lifecycle transitions between storage classes, and which target it prefers
 * when several transitions are due at once.
 *
 * <p>Supported transitions (Amazon S3 User Guide, "Transitioning objects using Amazon S3
 * Lifecycle", https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html):
 * from S3 Standard to any other class; from Standard-IA to Intelligent-Tiering, One Zone-IA, Glacier
 * Instant Retrieval, Glacier Flexible Retrieval or Deep Archive; from Intelligent-Tiering to One
 * Zone-IA, Glacier Instant Retrieval, Glacier Flexible Retrieval or Deep Archive; from One Zone-IA
 * and from Glacier Instant Retrieval to Glacier Flexible Retrieval or Deep Archive; from Glacier
 * Flexible Retrieval to Deep Archive; any class to Glacier Flexible Retrieval or Deep Archive.
 * Nothing transitions to Standard or Reduced Redundancy, nor out of Deep Archive.
 *
 * <p>Preference ("How Amazon S3 handles conflicts in lifecycle configurations",
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-conflicts.html): overlapping
 * transitions go to the lower-cost class, except that Intelligent-Tiering is favored over any class
 * but Glacier Flexible Retrieval and Deep Archive, and Glacier wins over Standard-IA and One Zone-IA.
 */
final class StorageClassWaterfall {

    private static final String GLACIER = "GLACIER";
    private static final String DEEP_ARCHIVE = "DEEP_ARCHIVE";
    private static final Set<String> ARCHIVES = Set.of(GLACIER, DEEP_ARCHIVE);
    private static final Map<String, Set<String>> TARGETS = Map.of(
            "STANDARD", Set.of("STANDARD_IA", "INTELLIGENT_TIERING", "ONEZONE_IA", "GLACIER_IR", GLACIER, DEEP_ARCHIVE),
            "REDUCED_REDUNDANCY", ARCHIVES,
            "STANDARD_IA", Set.of("INTELLIGENT_TIERING", "ONEZONE_IA", "GLACIER_IR", GLACIER, DEEP_ARCHIVE),
            "INTELLIGENT_TIERING", Set.of("ONEZONE_IA", "GLACIER_IR", GLACIER, DEEP_ARCHIVE),
            "ONEZONE_IA", ARCHIVES,
            "GLACIER_IR", ARCHIVES,
            GLACIER, Set.of(DEEP_ARCHIVE),
            DEEP_ARCHIVE, Set.of());
    /** Least preferred first. */
    private static final List<String> PREFERENCE = List.of("STANDARD_IA", "ONEZONE_IA", "GLACIER_IR",
            "INTELLIGENT_TIERING", GLACIER, DEEP_ARCHIVE);

    private StorageClassWaterfall() {
    }

    /** Whether lifecycle can move a version from one class to another (never to the class it is in). */
    static boolean canTransition(String from, String to) {
        return TARGETS.getOrDefault(from, Set.of()).contains(to);
    }

    /** How much S3 prefers a target when several transitions are due: higher wins. */
    static int preference(String to) {
        return PREFERENCE.indexOf(to);
    }

    /** Whether a class is one of the archives small objects may go to under {@code varies_by_storage_class}. */
    static boolean isArchive(String storageClass) {
        return ARCHIVES.contains(storageClass);
    }
}
