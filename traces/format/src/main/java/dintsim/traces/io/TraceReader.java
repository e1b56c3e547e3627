package dintsim.traces.io;

import dintsim.models.format.NumberFormat;
import dintsim.models.golden.CodeMatrix;
import dintsim.traces.LayerTrace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Reads a trace file (traces/format/FORMAT.md) and checks everything: magic, version, every section's
 * frame and CRC32, the header fields, that the payload sizes agree with M, K, N, that every code
 * is valid, that scales and reference values are finite, and that nothing follows the last
 * section. Any defect is a {@link TraceFormatException} naming the file, offset, field and reason.
 *
 * <p>The file is read in one call and decoded with bulk operations, so a 4096 x 4096 W4 layer
 * costs milliseconds, not a method call per byte.
 */
public final class TraceReader {
    private TraceReader() {
    }

    public static LayerTrace read(Path file) {
        return readFile(file).trace();
    }

    /** The trace and what the file said about itself. */
    public static TraceFile readFile(Path file) {
        byte[] bytes = readAll(file);
        ByteCursor c = new ByteCursor(file, bytes, 0, bytes.length, "the file");
        int version = preamble(c);
        boolean hasReference = (bytes[10] & TraceLayout.FLAG_REFERENCE) != 0;
        List<SectionInfo> sections = new ArrayList<>();

        int headerAt = frame(c, TraceLayout.Section.HEADER, sections);
        SectionInfo hs = sections.get(0);
        TraceHeader h = TraceHeader.parse(new ByteCursor(file, bytes, headerAt, headerAt + (int) hs.payloadBytes(),
                "the HEAD section"));

        byte[] weights = codes(c, TraceLayout.Section.WEIGHTS, sections, h.weightFormat(), h.n(), h.k(), "weights", "N x K");
        byte[] activations = codes(c, TraceLayout.Section.ACTIVATIONS, sections, h.activationFormat(), h.m(), h.k(),
                "activations", "M x K");
        float[] reference = hasReference ? reference(c, sections, h) : null;
        if (c.remaining() > 0) {
            throw c.error(c.position(), "end of file", c.remaining() + " trailing bytes after the last section ("
                    + sections.get(sections.size() - 1).tag() + ")");
        }
        LayerTrace trace = new LayerTrace(h.layer(),
                new CodeMatrix(h.activationFormat(), h.m(), h.k(), activations),
                new CodeMatrix(h.weightFormat(), h.n(), h.k(), weights),
                h.weightScales(), h.activationScale(), h.accumulator(), reference);
        return new TraceFile(file, bytes.length, version, trace, List.copyOf(sections));
    }

