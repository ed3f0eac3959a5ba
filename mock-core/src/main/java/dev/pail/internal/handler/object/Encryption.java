package dev.pail.internal.handler.object;

import dev.pail.S3ErrorCode;
import dev.pail.internal.error.S3Exception;
import dev.pail.internal.protocol.Headers;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.nio.charset.StandardCharsets;

/**
 * The server-side encryption headers of a request, as S3 checks them: one method at a time (SSE-S3,
 * SSE-KMS or SSE-C), a KMS key only with SSE-KMS, no encryption headers on reads; and the KMS key
 * reported as S3 reports it, a key ARN (the account's {@code aws/s3} key when none is named). Pail
 * stores bytes as they are: any key id is accepted, only the protocol is emulated.
 */
public final class Encryption {

    /** The header naming the method. */
    public static final String SSE = "x-amz-server-side-encryption";
    /** The header naming the KMS key. */
    public static final String KMS_KEY = "x-amz-server-side-encryption-aws-kms-key-id";
    /** The header saying an S3 Bucket Key is used. */
    public static final String BUCKET_KEY = "x-amz-server-side-encryption-bucket-key-enabled";
    /** The account Pail's keys belong to. */
    static final String ACCOUNT = "000000000000";
    private static final Set<String> METHODS = Set.of("AES256", "aws:kms", "aws:kms:dsse");

    private Encryption() {
    }

    /**
     * Checks the encryption headers of a write (PutObject, CopyObject's destination, CreateMultipartUpload).
     *
     * @throws S3Exception 400 InvalidArgument as S3 answers conflicting or unknown methods
     */
    public static void checkWrite(Headers headers) {
        Optional<String> method = headers.first(SSE).map(String::trim);
        if (method.isPresent() && !METHODS.contains(method.get())) {
            throw S3Exception.invalidArgument("The encryption method specified is not supported", SSE, method.get());
        }
        boolean customer = headers.has(CustomerKeys.ALGORITHM) || headers.has(CustomerKeys.PREFIX + "key")
                || headers.has(CustomerKeys.KEY_MD5);
        if (customer && method.isPresent()) {
            throw S3Exception.invalidArgument("Server Side Encryption with Customer provided key is incompatible with "
                    + "the encryption method specified", SSE, method.get());
        }
        boolean kms = method.filter(m -> m.startsWith("aws:kms")).isPresent();
        if (!kms && (headers.has(KMS_KEY) || headers.has("x-amz-server-side-encryption-context"))) {
            throw new S3Exception(S3ErrorCode.INVALID_ARGUMENT, "Server Side Encryption with AWS KMS managed key "
                    + "requires HTTP header x-amz-server-side-encryption : aws:kms")
                    .detail("ArgumentName", SSE).detail("ArgumentValue", method.orElse("null"));
        }
    }

    /**
     * Refuses {@code x-amz-server-side-encryption} on a read: S3 decrypts by itself, and answers
     * GET and HEAD that name a method with 400 (SSE-C's key headers are another matter).
     */
    public static void checkRead(Headers headers) {
        if (headers.has(SSE)) {
            throw S3Exception.invalidArgument("x-amz-server-side-encryption header is not supported for this operation.",
                    SSE, headers.first(SSE).orElse(""));
        }
    }

    /** Completes SSE-KMS system headers: the key as an ARN, the default key when none is named, no "false" bucket key. */
    public static void normalize(Map<String, String> system, String region) {
        String method = system.get(SSE);
        if (method == null || !method.startsWith("aws:kms")) {
            system.remove(KMS_KEY);
            system.remove(BUCKET_KEY);
            return;
        }
        system.put(KMS_KEY, keyArn(Optional.ofNullable(system.get(KMS_KEY)), region));
        if (!"true".equalsIgnoreCase(system.getOrDefault(BUCKET_KEY, "").trim())) {
            system.remove(BUCKET_KEY);
        } else {
            system.put(BUCKET_KEY, "true");
        }
    }

    /** A KMS key as S3 reports it: an ARN as given, an id or alias made into one, or the default {@code aws/s3} key. */
    static String keyArn(Optional<String> key, String region) {
        String prefix = "arn:aws:kms:" + region + ":" + ACCOUNT + ":";
        if (key.isEmpty() || key.get().isBlank()) {
            return prefix + "key/" + UUID.nameUUIDFromBytes(("aws/s3 " + region).getBytes(StandardCharsets.UTF_8));
        }
        String id = key.get().trim();
        if (id.startsWith("arn:")) {
            return id;
        }
        return id.startsWith("alias/") ? prefix + id : prefix + "key/" + id;
    }
}
