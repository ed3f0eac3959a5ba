package dev.pail.internal.access.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The building blocks: globs, address ranges, dates, policy values and the context. */
class PolicyPartsTest {

    @ParameterizedTest(name = "{0} vs \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        "abc | abc | true", "abc | abd | false", "* | '' | true", "* | any/thing:at all | true", "a* | a | true",
        "a* | ba | false", "*c | abc | true", "a*c | abbbc | true", "a*c | abcd | false", "a?c | abc | true",
        "a?c | ac | false", "?* | '' | false", "**a** | bab | true", "a*b*c | aXbYbZc | true", "a*b*c | aXcYb | false",
        "'' | '' | true", "'' | x | false"})
    void globStarMatchesAnyRunAndQuestionMarkOneCharacter(String glob, String text, boolean expected) {
        assertThat(Wildcard.compile(glob).matches(text)).isEqualTo(expected);
    }

    @Test
    void globMatchingStaysLinearishOnPathologicalPatterns() {
        Wildcard pattern = Wildcard.compile("*a*a*a*a*a*a*a*a*b");
        String text = "a".repeat(5_000);
        long start = System.nanoTime();
        assertThat(pattern.matches(text)).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @ParameterizedTest(name = "{0} contains {1} -> {2}")
    @CsvSource({"10.0.0.0/8, 10.255.1.2, true", "10.0.0.0/8, 11.0.0.1, false", "0.0.0.0/0, 203.0.113.9, true",
        "192.0.2.128/25, 192.0.2.200, true", "192.0.2.128/25, 192.0.2.100, false", "::/0, 2001:db8::1, true",
        "2001:db8::1, 2001:db8::1, true", "2001:db8::1, 2001:db8::2, false", "2001:db8::/127, 2001:db8::1, true"})
    void ipRangesContainTheAddressesOfTheirPrefix(String range, String address, boolean expected) {
        assertThat(IpRange.parse(range).orElseThrow().contains(address)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.0/33", "1.2.3", "1.2.3.4.5", "256.0.0.1", "localhost", "10.0.0.0/", "10.0.0.0/a", "2001:db8::/129", "''"})
    void malformedRangesAreRefused(String range) {
        assertThat(IpRange.parse(range)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2019-07-16T12:00:00Z, 1563278400", "2019-07-16T14:00:00+02:00, 1563278400", "2019-07-16T12:00:00.000Z, 1563278400",
        "2019-07-16T12:00:00, 1563278400", "2019-07-16, 1563235200", "1563278400, 1563278400"})
    void datesAreIso8601OrEpochSeconds(String text, long epochSeconds) {
        assertThat(PolicyDates.parse(text)).hasValue(Instant.ofEpochSecond(epochSeconds));
    }

    @Test
    void policyValuesKeepTheirEscapesLiteral() {
        PolicyValue value = PolicyValue.parse("a${*}b*${aws:username}", true);
        KeyLookup keys = key -> key.equals("aws:username") ? java.util.List.of("x*y") : null;
        assertThat(value.text(keys)).isEqualTo("a*b*x*y");
        assertThat(value.pattern(keys).matches("a*bANYTHINGx*y")).isTrue();
        assertThat(value.pattern(keys).matches("aXbANYTHINGx*y")).isFalse();
        assertThat(value.pattern(keys).matches("a*bANYTHINGxZy")).isFalse();
        assertThat(value.text(key -> null)).isNull();
        assertThat(PolicyValue.parse("${aws:username, 'it''s'}", true).text(key -> null)).isEqualTo("it's");
        assertThat(PolicyValue.parse("${unclosed", true).text(key -> null)).isEqualTo("${unclosed");
    }

    @Test
    void contextKeysCompareWithoutCaseBeforeTheSlashOnly() {
        ConditionContext context = ConditionContext.builder().put("S3:ExistingObjectTag/Colour", "red").put("aws:SourceIp").build();
        assertThat(context.values("s3:existingobjecttag/Colour")).hasValue(java.util.List.of("red"));
        assertThat(context.values("s3:existingobjecttag/colour")).isEmpty();
        assertThat(context.values("AWS:SOURCEIP")).hasValue(java.util.List.of());
        assertThat(ConditionContext.empty().values("aws:SourceIp")).isEmpty();
    }
}
