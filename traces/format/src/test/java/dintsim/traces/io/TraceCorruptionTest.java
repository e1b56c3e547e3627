package dintsim.traces.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.FormatSpec;
import dintsim.models.format.NumberFormat;
import dintsim.models.golden.CodeMatrix;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of broken traces, each made from a valid one by one defect; every one must be
 * rejected with a message naming the file, the place and the reason. Offsets are computed from
 * the layout in traces/format/FORMAT.md, independently of the reader.
 */
class TraceCorruptionTest {
    @TempDir
    Path dir;

    private byte[] base;
    private List<SectionInfo> sections;
    private int cases;

    // Header field offsets (absolute), from FORMAT.md.
    private int mAt;
    private int kAt;
    private int nAt;
    private int weightSpecAt;
    private int accAt;
    private int activationScaleAt;
    private int weightScalesAt;

    @BeforeEach
    void writeBase() throws Exception {
        // dINT4 weights (reserved code 1000), odd N x K = 21 codes (a padding nibble), with a reference.
        Path f = dir.resolve("base.dtrace");
        TraceWriter.write(SampleTraces.random("dint4xint8", 5, 7, 3, 3), f);
        base = Files.readAllBytes(f);
        sections = TraceReader.readFile(f).sections();
        ByteBuffer b = ByteBuffer.wrap(base).order(ByteOrder.LITTLE_ENDIAN);
        int nameLength = b.getShort(24) & 0xFFFF;
        mAt = 26 + nameLength;
        kAt = mAt + 4;
        nAt = mAt + 8;
        int weightSpecLength = b.getInt(mAt + 12);
        weightSpecAt = mAt + 16;
        int activationSpecLength = b.getInt(weightSpecAt + weightSpecLength);
        accAt = weightSpecAt + weightSpecLength + 4 + activationSpecLength;
        activationScaleAt = accAt + 4;
        weightScalesAt = activationScaleAt + 4;
    }

    private SectionInfo section(String tag) {
        return sections.stream().filter(s -> s.tag().equals(tag)).findFirst().orElseThrow();
    }

    private int payloadAt(String tag) {
        return (int) section(tag).offset() + 12;
    }

