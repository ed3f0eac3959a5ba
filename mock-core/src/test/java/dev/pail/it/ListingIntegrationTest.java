package dev.pail.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.ListObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

class ListingIntegrationTest {

    @AutoClose
    static final Fixture fixture = Fixture.start();

    static String bucketWith(ClientFlavour flavour, String... keys) {
        String bucket = fixture.bucket(flavour);
        for (String key : keys) {
            fixture.pail.seed().object(bucket, key, "body of " + key);
        }
        return bucket;
    }

    static List<String> keys(ListObjectsV2Response page) {
        return page.contents().stream().map(S3Object::key).toList();
    }

    static List<String> prefixes(List<CommonPrefix> prefixes) {
        return prefixes.stream().map(CommonPrefix::prefix).toList();
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void listsEverythingInUtf8ByteOrderWithMetadata(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        // U+FF5E sorts before U+1F600 in UTF-8 (EF BD 9E < F0 9F 98 80) but after it in UTF-16.
        String bucket = bucketWith(flavour, "b", "a", "\uFF5E", "😀", "A", "a/b", "ab");
        s3.putObject(b -> b.bucket(bucket).key("z-put").storageClass("STANDARD_IA"), RequestBody.fromString("12345"));

        ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(bucket));
        assertThat(keys(page)).containsExactly("A", "a", "a/b", "ab", "b", "z-put", "\uFF5E", "😀");
        assertThat(page.keyCount()).isEqualTo(8);
        assertThat(page.isTruncated()).isFalse();
        assertThat(page.nextContinuationToken()).isNull();
        assertThat(page.maxKeys()).isEqualTo(1000);
        assertThat(page.name()).isEqualTo(bucket);
        assertThat(page.prefix()).isEmpty();
        S3Object put = page.contents().get(5);
        assertThat(put.size()).isEqualTo(5);
        assertThat(put.eTag()).isEqualTo("\"827ccb0eea8a706c4c34a16891f84e7b\"");
        assertThat(put.storageClassAsString()).isEqualTo("STANDARD_IA");
        assertThat(put.lastModified()).isNotNull();
        assertThat(put.owner()).isNull();
        assertThat(s3.listObjectsV2(b -> b.bucket(bucket).fetchOwner(true)).contents().get(0).owner().id()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void prefixAndDelimiterRollKeysUpIntoCommonPrefixes(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = bucketWith(flavour, "photos/2024/a.jpg", "photos/2024/b.jpg", "photos/2025/c.jpg",
                "photos/cover.jpg", "photos/", "videos/x.mp4", "readme", "photos/2026/");

        ListObjectsV2Response root = s3.listObjectsV2(b -> b.bucket(bucket).delimiter("/"));
        assertThat(keys(root)).containsExactly("readme");
        assertThat(prefixes(root.commonPrefixes())).containsExactly("photos/", "videos/");
        assertThat(root.keyCount()).isEqualTo(3);
        assertThat(root.delimiter()).isEqualTo("/");

        ListObjectsV2Response photos = s3.listObjectsV2(b -> b.bucket(bucket).prefix("photos/").delimiter("/"));
        assertThat(keys(photos)).containsExactly("photos/", "photos/cover.jpg");
        assertThat(prefixes(photos.commonPrefixes())).containsExactly("photos/2024/", "photos/2025/", "photos/2026/");

        ListObjectsV2Response partial = s3.listObjectsV2(b -> b.bucket(bucket).prefix("photos/20"));
        assertThat(keys(partial)).containsExactly("photos/2024/a.jpg", "photos/2024/b.jpg", "photos/2025/c.jpg", "photos/2026/");
        assertThat(s3.listObjectsV2(b -> b.bucket(bucket).prefix("nothing")).contents()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void anyDelimiterWorksIncludingMultiCharacterOnesAndKeysEndingInIt(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = bucketWith(flavour, "a--b--c", "a--b", "a--", "x-y", "q", "q--");

        ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(bucket).delimiter("--"));
        assertThat(prefixes(page.commonPrefixes())).containsExactly("a--", "q--");
        assertThat(keys(page)).containsExactly("q", "x-y");

        ListObjectsV2Response underA = s3.listObjectsV2(b -> b.bucket(bucket).prefix("a--").delimiter("--"));
        assertThat(keys(underA)).containsExactly("a--", "a--b");
        assertThat(prefixes(underA.commonPrefixes())).containsExactly("a--b--");

        ListObjectsV2Response letters = s3.listObjectsV2(b -> b.bucket(bucket).delimiter("b"));
        assertThat(prefixes(letters.commonPrefixes())).containsExactly("a--b");
        assertThat(keys(letters)).containsExactly("a--", "q", "q--", "x-y");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void pagesWithMaxKeysAndContinuationTokensIncludingAPageEndingOnACommonPrefix(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = bucketWith(flavour, "a", "b/1", "b/2", "b/3", "c", "d/1", "e");

        ListObjectsV2Response first = s3.listObjectsV2(b -> b.bucket(bucket).delimiter("/").maxKeys(2));
        assertThat(keys(first)).containsExactly("a");
        assertThat(prefixes(first.commonPrefixes())).containsExactly("b/");
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.keyCount()).isEqualTo(2);
        assertThat(first.maxKeys()).isEqualTo(2);

        ListObjectsV2Response second = s3.listObjectsV2(b -> b.bucket(bucket).delimiter("/").maxKeys(2)
                .continuationToken(first.nextContinuationToken()));
        assertThat(second.continuationToken()).isEqualTo(first.nextContinuationToken());
        assertThat(keys(second)).containsExactly("c");
        assertThat(prefixes(second.commonPrefixes())).containsExactly("d/");
        assertThat(second.isTruncated()).isTrue();

        ListObjectsV2Response third = s3.listObjectsV2(b -> b.bucket(bucket).delimiter("/").maxKeys(2)
                .continuationToken(second.nextContinuationToken()));
        assertThat(keys(third)).containsExactly("e");
        assertThat(third.commonPrefixes()).isEmpty();
        assertThat(third.isTruncated()).isFalse();
        assertThat(third.nextContinuationToken()).isNull();
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void startAfterMaxKeysZeroAndTheThousandKeyCap(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = fixture.bucket(flavour);
        for (int i = 0; i < 1005; i++) {
            fixture.pail.seed().object(bucket, String.format("k%04d", i), "x");
        }
        ListObjectsV2Response capped = s3.listObjectsV2(b -> b.bucket(bucket).maxKeys(5000));
        assertThat(capped.contents()).hasSize(1000);
        assertThat(capped.isTruncated()).isTrue();

        ListObjectsV2Response after = s3.listObjectsV2(b -> b.bucket(bucket).startAfter("k1001"));
        assertThat(keys(after)).containsExactly("k1002", "k1003", "k1004");
        assertThat(after.startAfter()).isEqualTo("k1001");

        ListObjectsV2Response zero = s3.listObjectsV2(b -> b.bucket(bucket).maxKeys(0));
        assertThat(zero.contents()).isEmpty();
        assertThat(zero.keyCount()).isZero();
        assertThat(zero.isTruncated()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void urlEncodingRoundTripsUnicodeAndSpecialKeysThroughTheSdk(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = bucketWith(flavour, "a b.txt", "a+b.txt", "100%.csv", "한글/x.txt", "run books/x.txt", "tab\tkey");

        ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(bucket).delimiter("/").encodingType(EncodingType.URL));
        assertThat(keys(page)).containsExactly("100%.csv", "a b.txt", "a+b.txt", "tab\tkey");
        assertThat(prefixes(page.commonPrefixes())).containsExactly("run books/", "한글/");
    }

    @Test
    void urlEncodingOnTheWireFollowsS3() throws Exception {
        String bucket = bucketWith(ClientFlavour.SYNC_DEFAULT, "a b.txt", "a+b.txt", "100%.csv", "한글/x.txt");
        RawHttp http = new RawHttp(fixture.pail.port());
        String body = http.send("GET", "/" + bucket + "?list-type=2&encoding-type=url&delimiter=/&prefix=").text();
        assertThat(body).contains("<Key>a%20b.txt</Key>", "<Key>a%2Bb.txt</Key>", "<Key>100%25.csv</Key>",
                "<Prefix>%ED%95%9C%EA%B8%80/</Prefix>", "<EncodingType>url</EncodingType>", "<Delimiter>/</Delimiter>");
        assertThat(http.send("GET", "/" + bucket + "?list-type=2&encoding-type=base64").status()).isEqualTo(400);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void foreignAndForgedContinuationTokensAreInvalidArgument(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String one = bucketWith(flavour, "a", "b", "c");
        String other = bucketWith(flavour, "a", "b", "c");
        String token = s3.listObjectsV2(b -> b.bucket(one).maxKeys(1)).nextContinuationToken();
        assertThat(token).isNotNull();
        for (String bad : List.of(token.substring(0, token.length() - 2) + "AA", "forged", "")) {
            if (bad.isEmpty()) {
                continue;
            }
            assertThatThrownBy(() -> s3.listObjectsV2(b -> b.bucket(one).continuationToken(bad)))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(Fixture.code(e)).isEqualTo("InvalidArgument");
                    });
        }
        assertThatThrownBy(() -> s3.listObjectsV2(b -> b.bucket(other).continuationToken(token)))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(Fixture.code(e)).isEqualTo("InvalidArgument"));
        assertThatThrownBy(() -> s3.listObjectsV2(b -> b.bucket("no-such-bucket-zz")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(Fixture.code(e)).isEqualTo("NoSuchBucket"));
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void listObjectsV1UsesMarkersAndGivesNextMarkerWithADelimiter(ClientFlavour flavour) {
        S3Client s3 = fixture.client(flavour);
        String bucket = bucketWith(flavour, "a", "b/1", "b/2", "c", "d");

        ListObjectsResponse first = s3.listObjects(b -> b.bucket(bucket).delimiter("/").maxKeys(2));
        assertThat(first.contents()).extracting(S3Object::key).containsExactly("a");
        assertThat(prefixes(first.commonPrefixes())).containsExactly("b/");
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.nextMarker()).isEqualTo("b/");
        assertThat(first.contents().get(0).owner().id()).isNotBlank();

        ListObjectsResponse second = s3.listObjects(b -> b.bucket(bucket).delimiter("/").maxKeys(2).marker(first.nextMarker()));
        assertThat(second.contents()).extracting(S3Object::key).containsExactly("c", "d");
        assertThat(second.isTruncated()).isFalse();
        assertThat(second.marker()).isEqualTo("b/");

        ListObjectsResponse noDelimiter = s3.listObjects(b -> b.bucket(bucket).maxKeys(2));
        assertThat(noDelimiter.isTruncated()).isTrue();
        assertThat(noDelimiter.nextMarker()).isNull();
        ListObjectsResponse afterMarker = s3.listObjects(b -> b.bucket(bucket).marker("b/1"));
        assertThat(afterMarker.contents()).extracting(S3Object::key).containsExactly("b/2", "c", "d");

        ListObjectsResponse encoded = s3.listObjects(b -> b.bucket(bucket).prefix("b/").encodingType(EncodingType.URL));
        assertThat(encoded.contents()).extracting(S3Object::key).containsExactly("b/1", "b/2");
    }

    @Test
    void thePaginatorWalksTenThousandKeysSeeingEachKeyAndPrefixOnce() {
        S3Client s3 = fixture.client(ClientFlavour.SYNC_DEFAULT);
        String bucket = fixture.bucket(ClientFlavour.SYNC_DEFAULT);
        Set<String> expectedKeys = new HashSet<>();
        Set<String> expectedPrefixes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String key = i % 4 == 0 ? String.format("top-%05d", i) : String.format("dir-%03d/file-%05d", i % 250, i);
            fixture.pail.seed().object(bucket, key, new byte[0]);
            if (key.contains("/")) {
                expectedPrefixes.add(key.substring(0, key.indexOf('/') + 1));
            } else {
                expectedKeys.add(key);
            }
        }
        List<String> seenKeys = new ArrayList<>();
        List<String> seenPrefixes = new ArrayList<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket).delimiter("/").maxKeys(137)).forEach(page -> {
            page.contents().forEach(o -> seenKeys.add(o.key()));
            page.commonPrefixes().forEach(p -> seenPrefixes.add(p.prefix()));
        });
        assertThat(seenKeys).hasSize(expectedKeys.size()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expectedKeys);
        assertThat(seenPrefixes).hasSize(expectedPrefixes.size()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expectedPrefixes);

        List<String> all = new ArrayList<>();
        s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().forEach(o -> all.add(o.key()));
        assertThat(all).hasSize(10_000).isSorted();
    }

    @Test
    void deletedKeysDoNotAppear() {
        S3Client s3 = fixture.client(ClientFlavour.SYNC_DEFAULT);
        String bucket = bucketWith(ClientFlavour.SYNC_DEFAULT, "keep", "gone/1", "gone2");
        s3.deleteObject(b -> b.bucket(bucket).key("gone/1"));
        s3.deleteObject(b -> b.bucket(bucket).key("gone2"));
        ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(bucket).delimiter("/"));
        assertThat(keys(page)).containsExactly("keep");
        assertThat(page.commonPrefixes()).isEmpty();
    }
}
