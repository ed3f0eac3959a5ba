package dev.pail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class S3OperationTest {

    @Test
    void namesEveryOperationOfTheModel() {
        // the model's 110 operations, PostObject (browser form uploads, which the SDK model leaves out) and UNKNOWN
        assertThat(S3Operation.values()).hasSize(113).contains(S3Operation.UNKNOWN, S3Operation.POST_OBJECT);
        assertThat(Arrays.stream(S3Operation.values()).map(S3Operation::operationName).distinct()).hasSize(113);
    }

    @Test
    void findsOperationsByModelName() {
        assertThat(S3Operation.fromOperationName("ListObjectsV2")).contains(S3Operation.LIST_OBJECTS_V2);
        assertThat(S3Operation.fromOperationName("PutObject")).contains(S3Operation.PUT_OBJECT);
        assertThat(S3Operation.fromOperationName("Nope")).isEmpty();
        assertThat(S3Operation.fromOperationName("Unknown")).as("not an operation of the model").isEmpty();
    }
}
