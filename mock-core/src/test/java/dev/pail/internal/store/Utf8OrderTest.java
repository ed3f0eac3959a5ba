package dev.pail.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Utf8OrderTest {

    private static final Utf8Order ORDER = Utf8Order.INSTANCE;

    /** Pairs where the first sorts strictly before the second in UTF-8 byte order. */
    static Stream<Arguments> ascending() {
        return Stream.of(
                Arguments.of("", "a"),
                Arguments.of("a", "b"),
                Arguments.of("A", "a"),
                Arguments.of("a", "ab"),
                Arguments.of("abc", "abd"),
                Arguments.of("a/b", "a0"),
                Arguments.of("z", "\u00e9"),
                Arguments.of("\u00e9", "\u20ac"),
                Arguments.of("\u20ac", "\ud7ff"),
                // BMP characters above U+E000 sort before supplementary ones in UTF-8, though their
                // UTF-16 code units are larger than the surrogates'.
                Arguments.of("\ue000", "\ud83d\ude00"),
                Arguments.of("\uffff", "\ud83d\ude00"),
                Arguments.of("\uff21", "\ud800\udc00"),
                Arguments.of("x\ufb01", "x\ud83d\ude00y"),
                Arguments.of("\ud83d\ude00", "\ud83d\ude01"),
                Arguments.of("\ud800\udc00", "\udbff\udfff"),
                Arguments.of("\ud83d\ude00", "\ud83d\ude00a"));
    }

    @ParameterizedTest(name = "{0} < {1}")
    @MethodSource("ascending")
    void ordersLikeUtf8Bytes(String smaller, String larger) {
        assertThat(Arrays.compareUnsigned(utf8(smaller), utf8(larger))).isNegative();
        assertThat(ORDER.compare(smaller, larger)).isNegative();
        assertThat(ORDER.compare(larger, smaller)).isPositive();
    }

    @Test
    void privateUseCharacterSortsBeforeEmojiUnlikeStringCompareTo() {
        String privateUse = "\ue000";
        String emoji = "\ud83d\ude00";
        assertThat(privateUse.compareTo(emoji)).isPositive();
        assertThat(ORDER.compare(privateUse, emoji)).isNegative();
    }

    @Test
    void equalStringsCompareEqual() {
        assertThat(ORDER.compare("", "")).isZero();
        assertThat(ORDER.compare("abc\ud83d\ude00", "abc" + "\ud83d\ude00")).isZero();
    }

    @Test
    void prefixSortsFirst() {
        assertThat(ORDER.compare("photos", "photos/2024")).isNegative();
        assertThat(ORDER.compare("photos/2024", "photos")).isPositive();
    }

    @Test
    void agreesWithUnsignedByteComparisonOnRandomStrings() {
        Random random = new Random(20240611L);
        for (int i = 0; i < 5000; i++) {
            String a = randomString(random);
            String b = random.nextInt(4) == 0 ? a + randomString(random) : randomString(random);
            int expected = Integer.signum(Arrays.compareUnsigned(utf8(a), utf8(b)));
            assertThat(Integer.signum(ORDER.compare(a, b)))
                    .as("compare(%s, %s)", codePoints(a), codePoints(b))
                    .isEqualTo(expected);
        }
    }

    @Test
    void sortsRandomStringsLikeTheirUtf8Bytes() {
        Random random = new Random(7L);
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            strings.add(randomString(random));
        }
        List<String> byOrder = new ArrayList<>(strings);
        byOrder.sort(ORDER);
        List<String> byBytes = new ArrayList<>(strings);
        byBytes.sort((x, y) -> Arrays.compareUnsigned(utf8(x), utf8(y)));
        assertThat(byOrder).isEqualTo(byBytes);
    }

    /** Short strings mixing ASCII, two- and three-byte BMP characters (both sides of the surrogates) and emoji. */
    private static String randomString(Random random) {
        int length = random.nextInt(6);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp;
            switch (random.nextInt(6)) {
                case 0 -> cp = 'a' + random.nextInt(3);
                case 1 -> cp = 0x20 + random.nextInt(0x5f);
                case 2 -> cp = 0x80 + random.nextInt(0x780);
                case 3 -> cp = 0x800 + random.nextInt(0xD800 - 0x800);
                case 4 -> cp = 0xE000 + random.nextInt(0x2000);
                default -> cp = 0x10000 + random.nextInt(0x100000);
            }
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String codePoints(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(String.format("U+%04X ", cp)));
        return out.toString().trim();
    }
}
