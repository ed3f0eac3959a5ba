package dev.pail.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 2047 user metadata, with the values S3 was recorded answering (LocalStack's AWS-validated snapshots). */
class EncodedWordsTest {

    @Test
    void printableAsciiIsKeptAsItIs() {
        assertThat(EncodedWords.encode("plain value_with?=signs")).isEqualTo("plain value_with?=signs");
        assertThat(EncodedWords.decode("plain value")).isEqualTo("plain value");
    }

    @Test
    void printableNonAsciiIsQEncoded() {
        assertThat(EncodedWords.encode("ÄMÄZÕÑ S3")).isEqualTo("=?UTF-8?Q?=C3=84M=C3=84Z=C3=95=C3=91_S3?=");
        assertThat(EncodedWords.encode("é_?=")).isEqualTo("=?UTF-8?Q?=C3=A9=5F=3F=3D?=");
    }

    @Test
    void controlCharactersAreBEncoded() {
        assertThat(EncodedWords.encode("\u0000\u0001\u0002\u0003")).isEqualTo("=?UTF-8?B?AAECAw==?=");
    }

    @Test
    void encodedWordsAreDecodedOnTheWayIn() {
        assertThat(EncodedWords.decode("=?UTF-8?Q?actually-ascii?=")).isEqualTo("actually-ascii");
        assertThat(EncodedWords.decode("=?UTF-8?B?YWJj?=")).isEqualTo("abc");
        assertThat(EncodedWords.decode("=?UTF-8?Q?=C3=84M=C3=84Z=C3=95=C3=91_S3?=")).isEqualTo("ÄMÄZÕÑ S3");
        assertThat(EncodedWords.decode("=?utf-8?q?a?= =?utf-8?q?b?=")).as("whitespace between words goes").isEqualTo("ab");
        assertThat(EncodedWords.decode("x =?UTF-8?Q?y?= z")).isEqualTo("x y z");
    }

    @Test
    void rawUtf8BytesAreTheTextTheyEncode() {
        String asReceived = new String("non-ascii — é".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(EncodedWords.decode(asReceived)).isEqualTo("non-ascii — é");
        assertThat(EncodedWords.decode("caf\u00e9")).as("Latin-1 that is not UTF-8 stays").isEqualTo("caf\u00e9");
    }

    @Test
    void whatIsEncodedDecodesBack() {
        for (String value : new String[] {"ÄMÄZÕÑ S3", "\u0000x\n", "日本語 _?=", "a=b"}) {
            assertThat(EncodedWords.decode(EncodedWords.encode(value))).isEqualTo(value);
        }
    }

    @Test
    void malformedWordsStayAsTheyAre() {
        assertThat(EncodedWords.decode("=?nonsense-charset?Q?x?=")).isEqualTo("=?nonsense-charset?Q?x?=");
        assertThat(EncodedWords.decode("=?UTF-8?Q?trailing=?=")).isEqualTo("trailing=");
    }
}
