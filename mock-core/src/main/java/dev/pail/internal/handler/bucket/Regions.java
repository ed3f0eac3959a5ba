package dev.pail.internal.handler.bucket;

/** Whether a string looks like an AWS region name ({@code eu-west-1}, {@code us-gov-east-1}, {@code cn-north-1}). */
public final class Regions {

    /** The regions AWS had published by 2026, partitions aws, aws-cn and aws-us-gov. */
    private static final java.util.Set<String> KNOWN = java.util.Set.of(
            "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
            "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
            "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-central-1", "ca-west-1", "eu-central-1",
            "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3",
            "il-central-1", "me-central-1", "me-south-1", "mx-central-1", "sa-east-1", "us-east-1", "us-east-2",
            "us-west-1", "us-west-2", "cn-north-1", "cn-northwest-1", "us-gov-east-1", "us-gov-west-1");

    private Regions() {
    }

    /**
     * A region as a client may spell it: the legacy location names {@code US} and {@code EU}
     * (s3cmd still signs with its {@code bucket_location = US}) are us-east-1 and eu-west-1.
     */
    public static String canonical(String region) {
        return switch (region) {
            case "US", "" -> "us-east-1";
            case "EU" -> "eu-west-1";
            default -> region;
        };
    }

    /** Whether the region is one AWS has. */
    public static boolean isKnown(String region) {
        return KNOWN.contains(region);
    }

    public static boolean isPlausible(String region) {
        String[] parts = region.split("-", -1);
        if (parts.length < 3 || parts.length > 4) {
            return false;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].isEmpty() || !parts[i].chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        String number = parts[parts.length - 1];
        return !number.isEmpty() && number.length() <= 2 && number.chars().allMatch(Character::isDigit);
    }
}
