package dev.pail.internal.handler.config;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.store.Bucket;
import dev.pail.internal.store.Store;
import dev.pail.internal.xml.XmlCodec;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A bucket configuration kept as one XML document (CORS, lifecycle, encryption...): the name it is
 * stored under, its JAXB type, the checks a new document must pass, and what S3 answers when the
 * bucket has none.
 *
 * <p>Documents are stored as Pail re-serialized them after parsing, so a GET returns them as they
 * are, always in S3's namespace.
 *
 * @param name      the name under {@link Bucket#configuration(String)}
 * @param type      the JAXB root type of the document
 * @param validator the checks, which may also fill in what S3 fills in (generated ids, settings left out)
 * @param clears    documents that switch the configuration off, so storing one removes it instead
 * @param absence   what a bucket without the configuration answers
 * @param <T>       the document type
 */
public record ConfigurationKind<T>(String name, Class<T> type, Validator<T> validator, Predicate<T> clears,
                            Absence<T> absence) {

    /** Stored in place of a configuration deleted from a bucket that had one from its creation. */
    private static final String DELETED = "";

    public ConfigurationKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(clears, "clears");
        Objects.requireNonNull(absence, "absence");
    }

    /** A kind whose documents never switch it off. */
    public static <T> ConfigurationKind<T> of(String name, Class<T> type, Validator<T> validator, Absence<T> absence) {
        return new ConfigurationKind<>(name, type, validator, document -> false, absence);
    }

    /** Checks a parsed document against S3's rules for it. */
    @FunctionalInterface
    public interface Validator<T> {
        /**
         * @throws S3Exception the error S3 answers for the first rule broken
         */
        void check(T document, Bucket bucket, Store store);
    }

    /** What S3 answers for a bucket that has no such configuration. */
    sealed interface Absence<T> {
        /** The "not found" error, before the first PUT and after a DELETE. */
        record NotFound<T>(S3ErrorCode code) implements Absence<T> {
        }

        /** A default document, before the first PUT and after a DELETE. */
        record Fallback<T>(Supplier<T> document) implements Absence<T> {
        }

        /** A default that new buckets start with; once deleted, the "not found" error. */
        record Initial<T>(Supplier<T> document, S3ErrorCode code) implements Absence<T> {
        }
    }

    /** The stored document, if the bucket has one (defaults not included). */
    public Optional<String> stored(Bucket bucket) {
        return bucket.configuration(name).filter(document -> !document.equals(DELETED));
    }

    /** The configuration in effect: the stored one, else the default, else empty. */
    public Optional<T> effective(Bucket bucket) {
        Optional<String> stored = stored(bucket);
        if (stored.isPresent()) {
            return Optional.of(XmlCodec.fromXml(stored.get().getBytes(StandardCharsets.UTF_8), type));
        }
        if (absence instanceof Absence.Fallback<T> fallback) {
            return Optional.of(fallback.document().get());
        }
        if (absence instanceof Absence.Initial<T> initial && bucket.configuration(name).isEmpty()) {
            return Optional.of(initial.document().get());
        }
        return Optional.empty();
    }

    /**
     * The document a GET answers with.
     *
     * @throws S3Exception the kind's "not found" error when the bucket has none
     */
    public byte[] responseDocument(Bucket bucket) {
        Optional<String> stored = stored(bucket);
        if (stored.isPresent()) {
            return stored.get().getBytes(StandardCharsets.UTF_8);
        }
        return XmlCodec.toXml(effective(bucket).orElseThrow(() -> notFound(bucket)));
    }

    private S3Exception notFound(Bucket bucket) {
        S3ErrorCode code = absence instanceof Absence.NotFound<T> missing ? missing.code()
                : ((Absence.Initial<T>) absence).code();
        return new S3Exception(code).detail("BucketName", bucket.name());
    }

    /** Checks and stores a document (or removes the configuration when the document switches it off). */
    public void put(Bucket bucket, T document, Store store) {
        validator.check(document, bucket, store);
        if (clears.test(document)) {
            bucket.removeConfiguration(name);
        } else {
            bucket.putConfiguration(name, new String(XmlCodec.toXml(document), StandardCharsets.UTF_8));
        }
    }

    /** Deletes the configuration: back to the default, or to "not found" for initial settings. */
    public void delete(Bucket bucket) {
        if (absence instanceof Absence.Initial<T>) {
            bucket.putConfiguration(name, DELETED);
        } else {
            bucket.removeConfiguration(name);
        }
    }
}
