package dev.pail.internal.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory S3 state: buckets by name. Thread-safe; knows nothing of HTTP or XML.
 */
public final class Store {

    private final ConcurrentSkipListMap<String, Bucket> buckets = new ConcurrentSkipListMap<>(Utf8Order.INSTANCE);
    private final MemoryBudget budget;
    /** Creations share it; {@link #discard()} takes it alone, so no bucket is born in a discarded store. */
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean discarded;

    /** A store without a memory cap. */
    public Store() {
        this(null);
    }

    /** @param budget the cap on the bytes the store holds, or null for none */
    public Store(MemoryBudget budget) {
        this.budget = budget;
    }

    /** The memory cap, or null when there is none. */
    public MemoryBudget budget() {
        return budget;
    }

    /** The bucket of that name. */
    public Optional<Bucket> bucket(String name) {
        return Optional.ofNullable(buckets.get(name));
    }

    /**
     * The bucket of that name.
     *
     * @throws StoreException with {@link StoreException.Reason#NO_SUCH_BUCKET} when there is none
     */
    public Bucket existingBucket(String name) {
        Bucket bucket = buckets.get(name);
        if (bucket == null) {
            throw new StoreException(StoreException.Reason.NO_SUCH_BUCKET, name);
        }
        return bucket;
    }

    /** All buckets in name order (a live, read-only view). */
    public Collection<Bucket> buckets() {
        return java.util.Collections.unmodifiableCollection(buckets.values());
    }

    /**
     * Creates a bucket.
     *
     * @throws StoreException with {@link StoreException.Reason#BUCKET_ALREADY_EXISTS} when it exists
     */
    public Bucket createBucket(String name, String region, Instant now) {
        return createBucket(name, region, now, Optional.empty());
    }

    /**
     * Creates a bucket owned by an account.
     *
     * @param owner the owner's canonical id; empty for the server's default user
     * @throws StoreException with {@link StoreException.Reason#BUCKET_ALREADY_EXISTS} when it exists
     */
    public Bucket createBucket(String name, String region, Instant now, Optional<String> owner) {
        Objects.requireNonNull(name, "name");
        Bucket created = new Bucket(name, region, now, owner);
        lifecycle.readLock().lock();
        try {
            if (discarded) {
                throw new StoreException(StoreException.Reason.NO_SUCH_BUCKET, name);
            }
            Bucket existing = buckets.putIfAbsent(name, created);
            if (existing != null) {
                throw new StoreException(StoreException.Reason.BUCKET_ALREADY_EXISTS, name);
            }
        } finally {
            lifecycle.readLock().unlock();
        }
        return created;
    }

    /**
     * Deletes an empty bucket.
     *
     * @throws StoreException when the bucket does not exist or is not empty
     */
    public void deleteBucket(String name) {
        Bucket bucket = existingBucket(name);
        if (!bucket.removeIfEmpty(() -> buckets.remove(name, bucket))) {
            throw new StoreException(StoreException.Reason.BUCKET_NOT_EMPTY, name);
        }
    }

    /**
     * Ends this store for good (a reset replaces it with a new one): every bucket is discarded and
     * its bytes given back at once, and no bucket can be created any more. Requests still in flight
     * against it fail instead of changing anything.
     */
    public void discard() {
        lifecycle.writeLock().lock();
        try {
            discarded = true;
        } finally {
            lifecycle.writeLock().unlock();
        }
        for (Bucket bucket : buckets.values()) {
            bucket.discard();
        }
        buckets.clear();
    }
}
