package dev.pail.internal.server;

import dev.pail.internal.handler.HandlerContext;
import dev.pail.internal.handler.events.AccessLogs;
import dev.pail.internal.recording.Journal;
import dev.pail.internal.store.Store;

/**
 * What a request is served by, fixed when it arrives: the store and the pipeline over it, and the
 * journal generation it is recorded in. A reset starts a new epoch; a request that arrived in the
 * previous one finishes against the previous store, which was discarded (so its writes fail and
 * change nothing that is served now), and is never recorded in the new journal generation.
 *
 * @param store      the store
 * @param context    the handlers' view of it
 * @param pipeline   record, fault, error boundary and dispatch over this store
 * @param generation the journal generation
 * @param accessLogs the server access logs of this store's buckets
 */
record Epoch(Store store, HandlerContext context, ExchangeHandler pipeline, Journal.Generation generation,
             AccessLogs accessLogs) {

    /** The same store and pipeline, recorded in another journal generation. */
    Epoch recordedIn(Journal.Generation next) {
        return new Epoch(store, context, pipeline, next, accessLogs);
    }
}
