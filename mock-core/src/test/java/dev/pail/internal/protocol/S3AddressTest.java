package dev.pail.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class S3AddressTest {

    private static final List<String> BASES = List.of("localhost", "s3.localhost");

    static Stream<Arguments> pathStyle() {
        return Stream.of(
                Arguments.of("/bucket", "bucket", null),
                Arguments.of("/bucket/", "bucket", null),
                Arguments.of("/bucket/k", "bucket", "k"),
                Arguments.of("/bucket//a", "bucket", "/a"),
                Arguments.of("/bucket//", "bucket", "/"),
                Arguments.of("/bucket/dir/", "bucket", "dir/"),
                Arguments.of("/bucket/a/../b", "bucket", "a/../b"),
                Arguments.of("/bucket/./a/.", "bucket", "./a/."),
                Arguments.of("/bucket/..", "bucket", ".."),
                Arguments.of("/bucket/%2F", "bucket", "/"),
                Arguments.of("/bucket/a%2fb", "bucket", "a/b"),
                Arguments.of("/bucket/a%252F", "bucket", "a%2F"),
                Arguments.of("/bucket/a+b", "bucket", "a+b"),
                Arguments.of("/bucket/a+b%20c", "bucket", "a+b c"),
                Arguments.of("/bucket/a%20b", "bucket", "a b"),
                Arguments.of("/bucket/a%2Bb", "bucket", "a+b"),
                Arguments.of("/bucket/%C3%A9t%C3%A9/%E2%82%AC%F0%9F%98%80", "bucket", "été/€😀"),
                Arguments.of("/bucket/a?b", "bucket", "a?b"),
                Arguments.of("/buck%65t/k", "bucket", "k"),
                Arguments.of("/buck%65t", "bucket", null),
                Arguments.of("/a%2Fb/k", "a/b", "k"),
                Arguments.of("/Upper_Case/K", "Upper_Case", "K"),
                Arguments.of("//a", "", "a"));
    }

    @ParameterizedTest(name = "{0} -> bucket {1}, key {2}")
    @MethodSource("pathStyle")
    void pathStyleSplitsBucketAndKeyAndDecodesBothOnce(String rawPath, String bucket, String key) {
        S3Address address = S3Address.parse("localhost:9090", rawPath, BASES);
        assertThat(address)
                .isEqualTo(new S3Address(Optional.of(bucket), Optional.ofNullable(key), AddressingStyle.PATH));
        assertThat(address.isBucket()).isEqualTo(key == null);
        assertThat(address.isObject()).isEqualTo(key != null);
        assertThat(address.isService()).isFalse();
    }

    @Test
    void rootPathStyleIsTheService() {
        S3Address address = S3Address.parse("localhost:9090", "/", BASES);
        assertThat(address).isEqualTo(new S3Address(Optional.empty(), Optional.empty(), AddressingStyle.PATH));
        assertThat(address.isService()).isTrue();
        assertThat(address.isBucket()).isFalse();
        assertThat(address.isObject()).isFalse();
    }

    static Stream<Arguments> virtualHostStyle() {
        return Stream.of(
                Arguments.of("/", null),
                Arguments.of("/k", "k"),
                Arguments.of("//a", "/a"),
                Arguments.of("//", "/"),
                Arguments.of("/dir/", "dir/"),
                Arguments.of("/a/../b", "a/../b"),
                Arguments.of("/%2F", "/"),
                Arguments.of("/a%252F", "a%2F"),
                Arguments.of("/a+b", "a+b"),
                Arguments.of("/a+b%2B", "a+b+"),
                Arguments.of("/a%20b", "a b"),
                Arguments.of("/bucket/k", "bucket/k"),
                Arguments.of("/%E2%82%AC", "€"));
    }

    @ParameterizedTest(name = "{0} -> key {1}")
    @MethodSource("virtualHostStyle")
    void virtualHostStyleTakesTheWholePathAsTheKey(String rawPath, String key) {
        S3Address address = S3Address.parse("photos.localhost:9090", rawPath, BASES);
        assertThat(address).isEqualTo(
                new S3Address(Optional.of("photos"), Optional.ofNullable(key), AddressingStyle.VIRTUAL_HOST));
        assertThat(address.isBucket()).isEqualTo(key == null);
        assertThat(address.isObject()).isEqualTo(key != null);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"localhost", "localhost:9090", "LOCALHOST:9090", "localhost.", "s3.localhost",
            "S3.LocalHost:9090", "127.0.0.1", "127.0.0.1:9090", "[::1]", "[::1]:9090", "[2001:db8::1]:80",
            "::1", "myhost", "myhost:80", "host.docker.internal", "host.docker.internal:4566", "xlocalhost",
            ".localhost", "s3.amazonaws.com"})
    void hostsThatNameNoBucketArePathStyle(String host) {
        assertThat(S3Address.parse(host, "/bucket/k", BASES))
                .isEqualTo(new S3Address(Optional.of("bucket"), Optional.of("k"), AddressingStyle.PATH));
    }

    static Stream<Arguments> virtualHosts() {
        return Stream.of(
                Arguments.of("photos.localhost", "photos"),
                Arguments.of("photos.localhost:9090", "photos"),
                Arguments.of("Photos.LOCALHOST:9090", "photos"),
                Arguments.of("photos.localhost.", "photos"),
                Arguments.of("photos.localhost.:9090", "photos"),
                Arguments.of("my.photos.localhost", "my.photos"),
                Arguments.of("photos.s3.localhost", "photos"),
                Arguments.of("photos.s3.localhost:9090", "photos"),
                Arguments.of("my.photos.s3.localhost", "my.photos"),
                Arguments.of("s3.s3.localhost", "s3"),
                Arguments.of("10.0.0.1.localhost", "10.0.0.1"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("virtualHosts")
    void theBucketIsThePrefixOfTheLongestMatchingBase(String host, String bucket) {
        S3Address expected = new S3Address(Optional.of(bucket), Optional.of("k"), AddressingStyle.VIRTUAL_HOST);
        assertThat(S3Address.parse(host, "/k", BASES)).isEqualTo(expected);
        assertThat(S3Address.parse(host, "/k", List.of("s3.localhost", "localhost"))).isEqualTo(expected);
    }

    @Test
    void ipLiteralsArePathStyleEvenWhenABaseDomainIsTheirSuffix() {
        List<String> bases = List.of("0.1", "168.0.1");
        for (String host : List.of("192.168.0.1", "192.168.0.1:9090", "192.168.0.1.")) {
            assertThat(S3Address.parse(host, "/bucket/k", bases))
                    .isEqualTo(new S3Address(Optional.of("bucket"), Optional.of("k"), AddressingStyle.PATH));
        }
    }

    @Test
    void aHostWithSeveralColonsIsTakenForAnUnbracketedIpv6LiteralAndIsPathStyle() {
        for (String host : List.of("photos.localhost:80:90", "2001:db8::1", "::ffff:127.0.0.1")) {
            assertThat(S3Address.parse(host, "/bucket/k", BASES).style()).isEqualTo(AddressingStyle.PATH);
        }
    }

    @Test
    void baseDomainsAreComparedCaseInsensitively() {
        assertThat(S3Address.parse("photos.s3.localhost", "/k", List.of("S3.LocalHost")).bucket()).contains("photos");
        assertThat(S3Address.parse("S3.LOCALHOST", "/bucket", List.of("s3.localhost")).style())
                .isEqualTo(AddressingStyle.PATH);
    }

    @Test
    void aHostEqualToAnyBaseIsPathStyleEvenUnderAShorterBase() {
        S3Address address = S3Address.parse("s3.localhost:9090", "/bucket", List.of("localhost", "s3.localhost"));
        assertThat(address).isEqualTo(new S3Address(Optional.of("bucket"), Optional.empty(), AddressingStyle.PATH));
    }

    @Test
    void withoutBaseDomainsEveryRequestIsPathStyle() {
        assertThat(S3Address.parse("photos.localhost", "/bucket/k", List.of()).style()).isEqualTo(AddressingStyle.PATH);
        assertThat(S3Address.parse("photos.localhost", "/bucket/k", List.of("")).bucket()).contains("bucket");
    }

    @Test
    void aKeyOf1024BytesOfMultiByteCharactersParses() {
        String twoByte = "é".repeat(512);
        String fourByte = "😀".repeat(256);
        for (String key : List.of(twoByte, fourByte, "€".repeat(341) + "a")) {
            assertThat(key.getBytes(StandardCharsets.UTF_8)).hasSize(1024);
            String raw = URLEncoder.encode(key, StandardCharsets.UTF_8);
            assertThat(S3Address.parse("localhost", "/bucket/" + raw, BASES).key()).contains(key);
            assertThat(S3Address.parse("b.localhost", "/" + raw, BASES).key()).contains(key);
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"", "bucket/k", "*", "http://localhost/bucket", "/bucket/%", "/bucket/%2",
            "/bucket/%zz", "/bucket/a%2", "/bucket/%C0%AF", "/bucket/%FF", "/bucket/%C3", "/bucket/%ED%A0%80",
            "/b%zzucket", "/b%FF/k", "/%"})
    void undecodablePathsAreMalformed(String rawPath) {
        assertThatThrownBy(() -> S3Address.parse("localhost", rawPath, BASES))
                .isInstanceOf(MalformedAddressException.class);
        assertThatThrownBy(() -> S3Address.parse("photos.localhost", rawPath, BASES))
                .isInstanceOf(MalformedAddressException.class);
    }

    @Test
    void aKeyNeedsABucket() {
        assertThatThrownBy(() -> new S3Address(Optional.empty(), Optional.of("k"), AddressingStyle.PATH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
