package dev.pail.internal.handler;

import dev.pail.internal.handler.bucket.Regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectKeysAndRegionsTest {

    private static final String EURO = "\u20ac"; // 3 UTF-8 bytes
    private static final String EMOJI = "\ud83d\ude00"; // 4 UTF-8 bytes, 2 chars

    @Test
    void keyOf1024BytesIsValid() {
        for (String key : new String[] {"a".repeat(1024), EURO.repeat(341) + "a", EMOJI.repeat(256),
            "\u00e9".repeat(512), "a".repeat(340) + EURO.repeat(228)}) {
            assertThat(key.getBytes(StandardCharsets.UTF_8)).hasSize(1024);
            assertThat(ObjectKeys.valid(key)).isSameAs(key);
        }
    }

    @Test
    void keyOf1025BytesIsKeyTooLong() {
        for (String key : new String[] {"a".repeat(1025), EURO.repeat(341) + "aa", EMOJI.repeat(256) + "a",
            EURO.repeat(342), "\u00e9".repeat(512) + "a"}) {
            assertThat(key.getBytes(StandardCharsets.UTF_8)).hasSize(key.equals(EURO.repeat(342)) ? 1026 : 1025);
            assertThatThrownBy(() -> ObjectKeys.valid(key))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.code()).isEqualTo(S3ErrorCode.KEY_TOO_LONG_ERROR);
                        assertThat(e.details()).containsEntry("MaxSizeAllowed", "1024");
                    });
        }
    }

    @Test
    void keyTooLongReportsItsUtf8Size() {
        assertThatThrownBy(() -> ObjectKeys.valid(EURO.repeat(400)))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.details()).containsEntry("Size", "1200"));
    }

    @Test
    void shortAndEmptyKeysAreValid() {
        assertThat(ObjectKeys.valid("")).isEmpty();
        assertThat(ObjectKeys.valid("dir/" + EMOJI)).isEqualTo("dir/" + EMOJI);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"us-east-1", "eu-west-1", "eu-central-2", "ap-southeast-10", "us-gov-east-1", "cn-north-1",
        "us-iso-east-1"})
    void realRegionNamesArePlausible(String region) {
        assertThat(Regions.isPlausible(region)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "EU", "us-east", "us-east-", "useast1", "US-EAST-1", "us-east-100", "us-east-a",
        "us--1", "-east-1", "us-east-1-x", "a-b-c-d-1", "us_east-1", "us-e4st-1", "us-east-1a"})
    void otherStringsAreNotPlausible(String region) {
        assertThat(Regions.isPlausible(region)).isFalse();
    }
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"us-east-1-", "us-east-1--", "us-gov-east-1-"})
    void trailingDashIsNotPlausible(String region) {
        assertThat(Regions.isPlausible(region)).isFalse();
    }
}
