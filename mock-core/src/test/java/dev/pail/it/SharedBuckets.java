package dev.pail.it;

import dev.pail.Pail;
import dev.pail.User;
import java.util.stream.Collectors;

/**
 * Lets every user of a server use a bucket the default user owns, through a bucket policy naming
 * their accounts: since access control, another account's requests to it are refused as on S3.
 */
public final class SharedBuckets {

    private SharedBuckets() {
    }

    /** Puts a policy on each bucket allowing {@code s3:*} to every user's account. */
    public static void shareWithEveryUser(Pail pail, String... buckets) {
        String accounts = pail.users().stream().map(User::accountId).distinct().map(id -> "\"" + id + "\"")
                .collect(Collectors.joining(","));
        for (String bucket : buckets) {
            pail.client().putBucketPolicy(b -> b.bucket(bucket).policy("""
                    {"Version":"2012-10-17","Statement":[{"Sid":"EveryUser","Effect":"Allow",
                      "Principal":{"AWS":[%s]},"Action":"s3:*",
                      "Resource":["arn:aws:s3:::%s","arn:aws:s3:::%s/*"]}]}""".formatted(accounts, bucket, bucket)));
        }
    }
}
