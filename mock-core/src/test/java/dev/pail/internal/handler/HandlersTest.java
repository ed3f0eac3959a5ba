package dev.pail.internal.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pail.S3Operation;
import dev.pail.internal.store.Store;
import java.time.Clock;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class HandlersTest {

    @Test
    void everyOperationOfTheModelHasExactlyOneHandler() {
        HandlerContext context = HandlerContext.of(new Store(), Clock.systemUTC(), "us-east-1");
        EnumSet<S3Operation> model = EnumSet.allOf(S3Operation.class);
        model.remove(S3Operation.UNKNOWN);
        assertThat(Handlers.all(context).keySet()).containsExactlyInAnyOrderElementsOf(model);
    }

    @Test
    void registeringAnOperationTwiceFailsNamingIt() {
        Registry registry = new Registry();
        registry.put(S3Operation.PUT_OBJECT, request -> null);
        assertThatThrownBy(() -> registry.put(S3Operation.PUT_OBJECT, request -> null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PUT_OBJECT");
    }
}
