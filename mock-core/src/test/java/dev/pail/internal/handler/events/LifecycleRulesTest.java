package dev.pail.internal.handler.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.internal.events.LifecycleFilter;
import dev.pail.internal.events.LifecycleRule;
import dev.pail.internal.events.LifecycleRule.NoncurrentExpiration;
import dev.pail.internal.events.LifecycleRule.NoncurrentTransition;
import dev.pail.internal.events.LifecycleRule.Timing;
import dev.pail.internal.xml.LifecycleConfiguration;
import dev.pail.internal.xml.LifecycleConfiguration.Rule;
import dev.pail.internal.xml.RuleFilter;
import dev.pail.internal.xml.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LifecycleRulesTest {

    private static Rule rule(String id, String status) {
        Rule rule = new Rule();
        rule.id = id;
        rule.status = status;
        return rule;
    }

    private static LifecycleRule only(Rule rule) {
        LifecycleConfiguration configuration = new LifecycleConfiguration();
        configuration.rules.add(rule);
        List<LifecycleRule> rules = LifecycleRules.from(configuration);
        assertThat(rules).hasSize(1);
        return rules.get(0);
    }

    @Test
    void keepsTheOrderIdsAndStatus() {
        LifecycleConfiguration configuration = new LifecycleConfiguration();
        Rule first = rule("first", "Enabled");
        first.prefix = "";
        Rule second = rule("second", "Disabled");
        second.filter = new RuleFilter();
        configuration.rules.addAll(List.of(first, second));
        List<LifecycleRule> rules = LifecycleRules.from(configuration);
        assertThat(rules).extracting(LifecycleRule::id).containsExactly("first", "second");
        assertThat(rules).extracting(LifecycleRule::enabled).containsExactly(true, false);
    }

    @Test
    void readsTheDeprecatedPrefix() {
        Rule xml = rule("r", "Enabled");
        xml.prefix = "logs/";
        assertThat(only(xml).filter()).isEqualTo(LifecycleFilter.prefix("logs/"));
    }

    @Test
    void anEmptyFilterMatchesEverything() {
        Rule xml = rule("r", "Enabled");
        xml.filter = new RuleFilter();
        assertThat(only(xml).filter()).isEqualTo(LifecycleFilter.all());
    }

    @Test
    void readsEachKindOfFilter() {
        Rule prefixed = rule("r", "Enabled");
        prefixed.filter = new RuleFilter();
        prefixed.filter.prefix = "tax/";
        assertThat(only(prefixed).filter()).isEqualTo(LifecycleFilter.prefix("tax/"));

        Rule tagged = rule("r", "Enabled");
        tagged.filter = new RuleFilter();
        tagged.filter.tag = new Tag("k", "v");
        assertThat(only(tagged).filter()).isEqualTo(LifecycleFilter.all().withTag("k", "v"));

        Rule sized = rule("r", "Enabled");
        sized.filter = new RuleFilter();
        sized.filter.objectSizeGreaterThan = 500L;
        assertThat(only(sized).filter()).isEqualTo(LifecycleFilter.all().withSizeGreaterThan(500));

        Rule small = rule("r", "Enabled");
        small.filter = new RuleFilter();
        small.filter.objectSizeLessThan = 64_000L;
        assertThat(only(small).filter()).isEqualTo(LifecycleFilter.all().withSizeLessThan(64_000));
    }

    @Test
    void readsAnAnd() {
        Rule xml = rule("r", "Enabled");
        xml.filter = new RuleFilter();
        xml.filter.and = new RuleFilter.And();
        xml.filter.and.prefix = "tax/";
        xml.filter.and.tags.add(new Tag("k1", "v1"));
        xml.filter.and.tags.add(new Tag("k2", null));
        xml.filter.and.objectSizeGreaterThan = 500L;
        xml.filter.and.objectSizeLessThan = 64_000L;
        LifecycleFilter filter = only(xml).filter();
        assertThat(filter).isEqualTo(new LifecycleFilter("tax/", Map.of("k1", "v1", "k2", ""), OptionalLong.of(500),
                OptionalLong.of(64_000)));
        assertThat(filter.matches("tax/a", 501, Map.of("k1", "v1", "k2", ""))).isTrue();
    }

    @Test
    void readsExpirations() {
        Rule days = rule("r", "Enabled");
        days.prefix = "";
        days.expiration = new LifecycleConfiguration.Expiration();
        days.expiration.days = 30;
        LifecycleRule fromDays = only(days);
        assertThat(fromDays.expiration()).contains(Timing.afterDays(30));
        assertThat(fromDays.expiredObjectDeleteMarker()).isFalse();

        Rule marker = rule("r", "Enabled");
        marker.prefix = "";
        marker.expiration = new LifecycleConfiguration.Expiration();
        marker.expiration.expiredObjectDeleteMarker = true;
        LifecycleRule fromMarker = only(marker);
        assertThat(fromMarker.expiration()).isEmpty();
        assertThat(fromMarker.expiredObjectDeleteMarker()).isTrue();

        marker.expiration.expiredObjectDeleteMarker = false;
        assertThat(only(marker).expiredObjectDeleteMarker()).isFalse();
    }

    @Test
    void readsDatesLeniently() {
        for (String text : List.of("2030-01-01T00:00:00.000Z", "2030-01-01T00:00:00Z", "2030-01-01T00:00:00",
                "2030-01-01", "2030-01-01T00:00:00+00:00")) {
            Rule xml = rule("r", "Enabled");
            xml.prefix = "";
            xml.expiration = new LifecycleConfiguration.Expiration();
            xml.expiration.date = text;
            assertThat(only(xml).expiration()).as(text).contains(Timing.onDate(LocalDate.of(2030, 1, 1)));
        }
        assertThatThrownBy(() -> LifecycleRules.date("tomorrow")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTransitions() {
        Rule xml = rule("r", "Enabled");
        xml.prefix = "";
        LifecycleConfiguration.Transition ia = new LifecycleConfiguration.Transition();
        ia.days = 30;
        ia.storageClass = "STANDARD_IA";
        LifecycleConfiguration.Transition glacier = new LifecycleConfiguration.Transition();
        glacier.date = "2031-06-01T00:00:00.000Z";
        glacier.storageClass = "GLACIER";
        xml.transitions.addAll(List.of(ia, glacier));
        assertThat(only(xml).transitions()).containsExactly(
                new LifecycleRule.Transition(Timing.afterDays(30), "STANDARD_IA"),
                new LifecycleRule.Transition(Timing.onDate(LocalDate.of(2031, 6, 1)), "GLACIER"));
    }

    @Test
    void readsNoncurrentActionsAndAbort() {
        Rule xml = rule("r", "Enabled");
        xml.filter = new RuleFilter();
        LifecycleConfiguration.NoncurrentVersionTransition transition = new LifecycleConfiguration.NoncurrentVersionTransition();
        transition.noncurrentDays = 30;
        transition.storageClass = "GLACIER";
        transition.newerNoncurrentVersions = 2;
        xml.noncurrentVersionTransitions.add(transition);
        xml.noncurrentVersionExpiration = new LifecycleConfiguration.NoncurrentVersionExpiration();
        xml.noncurrentVersionExpiration.noncurrentDays = 365;
        xml.abortIncompleteMultipartUpload = new LifecycleConfiguration.AbortIncompleteMultipartUpload();
        xml.abortIncompleteMultipartUpload.daysAfterInitiation = 7;
        LifecycleRule rule = only(xml);
        assertThat(rule.noncurrentTransitions()).containsExactly(new NoncurrentTransition(30, OptionalInt.of(2), "GLACIER"));
        assertThat(rule.noncurrentExpiration()).isEqualTo(Optional.of(new NoncurrentExpiration(365, OptionalInt.empty())));
        assertThat(rule.abortAfterDays()).isEqualTo(OptionalInt.of(7));
        assertThat(rule.expiration()).isEmpty();
        assertThat(rule.transitions()).isEmpty();
    }

    @Test
    void aRuleWithoutActionsHasNone() {
        Rule xml = rule("r", "Enabled");
        xml.prefix = "";
        LifecycleRule rule = only(xml);
        assertThat(rule).isEqualTo(LifecycleRule.enabled("r", LifecycleFilter.all()));
    }
}
