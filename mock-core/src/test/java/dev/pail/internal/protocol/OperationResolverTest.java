package dev.pail.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pail.S3Operation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class OperationResolverTest {

    /** Operations that lose to another one bound to the same request, and the one they lose to. */
    private static final Map<S3Operation, S3Operation> SHADOWED = new EnumMap<>(Map.of(
            S3Operation.GET_BUCKET_LIFECYCLE, S3Operation.GET_BUCKET_LIFECYCLE_CONFIGURATION,
            S3Operation.PUT_BUCKET_LIFECYCLE, S3Operation.PUT_BUCKET_LIFECYCLE_CONFIGURATION,
            S3Operation.GET_BUCKET_NOTIFICATION, S3Operation.GET_BUCKET_NOTIFICATION_CONFIGURATION,
            S3Operation.PUT_BUCKET_NOTIFICATION, S3Operation.PUT_BUCKET_NOTIFICATION_CONFIGURATION,
            S3Operation.LIST_DIRECTORY_BUCKETS, S3Operation.LIST_BUCKETS));

    @Test
    void theModelHas111OperationsAndPostObject() {
        // and PostObject (not in the SDK model), and UNKNOWN, for requests that match none
        assertThat(S3Operation.values()).hasSize(111 + 1 + 1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = S3Operation.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void representativeRequestResolvesToItsOperation(S3Operation operation) {
        Representative request = Representative.of(operation);
        Optional<S3Operation> resolved = request.resolve();
        assertThat(resolved).as("%s %s", operation.httpMethod(), operation.requestUri())
                .contains(SHADOWED.getOrDefault(operation, operation));
    }

    @Test
    void deprecatedOperationsLoseToTheirReplacements() {
        assertThat(SHADOWED.keySet()).filteredOn(S3Operation::isDeprecated).containsExactlyInAnyOrder(
                S3Operation.GET_BUCKET_LIFECYCLE, S3Operation.PUT_BUCKET_LIFECYCLE,
                S3Operation.GET_BUCKET_NOTIFICATION, S3Operation.PUT_BUCKET_NOTIFICATION);
        assertThat(Representative.of(S3Operation.GET_BUCKET_LIFECYCLE).resolve())
                .contains(S3Operation.GET_BUCKET_LIFECYCLE_CONFIGURATION);
        assertThat(Representative.of(S3Operation.PUT_BUCKET_LIFECYCLE).resolve())
                .contains(S3Operation.PUT_BUCKET_LIFECYCLE_CONFIGURATION);
        assertThat(Representative.of(S3Operation.GET_BUCKET_NOTIFICATION).resolve())
                .contains(S3Operation.GET_BUCKET_NOTIFICATION_CONFIGURATION);
        assertThat(Representative.of(S3Operation.PUT_BUCKET_NOTIFICATION).resolve())
                .contains(S3Operation.PUT_BUCKET_NOTIFICATION_CONFIGURATION);
    }

    @Test
    void listDirectoryBucketsLosesToListBuckets() {
        assertThat(resolve("GET", "/", "")).contains(S3Operation.LIST_BUCKETS);
        assertThat(Representative.of(S3Operation.LIST_DIRECTORY_BUCKETS).resolve()).contains(S3Operation.LIST_BUCKETS);
    }

    @Test
    void putObjectVariantsAreToldApartByQueryAndCopySource() {
        assertThat(resolve("PUT", "/b/k", "")).contains(S3Operation.PUT_OBJECT);
        assertThat(resolve("PUT", "/b/k", "", "x-amz-copy-source", "src/k")).contains(S3Operation.COPY_OBJECT);
        assertThat(resolve("PUT", "/b/k", "partNumber=1&uploadId=u")).contains(S3Operation.UPLOAD_PART);
        assertThat(resolve("PUT", "/b/k", "partNumber=1&uploadId=u", "x-amz-copy-source", "src/k"))
                .contains(S3Operation.UPLOAD_PART_COPY);
        assertThat(resolve("PUT", "/b/k", "uploadId=u")).as("partNumber missing").contains(S3Operation.PUT_OBJECT);
    }

    @Test
    void listObjectsVersionIsChosenByListType() {
        assertThat(resolve("GET", "/b", "list-type=2")).contains(S3Operation.LIST_OBJECTS_V2);
        assertThat(resolve("GET", "/b", "list-type=1")).contains(S3Operation.LIST_OBJECTS);
        assertThat(resolve("GET", "/b", "")).contains(S3Operation.LIST_OBJECTS);
        assertThat(resolve("GET", "/b", "list-type=2&prefix=a&delimiter=%2F")).contains(S3Operation.LIST_OBJECTS_V2);
    }

    @Test
    void requiredIdTellsGetFromListConfigurations() {
        assertThat(resolve("GET", "/b", "analytics&id=x")).contains(S3Operation.GET_BUCKET_ANALYTICS_CONFIGURATION);
        assertThat(resolve("GET", "/b", "analytics")).contains(S3Operation.LIST_BUCKET_ANALYTICS_CONFIGURATIONS);
        assertThat(resolve("GET", "/b", "inventory&id=x")).contains(S3Operation.GET_BUCKET_INVENTORY_CONFIGURATION);
        assertThat(resolve("GET", "/b", "inventory")).contains(S3Operation.LIST_BUCKET_INVENTORY_CONFIGURATIONS);
    }

    @Test
    void uploadIdTellsPartsAndAbortFromPlainObjectOperations() {
        assertThat(resolve("GET", "/b/k", "uploadId=u")).contains(S3Operation.LIST_PARTS);
        assertThat(resolve("GET", "/b/k", "")).contains(S3Operation.GET_OBJECT);
        assertThat(resolve("DELETE", "/b/k", "uploadId=u")).contains(S3Operation.ABORT_MULTIPART_UPLOAD);
        assertThat(resolve("DELETE", "/b/k", "")).contains(S3Operation.DELETE_OBJECT);
        assertThat(resolve("POST", "/b/k", "uploads")).contains(S3Operation.CREATE_MULTIPART_UPLOAD);
        assertThat(resolve("POST", "/b/k", "uploadId=u")).contains(S3Operation.COMPLETE_MULTIPART_UPLOAD);
    }

    @Test
    void bucketAndObjectOperationsOnTheSameQueryAreToldApartByThePath() {
        assertThat(resolve("GET", "/b", "tagging")).contains(S3Operation.GET_BUCKET_TAGGING);
        assertThat(resolve("GET", "/b/k", "tagging")).contains(S3Operation.GET_OBJECT_TAGGING);
        assertThat(resolve("HEAD", "/b", "")).contains(S3Operation.HEAD_BUCKET);
        assertThat(resolve("HEAD", "/b/k", "")).contains(S3Operation.HEAD_OBJECT);
    }

    @Test
    void selectObjectContentNeedsItsLiteralValue() {
        assertThat(resolve("POST", "/b/k", "select&select-type=2")).contains(S3Operation.SELECT_OBJECT_CONTENT);
        assertThat(resolve("POST", "/b/k", "select&select-type=3")).isEmpty();
        assertThat(resolve("POST", "/b/k", "select")).isEmpty();
    }

    @Test
    void writeGetObjectResponseIsAPostToItsPath() {
        assertThat(resolve("POST", "/WriteGetObjectResponse", "")).contains(S3Operation.WRITE_GET_OBJECT_RESPONSE);
    }

    @Test
    void unknownMethodResolvesToNothing() {
        assertThat(resolve("PATCH", "/b/k", "")).isEmpty();
        assertThat(resolve("PATCH", "/", "")).isEmpty();
        assertThat(resolve("OPTIONS", "/b", "")).isEmpty();
    }

    @Test
    void postOnABucketWithoutSubresourceIsAFormUpload() {
        // whatever its Content-Type: PostObject answers S3's 412 to a body that is not multipart/form-data
        assertThat(resolve("POST", "/b", "", "Content-Type", "multipart/form-data; boundary=x")).contains(S3Operation.POST_OBJECT);
        assertThat(resolve("POST", "/b", "")).contains(S3Operation.POST_OBJECT);
        assertThat(resolve("POST", "/b", "delete", "Content-Type", "multipart/form-data; boundary=x"))
                .contains(S3Operation.DELETE_OBJECTS);
        assertThat(resolve("POST", "/b", "metadataTable")).contains(S3Operation.CREATE_BUCKET_METADATA_TABLE_CONFIGURATION);
        assertThat(resolve("POST", "/", "")).isEmpty();
        assertThat(resolve("DELETE", "/", "")).isEmpty();
    }

    @Test
    void unknownExtraQueryParametersAreIgnored() {
        assertThat(resolve("GET", "/b/k", "x-id=GetObject&foo=bar")).contains(S3Operation.GET_OBJECT);
        assertThat(resolve("PUT", "/b/k", "x-id=PutObject")).contains(S3Operation.PUT_OBJECT);
        assertThat(resolve("GET", "/b", "versioning&unrelated=1")).contains(S3Operation.GET_BUCKET_VERSIONING);
        assertThat(resolve("GET", "/b", "list-type=2&fetch-owner=true&encoding-type=url"))
                .contains(S3Operation.LIST_OBJECTS_V2);
        assertThat(resolve("GET", "/", "max-buckets=10&prefix=a")).contains(S3Operation.LIST_BUCKETS);
    }

    @Test
    void virtualHostedObjectResolvesLikePathStyle() {
        S3Address address = S3Address.parse("b.localhost:9090", "/k", List.of("localhost"));
        assertThat(OperationResolver.resolve("GET", address, QueryParameters.parse("tagging"), Headers.empty()))
                .contains(S3Operation.GET_OBJECT_TAGGING);
    }

    static Stream<Arguments> headerNamesAreCaseInsensitive() {
        return Stream.of(Arguments.of("X-Amz-Copy-Source"), Arguments.of("x-amz-copy-source"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void headerNamesAreCaseInsensitive(String name) {
        assertThat(resolve("PUT", "/b/k", "", name, "src/k")).contains(S3Operation.COPY_OBJECT);
    }

    private static Optional<S3Operation> resolve(String method, String path, String query, String... headers) {
        Headers.Builder builder = Headers.builder();
        for (int i = 0; i < headers.length; i += 2) {
            builder.add(headers[i], headers[i + 1]);
        }
        return OperationResolver.resolve(method, S3Address.parse("localhost:9090", path, List.of("localhost")),
                QueryParameters.parse(query), builder.build());
    }

    /** The request an SDK would send for an operation, built from the operation's HTTP binding. */
    private record Representative(String method, String path, String query, List<String> headers) {

        static Representative of(S3Operation operation) {
            String uri = operation.requestUri();
            int q = uri.indexOf('?');
            String template = q < 0 ? uri : uri.substring(0, q);
            String path = template.replace("{Bucket}", "my-bucket").replace("{Key+}", "dir/my-key");
            List<String> query = new ArrayList<>();
            if (q >= 0) {
                query.add(uri.substring(q + 1));
            }
            for (String name : operation.requiredQueryParameters()) {
                query.add(name + "=dummy-" + name);
            }
            List<String> headers = new ArrayList<>();
            for (String name : operation.requiredHeaders()) {
                headers.add(name);
                headers.add("dummy-" + name);
            }
            return new Representative(operation.httpMethod(), path, String.join("&", query), headers);
        }

        Optional<S3Operation> resolve() {
            return OperationResolverTest.resolve(method, path, query, headers.toArray(new String[0]));
        }
    }
}