    private String rejected(byte[] bytes, String... expected) throws Exception {
        Path f = dir.resolve("case" + cases++ + ".dtrace");
        Files.write(f, bytes);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceReader.read(f));
        String msg = e.getMessage();
        assertTrue(msg.startsWith(f + ": byte ") || msg.startsWith(f + ": "), msg);
        for (String s : expected) {
            assertTrue(msg.contains(s), "'" + s + "' missing from: " + msg);
        }
        assertEquals(-1, msg.indexOf('\n'), "one line: " + msg);
        return msg;
    }

    /** Recomputes the stored CRC32 of a section so that only the intended defect remains. */
    private byte[] fixCrc(byte[] bytes, String tag) {
        SectionInfo s = section(tag);
        int at = (int) s.offset() + 12;
        CRC32 crc = new CRC32();
        crc.update(bytes, at, (int) s.payloadBytes());
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(at + (int) s.payloadBytes(), (int) crc.getValue());
        return bytes;
    }

    private byte[] withInt(int at, int value) {
        byte[] b = base.clone();
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
        return b;
    }

    private byte[] withFloat(int at, float value) {
        byte[] b = base.clone();
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putFloat(at, value);
        return b;
    }

    @Test
    void baseIsValid() {
        assertEquals(List.of("HEAD", "WGTS", "ACTS", "REFO"), sections.stream().map(SectionInfo::tag).toList());
        assertEquals(base.length, sections.get(3).offset() + 16 + sections.get(3).payloadBytes());
    }

    /**
     * Truncation at every byte offset (so at every section boundary and everywhere inside every
     * section), except that inside the two format-spec JSON texts (10 KB of INT8 codes) only every
     * 97th offset is tried, to keep the test fast.
     */
    @Test
    void everyTruncationIsRejected() throws Exception {
        ByteBuffer b = ByteBuffer.wrap(base).order(ByteOrder.LITTLE_ENDIAN);
        int weightSpecEnd = weightSpecAt + b.getInt(weightSpecAt - 4);
        int activationSpecAt = weightSpecEnd + 4;
        int activationSpecEnd = accAt;
        for (int cut = 0; cut < base.length; cut++) {
            boolean insideSpec = cut > weightSpecAt && cut < weightSpecEnd || cut > activationSpecAt && cut < activationSpecEnd;
            if (insideSpec && cut % 97 != 0) {
                continue;
            }
            String msg = rejected(Arrays.copyOf(base, cut), "truncated");
            assertTrue(msg.contains("byte "), msg);
        }
        // At a section boundary the message names the missing section.
        for (SectionInfo s : sections) {
            rejected(Arrays.copyOf(base, (int) s.offset()), "byte " + s.offset(), "section " + s.tag(), "truncated");
        }
        // Inside a payload it names the section's length field and says how much is missing.
        SectionInfo w = section("WGTS");
        rejected(Arrays.copyOf(base, (int) w.offset() + 12 + 3), "byte " + (w.offset() + 4), "section WGTS length",
                "declares " + w.payloadBytes() + " payload bytes");
    }

    @Test
    void everyBrokenChecksumIsRejected() throws Exception {
        for (SectionInfo s : sections) {
            int crcAt = (int) (s.offset() + 12 + s.payloadBytes());
            byte[] b = base.clone();
            b[crcAt] ^= 1;
            rejected(b, "byte " + crcAt, "section " + s.tag() + " checksum", "checksum mismatch");
            byte[] p = base.clone();
            p[(int) s.offset() + 12 + (int) s.payloadBytes() / 2] ^= 0x10;
            rejected(p, "section " + s.tag() + " checksum", "checksum mismatch");
        }
    }

    @Test
    void brokenMagicVersionFlagsAndTagsAreRejected() throws Exception {
        byte[] magic = base.clone();
        magic[3] = 'X';
        rejected(magic, "byte 0 (magic)", "bad magic 'DINXTRCE'");
        rejected("PK\u0003\u0004 not a trace".getBytes(StandardCharsets.ISO_8859_1), "byte 0 (magic)", "bad magic");
        byte[] version = base.clone();
        version[8] = 2;
        rejected(version, "byte 8 (version)", "unknown version 2");
        byte[] flags = base.clone();
        flags[10] = 3;
        rejected(flags, "byte 10 (flags)", "unknown flag bits 0x0002");
        byte[] tag = base.clone();
        tag[(int) section("ACTS").offset()] = 'B';
        rejected(tag, "byte " + section("ACTS").offset(), "expected section ACTS, found 'BCTS'");
        byte[] trailing = Arrays.copyOf(base, base.length + 3);
        rejected(trailing, "byte " + base.length + " (end of file)", "3 trailing bytes");
        byte[] noReference = base.clone();
        noReference[10] = 0;
        rejected(noReference, "byte " + section("REFO").offset(), "trailing bytes");
    }

    @Test
    void everyChangedDimensionIsRejected() throws Exception {
        int m = 5;
        int k = 7;
        int n = 3;
        for (int delta : new int[] {-1, 1}) {
            rejected(fixCrc(withInt(mAt, m + delta), "HEAD"), "section ACTS payload", "M x K = " + (m + delta) + " x 7",
                    "disagree");
            rejected(fixCrc(withInt(kAt, k + delta), "HEAD"), "section WGTS payload", "N x K = 3 x " + (k + delta),
                    "disagree");
            rejected(fixCrc(withInt(nAt, n + delta), "HEAD"), "byte " + weightScalesAt + " (weight scales)",
                    "N = " + (n + delta), "disagree");
            // Without the checksum fixed up, the header's checksum catches it first.
            rejected(withInt(mAt, m + delta), "section HEAD checksum", "checksum mismatch");
        }
        rejected(fixCrc(withInt(kAt, 0), "HEAD"), "byte " + kAt + " (K)", "dimension 0");
        rejected(fixCrc(withInt(mAt, -1), "HEAD"), "byte " + mAt + " (M)", "dimension 4294967295");
        rejected(fixCrc(withInt(nAt, 1 << 30), "HEAD"), "N x K", "exceed");
    }

    @Test
    void reservedCodesAndPaddingAreRejected() throws Exception {
        int at = payloadAt("WGTS");
        for (int element : new int[] {0, 9, 20}) {
            byte[] b = base.clone();
            int shift = (element & 1) * 4;
            b[at + element / 2] = (byte) (b[at + element / 2] & ~(0xF << shift) | 0x8 << shift); // 1000: reserved in dINT4
            String msg = rejected(fixCrc(b, "WGTS"), "byte " + (at + element / 2), "weights[" + element / 7 + "]["
                    + element % 7 + "]", "element " + element, "reserved code 1000");
            assertTrue(msg.contains("dint4"), msg);
        }
        byte[] pad = base.clone();
        pad[at + 10] |= (byte) 0x40;
        rejected(fixCrc(pad, "WGTS"), "byte " + (at + 10), "padding", "bit 6");
    }

    @Test
    void badScalesAreRejected() throws Exception {
        for (float bad : new float[] {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f, -0f, -1.5f}) {
            rejected(fixCrc(withFloat(weightScalesAt + 8, bad), "HEAD"), "byte " + (weightScalesAt + 8),
                    "weight scale [2]", Float.isNaN(bad) ? "NaN" : Float.isInfinite(bad) ? "infinite" : "must be positive");
            rejected(fixCrc(withFloat(activationScaleAt, bad), "HEAD"), "byte " + activationScaleAt + " (activation scale)");
        }
        int refAt = payloadAt("REFO");
        rejected(fixCrc(withFloat(refAt + 4 * 4, Float.NaN), "REFO"), "byte " + (refAt + 16), "reference output[1][1]",
                "element 4 is NaN");
    }

    @Test
    void badFormatsAndAccumulatorsAreRejected() throws Exception {
        byte[] bits = base.clone();
        String spec = new String(bits, weightSpecAt, 40, StandardCharsets.UTF_8);
        int bitsAt = weightSpecAt + spec.indexOf("\"bits\":4") + 7;
        bits[bitsAt] = '9';
        rejected(fixCrc(bits, "HEAD"), "byte " + weightSpecAt + " (weight format)", "field 'bits' is 9");
        byte[] json = base.clone();
        json[weightSpecAt] = '[';
        rejected(fixCrc(json, "HEAD"), "byte " + weightSpecAt + " (weight format)", "not a valid format spec");
        byte[] policy = base.clone();
        policy[accAt + 2] = 7;
        rejected(fixCrc(policy, "HEAD"), "byte " + (accAt + 2) + " (accumulator overflow policy)", "code 7");
        byte[] width = base.clone();
        width[accAt] = 40;
        rejected(fixCrc(width, "HEAD"), "byte " + accAt + " (accumulator)", "'width' is 40");
    }

    /**
     * Random damage anywhere (1 to 4 bytes, with every checksum recomputed so the damage reaches the
     * parser): the reader either reads a valid trace or throws TraceFormatException, never
     * anything else (no index, allocation or null-pointer errors).
     */
    @Test
    void randomDamageIsAlwaysATraceFormatException() throws Exception {
        java.util.Random rnd = new java.util.Random(99);
        Path f = dir.resolve("fuzz.dtrace");
        int rejectedCount = 0;
        for (int trial = 0; trial < 200; trial++) {
            byte[] b = base.clone();
            // Half the trials hit the small header fields before the specs, where parsing is most intricate.
            for (int j = 0, n = 1 + rnd.nextInt(4); j < n; j++) {
                int at = trial % 2 == 0 ? rnd.nextInt(b.length) : rnd.nextInt(weightSpecAt + 8);
                b[at] = (byte) rnd.nextInt(256);
            }
            for (SectionInfo s : sections) {
                fixCrc(b, s.tag());
            }
            Files.write(f, b);
            try {
                TraceReader.read(f);
            } catch (TraceFormatException e) {
                assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
                rejectedCount++;
            }
        }
        assertTrue(rejectedCount > 50, rejectedCount + " of 200 damaged files rejected");
    }

    /** A custom spec may not borrow a built-in name with other codes: designs are matched by name. */
    @Test
    void impostorOfBuiltInFormatIsRejected() throws Exception {
        LayerTrace t = SampleTraces.random("int4xint8", 2, 3, 2, 1);
        FormatSpec s = t.weights().format().spec();
        List<FormatSpec.Code> shifted = s.codes().stream()
                .map(c -> new FormatSpec.Code(c.code(), c.value() * 2, c.special())).toList();
        NumberFormat impostor = NumberFormat.fromSpec(new FormatSpec("int4", 4, "not int4", shifted), "test");
        LayerTrace bad = new LayerTrace(t.layer(), t.activations(),
                new CodeMatrix(impostor, t.n(), t.k(), t.weights().codes()), t.weightScales(), t.activationScale(),
                t.accumulator(), null);
        Path f = dir.resolve("impostor.dtrace");
        TraceWriter.write(bad, f);
        rejected(Files.readAllBytes(f), "(weight format)", "format 'int4' has the name of a built-in format but different codes");
    }
}
