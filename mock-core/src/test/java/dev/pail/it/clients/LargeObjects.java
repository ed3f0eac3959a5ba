package dev.pail.it.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.async.AsyncRequestBody;

/**
 * Large seeded objects for the client tests, kept in files or generated on the fly, so that no test
 * holds a 64 MiB array: the JVM that runs them also runs every other test of the module.
 */
final class LargeObjects {

    static final int MIB = 1024 * 1024;
    /** The size every client test moves at least. */
    static final long SIZE = 64L * MIB;
    private static final int BLOCK = 64 * 1024;

    private LargeObjects() {
    }

    /** Writes {@code size} seeded random bytes to {@code file}, in blocks, and returns it. */
    static Path write(Path file, long size, long seed) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                SeededBytes bytes = new SeededBytes(seed);
                byte[] block = new byte[BLOCK];
                for (long left = size; left > 0; left -= BLOCK) {
                    int n = (int) Math.min(BLOCK, left);
                    bytes.fill(block, n);
                    out.write(block, 0, n);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of a file. */
    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that two files hold the same bytes, naming the first difference when they do not. */
    static void assertSameBytes(Path actual, Path expected) {
        try {
            assertThat(Files.size(actual)).as("size of %s", actual).isEqualTo(Files.size(expected));
            assertThat(Files.mismatch(actual, expected)).as("first differing byte of %s", actual).isEqualTo(-1L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Seeded random bytes as a publisher that announces no length, as an application streaming
     * data it produces on the fly would; each subscription replays the same bytes.
     */
    static AsyncRequestBody unknownLength(long size, long seed, int bufferSize) {
        return AsyncRequestBody.fromPublisher(subscriber -> subscriber.onSubscribe(
                new SeededSubscription(subscriber, size, seed, bufferSize)));
    }

    static MessageDigest digest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Receives a file's bytes block by block. */
    interface BlockConsumer {
        /** Called with the next {@code length} bytes of the file; the array is reused. */
        void accept(byte[] bytes, int length);
    }

    /** Reads a file from start to end in blocks. */
    static void forEachBlock(Path file, BlockConsumer consumer) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] block = new byte[BLOCK];
            int n;
            while ((n = in.read(block)) > 0) {
                consumer.accept(block, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reproducible stream of random bytes. */
    private static final class SeededBytes {
        private final SplittableRandom random;
        private long pending;
        private int pendingBytes;

        SeededBytes(long seed) {
            this.random = new SplittableRandom(seed);
        }

        void fill(byte[] block, int length) {
            for (int i = 0; i < length; i++) {
                if (pendingBytes == 0) {
                    pending = random.nextLong();
                    pendingBytes = 8;
                }
                block[i] = (byte) pending;
                pending >>>= 8;
                pendingBytes--;
            }
        }
    }

    /** Emits seeded bytes on demand, one fresh buffer per element, from whichever thread asks. */
    private static final class SeededSubscription implements Subscription {
        private final Subscriber<? super ByteBuffer> subscriber;
        private final SeededBytes bytes;
        private final int bufferSize;
        private long left;
        private long demand;
        private boolean emitting;
        private boolean done;

        SeededSubscription(Subscriber<? super ByteBuffer> subscriber, long size, long seed, int bufferSize) {
            this.subscriber = subscriber;
            this.bytes = new SeededBytes(seed);
            this.bufferSize = bufferSize;
            this.left = size;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("demand must be positive: " + n));
                return;
            }
            synchronized (this) {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                if (emitting) {
                    return; // the emitting thread sees the new demand
                }
                emitting = true;
            }
            emit();
        }

        private void emit() {
            while (true) {
                boolean complete;
                synchronized (this) {
                    if (done) {
                        emitting = false;
                        return;
                    }
                    complete = left == 0;
                    if (complete) {
                        done = true;
                        emitting = false;
                    } else if (demand == 0) {
                        emitting = false;
                        return;
                    } else {
                        demand--;
                    }
                }
                if (complete) {
                    subscriber.onComplete();
                    return;
                }
                int n = (int) Math.min(bufferSize, left);
                byte[] block = new byte[n];
                bytes.fill(block, n);
                left -= n;
                subscriber.onNext(ByteBuffer.wrap(block));
            }
        }

        @Override
        public synchronized void cancel() {
            done = true;
        }
    }
}
