package dev.pail.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParametersTest {

    @Test
    void parametersWithoutValuesEmptyValuesAndRepeatedValues() {
        QueryParameters query = QueryParameters.parse("a&b=&c=1&c=2");
        assertThat(query.names()).containsExactly("a", "b", "c");
        assertThat(query.has("a")).isTrue();
        assertThat(query.first("a")).contains("");
        assertThat(query.all("a")).containsExactly("");
        assertThat(query.first("b")).contains("");
        assertThat(query.first("c")).contains("1");
        assertThat(query.all("c")).containsExactly("1", "2");
        assertThat(query.has("d")).isFalse();
        assertThat(query.first("d")).isEmpty();
        assertThat(query.all("d")).isEmpty();
    }

    @Test
    void valuesAreDecodedOnceWithPlusAsSpace() {
        assertThat(QueryParameters.parse("prefix=a+b%2Bc").first("prefix")).contains("a b+c");
        assertThat(QueryParameters.parse("prefix=a%252F").first("prefix")).contains("a%2F");
        assertThat(QueryParameters.parse("prefix=%E2%82%AC%2F").first("prefix")).contains("€/");
        assertThat(QueryParameters.parse("delimiter=%2F").first("delimiter")).contains("/");
    }

    @Test
    void namesAreDecodedToo() {
        QueryParameters query = QueryParameters.parse("max%2Dkeys=5&x+y=1");
        assertThat(query.has("max-keys")).isTrue();
        assertThat(query.first("max-keys")).contains("5");
        assertThat(query.has("x y")).isTrue();
    }

    @Test
    void listTypeTwo() {
        QueryParameters query = QueryParameters.parse("list-type=2");
        assertThat(query.names()).containsExactly("list-type");
        assertThat(query.first("list-type")).contains("2");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"&", "&&&"})
    void noParameters(String raw) {
        QueryParameters query = QueryParameters.parse(raw);
        assertThat(query.names()).isEmpty();
        assertThat(query.has("")).isFalse();
        assertThat(query.first("a")).isEmpty();
        assertThat(query.all("a")).isEmpty();
    }

    @Test
    void emptyIsEmptyAndSharedWithAnEmptyParse() {
        assertThat(QueryParameters.empty().names()).isEmpty();
        assertThat(QueryParameters.empty().has("uploads")).isFalse();
        assertThat(QueryParameters.parse("")).isSameAs(QueryParameters.empty());
        assertThat(QueryParameters.parse(null)).isSameAs(QueryParameters.empty());
    }

    @Test
    void onlyTheFirstEqualsSignSplitsNameFromValue() {
        QueryParameters query = QueryParameters.parse("a=b=c&x==&t=k%3Dv");
        assertThat(query.first("a")).contains("b=c");
        assertThat(query.first("x")).contains("=");
        assertThat(query.first("t")).contains("k=v");
    }

    @Test
    void namesKeepTheOrderOfFirstAppearanceAndValuesTheirOrder() {
        QueryParameters query = QueryParameters.parse("z=1&a=2&m=3&a=4&z=5&b");
        assertThat(query.names()).containsExactly("z", "a", "m", "b");
        assertThat(query.all("a")).containsExactly("2", "4");
        assertThat(query.all("z")).containsExactly("1", "5");
        assertThat(query.first("z")).contains("1");
    }

    @Test
    void emptyPiecesAreSkipped() {
        QueryParameters query = QueryParameters.parse("&a&&b=1&");
        assertThat(query.names()).containsExactly("a", "b");
        assertThat(query.has("")).isFalse();
    }

    @Test
    void anEmptyNameIsKeptAsSuch() {
        QueryParameters query = QueryParameters.parse("=x&y");
        assertThat(query.names()).containsExactly("", "y");
        assertThat(query.first("")).contains("x");
    }

    @Test
    void namesAreCaseSensitive() {
        QueryParameters query = QueryParameters.parse("Prefix=x&uploadId=u");
        assertThat(query.has("prefix")).isFalse();
        assertThat(query.has("Prefix")).isTrue();
        assertThat(query.has("uploadid")).isFalse();
        assertThat(query.first("uploadId")).contains("u");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"prefix=%zz", "prefix=%", "prefix=a%2", "%=1", "a=1&b=%C0%AF", "key=%FF", "%E2%82=x"})
    void undecodableQueriesAreMalformed(String raw) {
        assertThatThrownBy(() -> QueryParameters.parse(raw)).isInstanceOf(MalformedAddressException.class);
    }

    @Test
    void viewsAreUnmodifiable() {
        QueryParameters query = QueryParameters.parse("c=1&c=2");
        assertThatThrownBy(() -> query.all("c").add("3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> query.names().add("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> query.names().remove("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(query.all("c")).containsExactly("1", "2");
    }

    @Test
    void toStringShowsTheDecodedParameters() {
        assertThat(QueryParameters.parse("list-type=2&prefix=a+b")).hasToString("{list-type=[2], prefix=[a b]}");
    }
}
