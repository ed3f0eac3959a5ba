package dev.pail.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BucketNamesTest {

    private static final String SIXTY_THREE = "a".repeat(61) + "-1";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"abc", "a-b", "1-2", "123", "my-bucket", "my.bucket.name", "docexamplebucket1",
            "log-delivery-march-2020", "my-hosted-content", "a1b2c3", "a.b-c", "a-.b", "a.-b", "a--b",
            "192.168.5", "192.168.5.4.5", "192.168.5.a", "xn-bucket", "sthreebucket", "amzn-s3-bucket",
            "bucket-s3alias-x", "bucket.mrapx", "bucket-x-s3", "bucket-table-s3", "taiwan", "bucket-an1",
            "s3alias", "an0", "xn-1"})
    void validNames(String name) {
        assertThat(BucketNames.problem(name)).as(name).isEmpty();
        assertThat(BucketNames.isValid(name)).as(name).isTrue();
    }

    @Test
    void sixtyThreeCharactersAreAllowed() {
        assertThat(SIXTY_THREE).hasSize(63);
        assertThat(BucketNames.isValid(SIXTY_THREE)).isTrue();
        assertThat(BucketNames.isValid("abc".repeat(21))).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "''|at least 3 characters",
            "a|at least 3 characters",
            "ab|at least 3 characters",
            "MyBucket|upper-case letters (found 'M')",
            "mybuckeT|upper-case letters (found 'T')",
            "my_bucket|only lower-case letters, digits, periods and hyphens (found '_')",
            "'my bucket'|only lower-case letters, digits, periods and hyphens (found ' ')",
            "my/bucket|only lower-case letters, digits, periods and hyphens (found '/')",
            "bücket|only lower-case letters, digits, periods and hyphens (found 'ü')",
            "b😀cket|only lower-case letters, digits, periods and hyphens (found '😀')",
            "my:bucket|only lower-case letters, digits, periods and hyphens (found ':')",
            "-bucket|begin with a letter or digit",
            ".bucket|begin with a letter or digit",
            "bucket-|end with a letter or digit",
            "bucket.|end with a letter or digit",
            "my..bucket|two adjacent periods",
            "a...b|two adjacent periods",
            "192.168.5.4|formatted as an IP address",
            "10.0.0.1|formatted as an IP address",
            "999.999.999.999|formatted as an IP address",
            "xn--bucket|reserved prefix \"xn--\"",
            "sthree-bucket|reserved prefix \"sthree-\"",
            "sthree-configurator|reserved prefix \"sthree-\"",
            "amzn-s3-demo-bucket|reserved prefix \"amzn-s3-demo-\"",
            "bucket-s3alias|reserved suffix \"-s3alias\"",
            "bucket--ol-s3|reserved suffix \"--ol-s3\"",
            "bucket.mrap|reserved suffix \".mrap\"",
            "bucket--usw2-az1--x-s3|reserved suffix \"--x-s3\"",
            "bucket--table-s3|reserved suffix \"--table-s3\"",
            "bucket-111122223333-us-west-2-an|reserved suffix \"-an\""})
    void invalidNamesWithTheirReason(String name, String reason) {
        assertThat(BucketNames.problem(name)).as(name).hasValueSatisfying(p -> assertThat(p).contains(reason));
        assertThat(BucketNames.isValid(name)).as(name).isFalse();
    }

    @Test
    void sixtyFourCharactersAreTooMany() {
        String name = SIXTY_THREE + "x";
        assertThat(BucketNames.problem(name)).hasValueSatisfying(p -> assertThat(p).contains("at most 63 characters"));
        assertThat(BucketNames.isValid(name)).isFalse();
        assertThat(BucketNames.isValid("a".repeat(1000))).isFalse();
    }

    @Test
    void aMissingNameIsInvalid() {
        assertThat(BucketNames.problem(null)).hasValueSatisfying(p -> assertThat(p).contains("missing"));
        assertThat(BucketNames.isValid(null)).isFalse();
    }
}
