package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.internal.checksum.ChecksumEncoding;
import dev.pail.internal.checksum.Digests;
import dev.pail.internal.checksum.Hasher;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.Headers;
import dev.pail.internal.store.ObjectMetadata;
import java.util.Map;
import java.util.Optional;

/**
 * SSE-C, server-side encryption with customer-provided keys: the three headers checked as S3
 * checks them (algorithm AES256, a 256-bit key, the key's MD5), the key's MD5 kept with the object,
 * and reads refused unless they present the same key. Pail keeps bytes in memory as they are; only
 * the protocol is emulated.
 */
public final class CustomerKeys {

    public static final String PREFIX = "x-amz-server-side-encryption-customer-";
    public static final String COPY_PREFIX = "x-amz-copy-source-server-side-encryption-customer-";
    public static final String ALGORITHM = PREFIX + "algorithm";
    public static final String KEY_MD5 = PREFIX + "key-MD5";

    private CustomerKeys() {
    }

    /**
     * The customer key a request presents, with the given header prefix, if it presents one.
     *
     * @return the base64 MD5 of the key
     */
    public static Optional<String> presented(Headers headers, String prefix) {
        Optional<String> algorithm = headers.first(prefix + "algorithm").map(String::trim);
        Optional<String> key = headers.first(prefix + "key").map(String::trim);
        Optional<String> md5 = headers.first(prefix + "key-MD5").map(String::trim);
        if (algorithm.isEmpty() && key.isEmpty() && md5.isEmpty()) {
            return Optional.empty();
        }
        if (algorithm.isEmpty()) {
            throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "Requests specifying Server Side Encryption with Customer "
                    + "provided keys must provide a valid encryption algorithm.").detail("ArgumentName", prefix + "algorithm");
        }
        if (!algorithm.get().equals("AES256")) {
            throw new S3Exception(S3ErrorCode.INVALID_ENCRYPTION_ALGORITHM_ERROR,
                    "The Encryption request you specified is not valid. Supported value: AES256.")
                    .detail("ArgumentName", prefix + "algorithm").detail("ArgumentValue", algorithm.get());
        }
        if (key.isEmpty()) {
            throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "Requests specifying Server Side Encryption with Customer "
                    + "provided keys must provide an appropriate secret key.").detail("ArgumentName", prefix + "key");
        }
        if (md5.isEmpty()) {
            throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "Requests specifying Server Side Encryption with Customer "
                    + "provided keys must provide the client calculated MD5 of the secret key.")
                    .detail("ArgumentName", prefix + "key-MD5");
        }
        byte[] secret = ChecksumEncoding.decodeBase64(key.get(), 32).orElseThrow(() -> S3Exception.invalidArgument(
                "The secret key was invalid for the specified algorithm.", prefix + "key", "******"));
        Hasher hasher = Digests.md5();
        hasher.update(secret);
        String actual = ChecksumEncoding.base64(hasher.digest());
        if (!actual.equals(md5.get())) {
            throw S3Exception.invalidArgument("The calculated MD5 hash of the key did not match the hash that was provided.",
                    prefix + "key-MD5", md5.get());
        }
        return Optional.of(actual);
    }

    /** Adds the SSE-C system headers of a new object (replacing SSE-S3/KMS ones), when the request asks for SSE-C. */
    public static void applyToNewObject(Headers headers, Map<String, String> system) {
        Optional<String> md5 = presented(headers, PREFIX);
        if (md5.isPresent()) {
            system.keySet().removeIf(name -> name.startsWith("x-amz-server-side-encryption"));
            system.put(ALGORITHM, "AES256");
            system.put(KEY_MD5, md5.get());
        }
    }

    /**
     * Checks that a read of an object presents the key it was stored with.
     *
     * @param prefix the header prefix ({@link #PREFIX}, or {@link #COPY_PREFIX} for a copy source)
     */
    public static void checkAccess(ObjectMetadata metadata, Headers headers, String prefix) {
        String stored = metadata.systemHeaders().get(KEY_MD5);
        Optional<String> presented = presented(headers, prefix);
        if (stored == null) {
            if (presented.isPresent() && prefix.equals(PREFIX)) {
                throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "The encryption parameters are not applicable to this object.");
            }
            return;
        }
        if (presented.isEmpty()) {
            throw new S3Exception(S3ErrorCode.INVALID_REQUEST, "The object was stored using a form of Server Side "
                    + "Encryption. The correct parameters must be provided to retrieve the object.");
        }
        if (!presented.get().equals(stored)) {
            throw S3Exception.invalidArgument("Requests specifying Server Side Encryption with Customer provided keys "
                    + "must provide the correct secret key.", prefix + "key", "******");
        }
    }
}
