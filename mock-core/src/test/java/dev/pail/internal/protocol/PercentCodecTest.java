package dev.pail.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentCodecTest {

    private static final String HEX = "0123456789ABCDEF";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "a%20b|a b", "a+b|a+b", "a+b%20c+|a+b c+", "%2F|/", "%2f|/", "a%252F|a%2F", "%25|%", "%C3%A9|é",
            "%c3%a9|é",
            "%E2%82%AC|€", "%F0%9F%98%80|😀", "%EF%BF%BF|\uFFFF", "%F4%8F%BF%BF|\uDBFF\uDFFF", "a%2Bb|a+b",
            "%7E%2A|~*", "plain/key.txt|plain/key.txt", "é|é"})
    void decodePathDecodesEscapesOnceAndKeepsPlus(String raw, String decoded) {
        assertThat(PercentCodec.decodePath(raw)).isEqualTo(decoded);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "a+b|a b", "a%2Bb|a+b", "a+b%2Bc|a b+c", "a%20b|a b", "++|'  '", "%E2%82%AC+%24|€ $", "x|x"})
    void decodeQueryTurnsPlusIntoSpace(String raw, String decoded) {
        assertThat(PercentCodec.decodeQuery(raw)).isEqualTo(decoded);
    }

    @Test
    void controlAndNulBytesDecode() {
        assertThat(PercentCodec.decodePath("a%00b%0A")).isEqualTo("a\u0000b\n");
        assertThat(PercentCodec.decodePath("")).isEmpty();
    }

    @Test
    void textWithNothingToDecodeIsReturnedWithoutCopying() {
        String path = "bucket/some/key+with.plus";
        assertThat(PercentCodec.decodePath(path)).isSameAs(path);
        String query = "list-type";
        assertThat(PercentCodec.decodeQuery(query)).isSameAs(query);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%", "%2", "a%", "a%4", "%zz", "%2G", "%G2", "%-1", "%+1", "% 1", "%\uFF11\uFF12",
            "%C0%AF", "%C1%BF", "%E0%80%AF", "%F0%80%80%AF", "%FF", "%FE", "%80", "%BF", "%F5%80%80%80",
            "%C3", "%C3a", "%C3%", "%C3%2", "%C3%28", "%E2%82", "%E2%82x", "%F0%9F%98", "%ED%A0%80",
            "%ED%BF%BF", "%F4%90%80%80", "ok%E2%28%A1"})
    void badEscapesAndMalformedUtf8AreRejected(String raw) {
        assertThatThrownBy(() -> PercentCodec.decodePath(raw)).isInstanceOf(MalformedAddressException.class)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(raw);
        assertThatThrownBy(() -> PercentCodec.decodeQuery(raw)).isInstanceOf(MalformedAddressException.class);
    }

    @Test
    void utf8ValidationAgreesWithTheJdksStrictDecoderOnEveryOneAndTwoByteSequence() {
        List<String> disagreements = new ArrayList<>();
        CharsetDecoder jdk = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int first = 0; first < 256; first++) {
            compareWithJdk(disagreements, jdk, first);
            for (int second = 0; second < 256; second++) {
                compareWithJdk(disagreements, jdk, first, second);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void utf8ValidationAgreesWithTheJdksStrictDecoderOnLongerSequences() {
        List<String> disagreements = new ArrayList<>();
        CharsetDecoder jdk = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int[] thirds = {0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0};
        int[] fourths = {0x7F, 0x80, 0xBF, 0xC0};
        for (int lead = 0xE0; lead < 0x100; lead++) {
            for (int second = 0; second < 256; second++) {
                for (int third : thirds) {
                    compareWithJdk(disagreements, jdk, lead, second, third);
                    for (int fourth : lead >= 0xF0 ? fourths : new int[0]) {
                        compareWithJdk(disagreements, jdk, lead, second, third, fourth);
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** Decodes the escapes of {@code bytes} and notes any difference from the JDK's strict decoder. */
    private static void compareWithJdk(List<String> disagreements, CharsetDecoder jdk, int... bytes) {
        StringBuilder escaped = new StringBuilder();
        byte[] raw = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            raw[i] = (byte) bytes[i];
            escaped.append('%').append(HEX.charAt(bytes[i] >> 4)).append(HEX.charAt(bytes[i] & 0xF));
        }
        String expected;
        try {
            expected = jdk.reset().decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            expected = null;
        }
        String actual;
        try {
            actual = PercentCodec.decodePath(escaped.toString());
        } catch (MalformedAddressException e) {
            actual = null;
        }
        if (!Objects.equals(expected, actual) && disagreements.size() < 20) {
            disagreements.add(escaped + ": JDK " + expected + ", PercentCodec " + actual);
        }
    }

    @ParameterizedTest(name = "{0} -> {2} (keepSlash {1})")
    @CsvSource(delimiter = '|', value = {
            "a b|true|a%20b", "a/b|true|a/b", "a/b|false|a%2Fb", "~|false|~", "*|false|%2A", "+|false|%2B",
            "%|false|%25", "é|false|%C3%A9", "€|true|%E2%82%AC", "😀|false|%F0%9F%98%80",
            "AZaz09-_.~|false|AZaz09-_.~", "a:b=c&d?e#f|false|a%3Ab%3Dc%26d%3Fe%23f", "ÿ|false|%C3%BF",
            "'日本/語 x'|true|%E6%97%A5%E6%9C%AC/%E8%AA%9E%20x"})
    void encodeKeepsUnreservedAndEscapesTheRestAsUpperCaseUtf8(String value, boolean keepSlash, String encoded) {
        assertThat(PercentCodec.encode(value, keepSlash)).isEqualTo(encoded);
    }

    @Test
    void encodeReturnsTextThatNeedsNoEscapingAsItIs() {
        String value = "photos/2024/img_01.jpg";
        assertThat(PercentCodec.encode(value, true)).isSameAs(value);
        assertThat(PercentCodec.encode("", false)).isEmpty();
    }

    @Test
    void encodeEscapesControlCharacters() {
        assertThat(PercentCodec.encode("a\nb\u0000\u007F", false)).isEqualTo("a%0Ab%00%7F");
    }

    @Test
    void encodeReplacesUnpairedSurrogates() {
        assertThat(PercentCodec.encode("a\uD800b", false)).isEqualTo("a%EF%BF%BDb");
        assertThat(PercentCodec.encode("\uDC00", false)).isEqualTo("%EF%BF%BD");
    }

    @Test
    void decodingUndoesEncoding() {
        for (String value : List.of("a b+c", "dir/sub dir/file (1).txt", "€😀é\u0000\u007F", "%2F", "~*'()!",
                "\uFFFF\uD83D\uDE00")) {
            assertThat(PercentCodec.decodePath(PercentCodec.encode(value, false))).isEqualTo(value);
            assertThat(PercentCodec.decodePath(PercentCodec.encode(value, true))).isEqualTo(value);
            assertThat(PercentCodec.decodeQuery(PercentCodec.encode(value, false))).isEqualTo(value);
        }
    }
}
