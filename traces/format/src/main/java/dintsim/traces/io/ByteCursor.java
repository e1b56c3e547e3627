package dintsim.traces.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Little-endian reads from a byte array with a limit; every read checks that the bytes are
 * there and names the field and absolute offset when they are not.
 */
final class ByteCursor {
    private final Path file;
    private final byte[] bytes;
    private final ByteBuffer buffer;
    private final int limit;
    private final String region;
    private int position;

    /** Reads {@code bytes[start .. limit)}; {@code region} says what ends at the limit (for messages). */
    ByteCursor(Path file, byte[] bytes, int start, int limit, String region) {
        this.file = file;
        this.bytes = bytes;
        this.buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        this.position = start;
        this.limit = limit;
        this.region = region;
    }

    Path file() {
        return file;
    }

    int position() {
        return position;
    }

    int remaining() {
        return limit - position;
    }

    byte[] bytes() {
        return bytes;
    }

    String where(long offset, String field) {
        return TraceFormatException.where(file, offset, field);
    }

    TraceFormatException error(long offset, String field, String reason) {
        return TraceFormatException.at(file, offset, field, reason);
    }

    /** Fails unless {@code n} more bytes are there; returns the offset of the first. */
    int require(long n, String field) {
        if (n > remaining()) {
            throw error(position, field, "truncated: needs " + n + " bytes but " + region + " ends at byte " + limit
                    + " (" + remaining() + " bytes left)");
        }
        int at = position;
        position += (int) n;
        return at;
    }

    int u8(String field) {
        return bytes[require(1, field)] & 0xFF;
    }

    int u16(String field) {
        return buffer.getShort(require(2, field)) & 0xFFFF;
    }

    long u32(String field) {
        return buffer.getInt(require(4, field)) & 0xFFFFFFFFL;
    }

    long u64(String field) {
        int at = require(8, field);
        long v = buffer.getLong(at);
        if (v < 0) {
            throw error(at, field, "value " + Long.toUnsignedString(v) + " is too large");
        }
        return v;
    }

    float f32(String field) {
        return buffer.getFloat(require(4, field));
    }

    /** {@code n} floats read in bulk. */
    float[] f32s(int n, String field) {
        int at = require(4L * n, field);
        float[] out = new float[n];
        buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(at).asFloatBuffer().get(out);
        return out;
    }

    /** {@code n} bytes as strict UTF-8. */
    String utf8(int n, String field) {
        int at = require(n, field);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, at, n)).toString();
        } catch (CharacterCodingException e) {
            throw error(at, field, "not valid UTF-8");
        }
    }
}
