package dev.pail.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsEveryKindOfValue() {
        Object value = Json.parse(" {\"s\":\"a\\\"b\\u00e9\\n\",\"n\":-1.5e3,\"t\":true,\"f\":false,\"z\":null,"
                + "\"a\":[1,{},[]]} ");

        assertThat(value).isEqualTo(Map.of("s", "a\"b\u00e9\n", "n", new BigDecimal("-1.5e3"), "t", true, "f", false,
                "z", Json.NULL, "a", List.of(new BigDecimal("1"), Map.of(), List.of())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":}", "{\"a\" 1}", "{a:1}", "[1,]", "01", "1.", "\"\\x\"", "\"a", "tru",
        "{} {}", "{\"a\":1,}", "\"tab\there\""})
    void refusesWhatIsNotExactlyOneWellFormedValue(String text) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesDeepNestingWithoutExhaustingTheStack() {
        assertThatThrownBy(() -> Json.parse("[".repeat(10_000) + "]".repeat(10_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested too deeply");
    }
}
