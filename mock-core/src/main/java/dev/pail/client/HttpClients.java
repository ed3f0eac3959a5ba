package dev.pail.client;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;

/**
 * Picks an HTTP client explicitly when a well-known one is on the classpath, so that a test
 * classpath holding several implementations does not make the SDK refuse to build a client.
 */
final class HttpClients {

    private HttpClients() {
    }

    /** Apache if present, else null (the SDK's own discovery). */
    static SdkHttpClient.Builder<?> preferredSync() {
        if (present("software.amazon.awssdk.http.apache.ApacheHttpClient")) {
            return Apache.builder();
        }
        return null;
    }

    /** Netty if present, else null (the SDK's own discovery). */
    static SdkAsyncHttpClient.Builder<?> preferredAsync() {
        if (present("software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient")) {
            return Netty.builder();
        }
        return null;
    }

    /** Linked only after the presence check, so a missing Apache client never fails verification. */
    private static final class Apache {
        static SdkHttpClient.Builder<?> builder() {
            return ApacheHttpClient.builder();
        }
    }

    /** Linked only after the presence check. */
    private static final class Netty {
        static SdkAsyncHttpClient.Builder<?> builder() {
            return NettyNioAsyncHttpClient.builder();
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, HttpClients.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
