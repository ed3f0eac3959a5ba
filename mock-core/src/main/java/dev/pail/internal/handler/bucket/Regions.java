package dev.pail.internal.handler.bucket;

/** Whether a string looks like an AWS region name ({@code eu-west-1}, {@code us-gov-east-1}, {@code cn-north-1}). */
public final class Regions {

    private Regions() {
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
