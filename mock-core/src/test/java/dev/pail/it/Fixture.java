package dev.pail.it;

import dev.pail.Pail;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** One server per test class, a client per flavour created on demand, and fresh bucket names. */
final class Fixture implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final Pail pail;
    private final Map<ClientFlavour, S3Client> clients = new EnumMap<>(ClientFlavour.class);

    Fixture(Pail pail) {
        this.pail = pail;
    }

    static Fixture start() {
        return new Fixture(Pail.builder().start());
    }

    synchronized S3Client client(ClientFlavour flavour) {
        return clients.computeIfAbsent(flavour, f -> f.create(pail));
    }

    /** A bucket that exists, with a name no other test uses. */
    String bucket(ClientFlavour flavour) {
        String name = uniqueName();
        client(flavour).createBucket(b -> b.bucket(name));
        return name;
    }

    static String uniqueName() {
        return "bucket-" + COUNTER.incrementAndGet() + "-" + Long.toHexString(System.nanoTime() & 0xFFFFFF);
    }

    /** The S3 error code of a failed call. */
    static String code(S3Exception e) {
        return e.awsErrorDetails().errorCode();
    }

    @Override
    public synchronized void close() {
        clients.values().forEach(S3Client::close);
        clients.clear();
        pail.close();
    }
}
