package dev.pail.internal.handler.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaggingTest {

    @Test
    void parsesPairsInOrder() {
        assertThat(Tagging.parseHeader("b=2&a=1&c=3")).containsExactly(
                Map.entry("b", "2"), Map.entry("a", "1"), Map.entry("c", "3"));
    }

    @Test
    void decodesUrlEncodedKeysAndValues() {
        assertThat(Tagging.parseHeader("my%20key=a+b%26c&%C3%A9t%C3%A9=%E2%82%AC%3D1")).containsExactly(
                Map.entry("my key", "a b&c"), Map.entry("\u00e9t\u00e9", "\u20ac=1"));
    }

    @Test
    void emptyHeaderAndEmptyPairsGiveNoTags() {
        assertThat(Tagging.parseHeader("")).isEmpty();
        assertThat(Tagging.parseHeader("a=1&&b=2&")).containsOnlyKeys("a", "b");
    }

    @Test
    void keyWithoutValueHasAnEmptyValue() {
        assertThat(Tagging.parseHeader("flag&k=")).containsExactly(Map.entry("flag", ""), Map.entry("k", ""));
    }

    @Test
    void malformedEncodingIsInvalidArgument() {
        assertThatThrownBy(() -> Tagging.parseHeader("a=%ZZ"))
                .isInstanceOfSatisfying(S3Exception.class,
                        e -> assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT));
    }

    @Test
    void tenTagsAreAccepted() {
        assertThat(Tagging.parseHeader(pairs(10))).hasSize(10);
    }

    @Test
    void elevenTagsAreInvalidTag() {
        assertInvalidTag(() -> Tagging.parseHeader(pairs(11)));
    }

    @Test
    void duplicateKeysAreInvalidArgument() {
        for (String header : new String[] {"a=1&b=2&a=3", "a=1&%61=2", "key1=val1,key2=val2"}) {
            assertThatThrownBy(() -> Tagging.parseHeader(header)).as(header).isInstanceOfSatisfying(S3Exception.class,
                    e -> assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_ARGUMENT));
        }
    }

    @Test
    void theHeaderIsAQueryString() {
        assertThat(Tagging.parseHeader("tag1=tag1&tag2=tag2&tag=")).containsExactly(
                java.util.Map.entry("tag1", "tag1"), java.util.Map.entry("tag2", "tag2"), java.util.Map.entry("tag", ""));
        assertThat(Tagging.parseHeader("wrongquery&wrongagain")).containsOnlyKeys("wrongquery", "wrongagain");
        assertThat(Tagging.parseHeader("key1&&&key2")).containsOnlyKeys("key1", "key2");
        assertThat(Tagging.parseHeader("a+b=c%20d&e=f+g")).containsEntry("a b", "c d").containsEntry("e", "f g");
    }

    @Test
    void keyOf128CharactersIsAcceptedAnd129IsInvalidTag() {
        assertThat(Tagging.parseHeader("k".repeat(128) + "=v")).containsKey("k".repeat(128));
        assertInvalidTag(() -> Tagging.parseHeader("k".repeat(129) + "=v"));
    }

    @Test
    void keyLengthCountsCharactersNotBytesOrUtf16Units() {
        String emoji = "\ud83d\ude00";
        Tagging.validate(Map.of(emoji.repeat(128), "v"));
        assertInvalidTag(() -> Tagging.validate(Map.of(emoji.repeat(129), "v")));
    }

    @Test
    void valueOf256CharactersIsAcceptedAnd257IsInvalidTag() {
        assertThat(Tagging.parseHeader("k=" + "v".repeat(256))).containsEntry("k", "v".repeat(256));
        assertInvalidTag(() -> Tagging.parseHeader("k=" + "v".repeat(257)));
        Tagging.validate(Map.of("k", "\u20ac".repeat(256)));
        assertInvalidTag(() -> Tagging.validate(Map.of("k", "\u20ac".repeat(257))));
    }

    @Test
    void emptyKeyIsInvalidTag() {
        assertInvalidTag(() -> Tagging.parseHeader("=v"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"aws:owner", "aws:"})
    void awsPrefixIsInvalidTag(String key) {
        assertInvalidTag(() -> Tagging.parseHeader(key + "=v"));
    }

    @Test
    void awsElsewhereInTheKeyIsAccepted() {
        assertThat(Tagging.parseHeader("my-aws:key=v&aws=1")).containsOnlyKeys("my-aws:key", "aws");
    }

    @Test
    void validateAcceptsTenTagsAndRejectsEleven() {
        Tagging.validate(tags(10));
        assertInvalidTag(() -> Tagging.validate(tags(11)));
    }

    @Test
    void utf8LengthCountsBytes() {
        assertThat(Tagging.utf8Length("a\u00e9\u20ac\ud83d\ude00")).isEqualTo(1 + 2 + 3 + 4);
    }

    private static String pairs(int count) {
        return IntStream.range(0, count).mapToObj(i -> "key" + i + "=value" + i).collect(Collectors.joining("&"));
    }

    private static Map<String, String> tags(int count) {
        Map<String, String> tags = new LinkedHashMap<>();
        IntStream.range(0, count).forEach(i -> tags.put("key" + i, "value" + i));
        return tags;
    }

    private static void assertInvalidTag(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(S3Exception.class,
                e -> assertThat(e.code()).isEqualTo(S3ErrorCode.INVALID_TAG));
    }
}
