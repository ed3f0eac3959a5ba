package dev.pail.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatsTest {

    @Test
    void isoHasMillisecondsAndZ() {
        assertThat(Formats.iso(Instant.parse("2009-10-12T17:50:30Z"))).isEqualTo("2009-10-12T17:50:30.000Z");
        assertThat(Formats.iso(Instant.parse("2024-02-03T04:05:06.789123Z"))).isEqualTo("2024-02-03T04:05:06.789Z");
        assertThat(Formats.iso(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00.000Z");
    }

    @Test
    void httpIsImfFixdateInGmtWithTwoDigitDay() {
        assertThat(Formats.http(Instant.parse("2009-10-12T17:50:30Z"))).isEqualTo("Mon, 12 Oct 2009 17:50:30 GMT");
        assertThat(Formats.http(Instant.parse("2024-03-05T01:02:03.999Z"))).isEqualTo("Tue, 05 Mar 2024 01:02:03 GMT");
    }

    @Test
    void httpDropsMilliseconds() {
        assertThat(Formats.http(Instant.parse("2024-03-05T01:02:03.999Z")))
                .isEqualTo(Formats.http(Instant.parse("2024-03-05T01:02:03Z")));
    }

    @Test
    void parseHttpReadsImfFixdate() {
        assertThat(Formats.parseHttp("Mon, 12 Oct 2009 17:50:30 GMT")).contains(Instant.parse("2009-10-12T17:50:30Z"));
        assertThat(Formats.parseHttp("  Tue, 05 Mar 2024 01:02:03 GMT ")).contains(Instant.parse("2024-03-05T01:02:03Z"));
    }

    @Test
    void parseHttpReadsWhatHttpWrites() {
        Instant instant = Instant.parse("2031-12-31T23:59:59Z");
        assertThat(Formats.parseHttp(Formats.http(instant))).contains(instant);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "garbage", "yesterday", "12 Oct 2009", "Mon, 32 Oct 2009 17:50:30 GMT",
        "Mon, 12 Foo 2009 17:50:30 GMT"})
    void parseHttpOfGarbageIsEmpty(String value) {
        assertThat(Formats.parseHttp(value)).isEmpty();
    }
    @Test
    void parseHttpReadsRfc850() {
        assertThat(Formats.parseHttp("Monday, 12-Oct-09 17:50:30 GMT")).contains(Instant.parse("2009-10-12T17:50:30Z"));
    }
    @Test
    void parseHttpReadsAsctime() {
        assertThat(Formats.parseHttp("Mon Oct 12 17:50:30 2009")).contains(Instant.parse("2009-10-12T17:50:30Z"));
        assertThat(Formats.parseHttp("Mon Oct  5 17:50:30 2009")).contains(Instant.parse("2009-10-05T17:50:30Z"));
    }

    @Test
    void toSecondsTruncates() {
        assertThat(Formats.toSeconds(Instant.parse("2024-03-05T01:02:03.999Z"))).isEqualTo(Instant.parse("2024-03-05T01:02:03Z"));
    }
}
