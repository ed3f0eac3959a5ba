package dev.pail.internal.handler;

import dev.pail.S3Operation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where each family of handlers registers its operations. An operation registered twice is a
 * programming error and fails at once, naming it, instead of one handler silently replacing another.
 */
public final class Registry {

    private final Map<S3Operation, OperationHandler> handlers = new EnumMap<>(S3Operation.class);

    /**
     * Registers the handler of one operation.
     *
     * @throws IllegalStateException when the operation already has a handler
     */
    public void put(S3Operation operation, OperationHandler handler) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(handler, "handler");
        if (handlers.putIfAbsent(operation, handler) != null) {
            throw new IllegalStateException(operation + " is registered twice");
        }
    }

    /** The handlers registered so far (read-only). */
    public Map<S3Operation, OperationHandler> handlers() {
        return Collections.unmodifiableMap(handlers);
    }
}