    private static byte[] readAll(Path file) {
        try {
            long size = Files.size(file);
            if (size > Integer.MAX_VALUE - 8) {
                throw new TraceFormatException(file + ": " + size + " bytes is larger than this reader's 2 GB limit");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TraceFormatException(file + ": no such file");
        } catch (IOException e) {
            // A directory, a permission problem: the user's input, so an IllegalArgumentException.
            throw new TraceFormatException(file + ": cannot read: " + e);
        }
    }

    private static int preamble(ByteCursor c) {
        int at = c.require(TraceLayout.MAGIC.length, "magic");
        byte[] magic = Arrays.copyOfRange(c.bytes(), at, at + TraceLayout.MAGIC.length);
        if (!Arrays.equals(magic, TraceLayout.MAGIC)) {
            throw c.error(at, "magic", "bad magic " + printable(magic) + ", expected '" + TraceLayout.MAGIC_TEXT
                    + "': not a dintsim trace");
        }
        int versionAt = c.position();
        int version = c.u16("version");
        if (version != TraceLayout.VERSION) {
            throw c.error(versionAt, "version", "unknown version " + version + " (this reader knows version "
                    + TraceLayout.VERSION + ")");
        }
        int flagsAt = c.position();
        int flags = c.u16("flags");
        if ((flags & ~TraceLayout.FLAG_REFERENCE) != 0) {
            throw c.error(flagsAt, "flags", String.format("unknown flag bits 0x%04x (only bit 0, reference output, is defined)",
                    flags & ~TraceLayout.FLAG_REFERENCE));
        }
        return version;
    }

    private static String printable(byte[] b) {
        StringBuilder s = new StringBuilder("'");
        for (byte x : b) {
            s.append(x >= 0x20 && x < 0x7F ? String.valueOf((char) x) : String.format("\\x%02x", x & 0xFF));
        }
        return s.append('\'').toString();
    }

    /** Reads one section frame, verifies its CRC; returns the payload offset. */
    private static int frame(ByteCursor c, TraceLayout.Section s, List<SectionInfo> sections) {
        int tagAt = c.position();
        String field = "section " + s.tag();
        if (c.remaining() == 0) {
            throw c.error(tagAt, field + " tag", "truncated: the file ends before section " + s.tag());
        }
        int at = c.require(4, field + " tag");
        String tag = new String(c.bytes(), at, 4, StandardCharsets.ISO_8859_1);
        if (!tag.equals(s.tag())) {
            throw c.error(at, field + " tag", "expected section " + s.tag() + ", found " + printable(tag.getBytes(
                    StandardCharsets.ISO_8859_1)));
        }
        int lengthAt = c.position();
        long length = c.u64(field + " length");
        if (length + 4 > c.remaining()) {
            throw c.error(lengthAt, field + " length", "truncated: the section declares " + length
                    + " payload bytes + 4 checksum bytes but only " + c.remaining() + " bytes remain");
        }
        int payloadAt = c.require(length, field + " payload");
        int crcAt = c.position();
        long stored = c.u32(field + " checksum");
        CRC32 crc = new CRC32();
        crc.update(c.bytes(), payloadAt, (int) length);
        if (crc.getValue() != stored) {
            throw c.error(crcAt, field + " checksum", String.format("checksum mismatch: stored CRC32 0x%08x, payload "
                    + "(bytes %d..%d) has 0x%08x", stored, payloadAt, payloadAt + length, crc.getValue()));
        }
        sections.add(new SectionInfo(s.tag(), tagAt, length, stored));
        return payloadAt;
    }

    private static byte[] codes(ByteCursor c, TraceLayout.Section s, List<SectionInfo> sections, NumberFormat f,
                                int rows, int cols, String name, String shape) {
        int at = frame(c, s, sections);
        long length = sections.get(sections.size() - 1).payloadBytes();
        long count = (long) rows * cols;
        long expected = CodePacking.packedLength(count, f.bits());
        if (length != expected) {
            throw c.error(at, "section " + s.tag() + " payload", "has " + length + " bytes, but " + shape + " = " + rows
                    + " x " + cols + " codes of " + f.bits() + " bits need " + expected
                    + " (dimensions in the header disagree with the payload)");
        }
        byte[] out = new byte[(int) count];
        int padding = CodePacking.unpack(c.bytes(), at, (int) count, f.bits(), out);
        if (padding < 0) {
            throw c.error(at + length - 1, "section " + s.tag() + " padding", "unused bit " + (-1 - padding)
                    + " of the last byte is set; padding bits must be 0");
        }
        checkCodes(c, at, f, out, cols, name);
        return out;
    }

    private static void checkCodes(ByteCursor c, int at, NumberFormat f, byte[] codes, int cols, String name) {
        boolean[] valid = new boolean[256];
        for (int code = 0; code < f.codeCount(); code++) {
            valid[code] = f.isValid(code);
        }
        for (int i = 0; i < codes.length; i++) {
            int code = codes[i] & 0xFF;
            if (!valid[code]) {
                throw c.error(at + (long) i * f.bits() / 8, name + "[" + i / cols + "][" + i % cols + "]",
                        "element " + i + " has reserved code " + f.bitPattern(code) + " of format '" + f.name() + "'");
            }
        }
    }

    private static float[] reference(ByteCursor c, List<SectionInfo> sections, TraceHeader h) {
        int at = frame(c, TraceLayout.Section.REFERENCE, sections);
        long length = sections.get(sections.size() - 1).payloadBytes();
        long expected = 4L * h.m() * h.n();
        if (length != expected) {
            throw c.error(at, "section REFO payload", "has " + length + " bytes, but M x N = " + h.m() + " x " + h.n()
                    + " float32 values need " + expected + " (dimensions in the header disagree with the payload)");
        }
        ByteCursor r = new ByteCursor(c.file(), c.bytes(), at, at + (int) length, "the REFO section");
        float[] values = r.f32s(h.m() * h.n(), "reference output");
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw c.error(at + 4L * i, "reference output[" + i / h.n() + "][" + i % h.n() + "]",
                        "element " + i + " is " + values[i] + "; reference values must be finite");
            }
        }
        return values;
    }
}
