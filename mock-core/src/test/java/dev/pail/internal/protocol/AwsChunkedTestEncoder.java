package dev.pail.internal.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.CRC32;

/** Encodes payloads as aws-chunked bodies for tests, the way the SDKs frame them. */
final class AwsChunkedTestEncoder {

    /** The three framings, named after their {@code x-amz-content-sha256} values. */
    enum Mode {
        /** {@code STREAMING-UNSIGNED-PAYLOAD-TRAILER}. */
        UNSIGNED_TRAILER(false, true),
        /** {@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD}. */
        SIGNED(true, false),
        /** {@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER}. */
        SIGNED_TRAILER(true, true);

        final boolean signed;
        final boolean trailer;

        Mode(boolean signed, boolean trailer) {
            this.signed = signed;
            this.trailer = trailer;
        }
    }

    /** What the decoder's listener should see for one chunk. */
    record Chunk(long size, Optional<String> signature) {
    }

    /** An encoded body with what decoding it must yield besides the payload. */
    record Encoded(byte[] body, List<Chunk> chunks, Map<String, String> trailers) {
    }

    private AwsChunkedTestEncoder() {
    }

    /** Encodes with a CRC32 checksum trailer in the trailer modes. */
    static Encoded encode(Mode mode, byte[] payload, int chunkSize) {
        Map<String, String> trailers = mode.trailer ? Map.of("x-amz-checksum-crc32", crc32Base64(payload)) : Map.of();
        return encode(mode, payload, chunkSize, trailers);
    }

    /**
     * Encodes {@code payload} in chunks of {@code chunkSize} bytes (the last one shorter), then the
     * terminating chunk, the given trailers as written (names in any case) and, when signed with
     * trailers, an {@code x-amz-trailer-signature}. Signatures are made-up 64-digit hex strings.
     */
    static Encoded encode(Mode mode, byte[] payload, int chunkSize, Map<String, String> trailers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 1024);
        List<Chunk> chunks = new ArrayList<>();
        int chunkIndex = 0;
        for (int offset = 0; offset < payload.length; offset += chunkSize) {
            int size = Math.min(chunkSize, payload.length - offset);
            Optional<String> signature = signature(mode, chunkIndex++);
            header(out, size, signature);
            out.write(payload, offset, size);
            ascii(out, "\r\n");
            chunks.add(new Chunk(size, signature));
        }
        Optional<String> finalSignature = signature(mode, chunkIndex);
        header(out, 0, finalSignature);
        chunks.add(new Chunk(0, finalSignature));
        Map<String, String> expectedTrailers = new LinkedHashMap<>();
        trailers.forEach((name, value) -> {
            ascii(out, name + ":" + value + "\r\n");
            expectedTrailers.put(name.toLowerCase(Locale.ROOT), value.trim());
        });
        if (mode.signed && mode.trailer) {
            String trailerSignature = fakeSignature(-1);
            ascii(out, "x-amz-trailer-signature:" + trailerSignature + "\r\n");
            expectedTrailers.put("x-amz-trailer-signature", trailerSignature);
        }
        ascii(out, "\r\n");
        return new Encoded(out.toByteArray(), List.copyOf(chunks), Map.copyOf(expectedTrailers));
    }

    /** Seeded pseudo-random bytes; they include CR, LF and every other byte value. */
    static byte[] randomPayload(int size, long seed) {
        byte[] payload = new byte[size];
        new Random(seed).nextBytes(payload);
        return payload;
    }

    /** The CRC32 of the bytes as S3 writes it: base64 of the four big-endian bytes. */
    static String crc32Base64(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void header(ByteArrayOutputStream out, long size, Optional<String> signature) {
        ascii(out, Long.toHexString(size) + signature.map(s -> ";chunk-signature=" + s).orElse("") + "\r\n");
    }

    private static Optional<String> signature(Mode mode, int chunkIndex) {
        return mode.signed ? Optional.of(fakeSignature(chunkIndex)) : Optional.empty();
    }

    private static String fakeSignature(int index) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(ascii("chunk " + index));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(ascii(text));
    }
}
