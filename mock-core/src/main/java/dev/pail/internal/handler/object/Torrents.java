package dev.pail.internal.handler.object;

import dev.pail.internal.store.Blob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The BitTorrent metainfo file GetObjectTorrent returns: bencoded, SHA-1 of each 256 KiB piece. */
public final class Torrents {

    public static final int PIECE_LENGTH = 256 * 1024;

    private Torrents() {
    }

    public static byte[] metainfo(String name, Blob content, String announce) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "d");
        string(out, "announce");
        string(out, announce);
        string(out, "info");
        write(out, "d");
        string(out, "length");
        write(out, "i" + content.size() + "e");
        string(out, "name");
        string(out, name);
        string(out, "piece length");
        write(out, "i" + PIECE_LENGTH + "e");
        string(out, "pieces");
        byte[] pieces = pieces(content);
        write(out, pieces.length + ":");
        out.write(pieces, 0, pieces.length);
        write(out, "ee");
        return out.toByteArray();
    }

    private static byte[] pieces(Blob content) {
        ByteArrayOutputStream hashes = new ByteArrayOutputStream();
        byte[] buffer = new byte[PIECE_LENGTH];
        try (InputStream in = content.openStream()) {
            while (true) {
                int filled = in.readNBytes(buffer, 0, PIECE_LENGTH);
                if (filled == 0) {
                    break;
                }
                MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
                sha1.update(buffer, 0, filled);
                hashes.write(sha1.digest());
                if (filled < PIECE_LENGTH) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return hashes.toByteArray();
    }

    private static void string(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        write(out, bytes.length + ":");
        out.write(bytes, 0, bytes.length);
    }

    private static void write(ByteArrayOutputStream out, String ascii) {
        byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
        out.write(bytes, 0, bytes.length);
    }

}
