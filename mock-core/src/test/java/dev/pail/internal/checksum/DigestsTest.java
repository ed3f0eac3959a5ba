package dev.pail.internal.checksum;

import static dev.pail.internal.checksum.Oracles.ascii;
import static dev.pail.internal.checksum.Oracles.hex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestsTest {

    /** RFC 1321, appendix A.5. */
    @ParameterizedTest
    @CsvSource({
        "'',             d41d8cd98f00b204e9800998ecf8427e",
        "a,              0cc175b9c0f1b6a831c399e269772661",
        "abc,            900150983cd24fb0d6963f7d28e17f72",
        "message digest, f96b697d7cb7938d525a2f31aaf161d0",
    })
    void md5MatchesRfc1321(String message, String expectedHex) {
        Hasher md5 = Digests.md5();
        md5.update(ascii(message));
        assertThat(md5.digest()).isEqualTo(hex(expectedHex));
    }

    /** NIST FIPS 180 examples. */
    @ParameterizedTest
    @CsvSource({
        "'',  e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    })
    void sha256MatchesNist(String message, String expectedHex) {
        Hasher sha256 = Digests.sha256();
        sha256.update(ascii(message));
        assertThat(sha256.digest()).isEqualTo(hex(expectedHex));
    }

    /** NIST's one million repetitions of 'a', fed in 1000 updates. */
    @Test
    void sha256OfAMillionAsFedIncrementally() {
        byte[] thousand = new byte[1000];
        Arrays.fill(thousand, (byte) 'a');
        Hasher sha256 = Digests.sha256();
        for (int i = 0; i < 1000; i++) {
            sha256.update(thousand);
        }
        assertThat(sha256.digest()).isEqualTo(hex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    @Test
    void md5OfNothingIsTheWellKnownContentMd5() {
        assertThat(ChecksumEncoding.base64(Digests.md5().digest())).isEqualTo("1B2M2Y8AsgTpgAmY7PhCfg==");
    }

    @Test
    void returnsFreshHashers() {
        Hasher first = Digests.md5();
        Hasher second = Digests.md5();
        assertThat(first).isNotSameAs(second);
        first.update(ascii("abc"));
        assertThat(second.digest()).isEqualTo(hex("d41d8cd98f00b204e9800998ecf8427e"));
        assertThat(Digests.sha256()).isNotSameAs(Digests.sha256());
    }
}
