package dev.pail.internal.checksum;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.zip.Checksum;

/**
 * CRC-64/NVME (reflected, poly 0x9a6c9329ac4bc9b5, init and xorout all ones), check value of
 * "123456789" = 0xae8b14860a799888.
 *
 * <p>Slice-by-16, table driven; the tables are built once. Instances are not thread-safe.
 */
public final class Crc64Nvme implements Checksum {

    /** The generator polynomial 0xad93d23594c93659 in bit-reflected form. */
    static final long REFLECTED_POLYNOMIAL = 0x9a6c9329ac4bc9b5L;

    /** Sixteen 256-entry tables, flattened: entry {@code (k << 8) | b} is byte b followed by k zero bytes. */
    private static final long[] TABLES = buildTables();

    private static final VarHandle LONG_LE =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The CRC register before the final inversion. */
    private long register = ~0L;

    /** Creates a checksum over no bytes yet (value 0). */
    public Crc64Nvme() {
    }

    /** Updates the checksum with the low eight bits of {@code b}. */
    @Override
    public void update(int b) {
        register = updateByte(register, b);
    }

    /** Updates the checksum with {@code len} bytes of {@code b} starting at {@code off}. */
    @Override
    public void update(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, Objects.requireNonNull(b, "b").length);
        long crc = register;
        int end = off + len;
        int i = off;
        for (; i <= end - 2 * Long.BYTES; i += 2 * Long.BYTES) {
            crc = updateTwoWords(crc, (long) LONG_LE.get(b, i), (long) LONG_LE.get(b, i + Long.BYTES));
        }
        if (i <= end - Long.BYTES) {
            crc = updateWord(crc, (long) LONG_LE.get(b, i));
            i += Long.BYTES;
        }
        for (; i < end; i++) {
            crc = updateByte(crc, b[i]);
        }
        register = crc;
    }

    /** Updates the checksum with the buffer's remaining bytes and moves its position to its limit. */
    @Override
    public void update(ByteBuffer buffer) {
        Objects.requireNonNull(buffer, "buffer");
        if (buffer.hasArray()) {
            update(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
        } else {
            register = updateView(register, buffer.slice().order(ByteOrder.LITTLE_ENDIAN));
        }
        buffer.position(buffer.limit());
    }

    /** Returns the CRC-64/NVME of the bytes fed since creation or the last {@link #reset()}. */
    @Override
    public long getValue() {
        return ~register;
    }

    /** Resets the checksum to its initial state (the value of no bytes, 0). */
    @Override
    public void reset() {
        register = ~0L;
    }

    private static long updateView(long crc, ByteBuffer littleEndian) {
        while (littleEndian.remaining() >= 2 * Long.BYTES) {
            crc = updateTwoWords(crc, littleEndian.getLong(), littleEndian.getLong());
        }
        if (littleEndian.remaining() >= Long.BYTES) {
            crc = updateWord(crc, littleEndian.getLong());
        }
        while (littleEndian.hasRemaining()) {
            crc = updateByte(crc, littleEndian.get());
        }
        return crc;
    }

    private static long updateByte(long crc, int b) {
        return (crc >>> 8) ^ TABLES[(int) (crc ^ b) & 0xff];
    }

    /** Advances the register over eight bytes read as one little-endian word. */
    private static long updateWord(long crc, long word) {
        long x = crc ^ word;
        return TABLES[0x700 | (int) x & 0xff]
                ^ TABLES[0x600 | (int) (x >>> 8) & 0xff]
                ^ TABLES[0x500 | (int) (x >>> 16) & 0xff]
                ^ TABLES[0x400 | (int) (x >>> 24) & 0xff]
                ^ TABLES[0x300 | (int) (x >>> 32) & 0xff]
                ^ TABLES[0x200 | (int) (x >>> 40) & 0xff]
                ^ TABLES[0x100 | (int) (x >>> 48) & 0xff]
                ^ TABLES[(int) (x >>> 56)];
    }

    /** Advances the register over sixteen bytes read as two little-endian words. */
    private static long updateTwoWords(long crc, long w1, long w2) {
        long x = crc ^ w1;
        return TABLES[0xf00 | (int) x & 0xff]
                ^ TABLES[0xe00 | (int) (x >>> 8) & 0xff]
                ^ TABLES[0xd00 | (int) (x >>> 16) & 0xff]
                ^ TABLES[0xc00 | (int) (x >>> 24) & 0xff]
                ^ TABLES[0xb00 | (int) (x >>> 32) & 0xff]
                ^ TABLES[0xa00 | (int) (x >>> 40) & 0xff]
                ^ TABLES[0x900 | (int) (x >>> 48) & 0xff]
                ^ TABLES[0x800 | (int) (x >>> 56)]
                ^ TABLES[0x700 | (int) w2 & 0xff]
                ^ TABLES[0x600 | (int) (w2 >>> 8) & 0xff]
                ^ TABLES[0x500 | (int) (w2 >>> 16) & 0xff]
                ^ TABLES[0x400 | (int) (w2 >>> 24) & 0xff]
                ^ TABLES[0x300 | (int) (w2 >>> 32) & 0xff]
                ^ TABLES[0x200 | (int) (w2 >>> 40) & 0xff]
                ^ TABLES[0x100 | (int) (w2 >>> 48) & 0xff]
                ^ TABLES[(int) (w2 >>> 56)];
    }

    private static long[] buildTables() {
        long[] tables = new long[16 * 256];
        for (int b = 0; b < 256; b++) {
            long crc = b;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ REFLECTED_POLYNOMIAL : crc >>> 1;
            }
            tables[b] = crc;
        }
        for (int i = 256; i < tables.length; i++) {
            long previous = tables[i - 256];
            tables[i] = (previous >>> 8) ^ tables[(int) previous & 0xff];
        }
        return tables;
    }
}
