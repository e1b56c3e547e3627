package dintsim.traces.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetensorsTest {
    @TempDir
    Path dir;

    private static final float[] F32 = {1.5f, -2.25f, 3e-5f, 65504f, -0f, 1e30f};
    private static final float[] F16 = {1.5f, -2.25f, 0.0009765625f, 65504f, 5.9604645e-8f, -0f}; // incl. max and min subnormal
    private static final float[] BF16 = {1.5f, -2.25f, 3.3895314e38f, 1.1754944e-38f, -0f, 256f};

    /** Builds a file the way the safetensors library lays it out: sorted names, contiguous data. */
    private Path build(String name, String header, byte[] data) throws Exception {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + h.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(h.length).put(h).put(data);
        Path f = dir.resolve(name);
        Files.write(f, b.array());
        return f;
    }

    private static byte[] bytes(int size, Consumer<ByteBuffer> fill) {
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        fill.accept(b);
        return b.array();
    }

    private Path standardFile() throws Exception {
        byte[] f32 = bytes(24, b -> {
            for (float v : F32) {
                b.putFloat(v);
            }
        });
        byte[] f16 = bytes(12, b -> {
            for (float v : F16) {
                b.putShort(HalfFloats.floatToHalf(v));
            }
        });
        byte[] bf16 = bytes(12, b -> {
            for (float v : BF16) {
                b.putShort((short) (Float.floatToRawIntBits(v) >>> 16));
            }
        });
        byte[] data = new byte[48];
        System.arraycopy(bf16, 0, data, 0, 12);
        System.arraycopy(f16, 0, data, 12, 12);
        System.arraycopy(f32, 0, data, 24, 24);
        String header = "{\"__metadata__\":{\"format\":\"pt\"},"
                + "\"a.bf16\":{\"dtype\":\"BF16\",\"shape\":[2,3],\"data_offsets\":[0,12]},"
                + "\"b.f16\":{\"dtype\":\"F16\",\"shape\":[6],\"data_offsets\":[12,24]},"
                + "\"c.f32\":{\"dtype\":\"F32\",\"shape\":[3,1,2],\"data_offsets\":[24,48]}}";
        return build("model.safetensors", header, data);
    }

    @Test
    void writtenFilesReadBack() throws Exception {
        Path f = dir.resolve("w.safetensors");
        FloatTensor b = new FloatTensor("b", new int[] {2, 3}, BF16);
        FloatTensor a = new FloatTensor("a", new int[] {6}, F32);
        SafetensorsWriter.write(f, List.of(b, a), "F32");
        SafetensorsFile r = SafetensorsFile.open(f);
        assertEquals(List.of("a", "b"), r.names());
        assertArrayEquals(F32, r.read("a").data());
        assertArrayEquals(new int[] {2, 3}, r.read("b").shape());
        Path g = dir.resolve("g.safetensors");
        SafetensorsWriter.write(g, List.of(b), "BF16");
        assertEquals("BF16", SafetensorsFile.open(g).dtype("b"));
        assertArrayEquals(BF16, SafetensorsFile.open(g).read("b").data());
    }

    @Test
    void f32F16AndBf16TensorsReadBackExactly() throws Exception {
        SafetensorsFile f = SafetensorsFile.open(standardFile());
        assertEquals(List.of("a.bf16", "b.f16", "c.f32"), f.names());
        FloatTensor a = f.read("a.bf16");
        assertArrayEquals(new int[] {2, 3}, a.shape());
        assertArrayEquals(BF16, a.data());
        assertArrayEquals(F16, f.read("b.f16").data());
        FloatTensor c = f.read("c.f32");
        assertArrayEquals(new int[] {3, 1, 2}, c.shape());
        assertArrayEquals(F32, c.data());
        assertEquals("F16", f.dtype("b.f16"));
    }

    private String rejected(String header, byte[] data, String tensor, String... expected) throws Exception {
        Path f = build("bad" + System.nanoTime() + ".safetensors", header, data);
        TensorFormatException e = assertThrows(TensorFormatException.class,
                () -> SafetensorsFile.open(f).read(tensor));
        assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
        for (String s : expected) {
            assertTrue(e.getMessage().contains(s), "'" + s + "' missing from: " + e.getMessage());
        }
        return e.getMessage();
    }

    @Test
    void malformedFilesAreRejected() throws Exception {
        String one = "{\"w\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,16]}}";
        byte[] four = NpyTest.floats(1, 2, 3, 4);
        rejected(one, Arrays.copyOf(four, 12), "w", "tensor 'w' data_offsets", "truncated");
        rejected("{\"w\":{\"dtype\":\"F32\",\"shape\":[3,2],\"data_offsets\":[0,16]}}", four, "w",
                "shape [3, 2] of F32 needs 24 bytes but data_offsets span 16");
        rejected("{\"w\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[8,4]}}", four, "w", "not a range");
        rejected("{\"w\":{\"dtype\":\"F32\",\"shape\":[2,-2],\"data_offsets\":[0,16]}}", four, "w", "shape[1]");
        rejected("{\"w\":{\"dtype\":\"F32\",\"shape\":[4]}}", four, "w", "data_offsets");
        rejected("{\"w\": [", four, "w", "byte 8 (header)", "not valid JSON");
        rejected("[1, 2]", four, "w", "must be a JSON object");
        rejected("{\"w\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[0,16]}}", four, "w", "I64 is not supported");
        rejected(one, four, "v", "no tensor named 'v'", "(tensors: w)");
        rejected(one, NpyTest.floats(1, Float.NaN, 3, 4), "w", "element 1 [0][1]", "NaN", "byte " + (8 + one.length() + 4));
        byte[] bf = bytes(4, b -> b.putShort((short) 0x3F80).putShort((short) 0x7F80)); // 1.0, +Inf
        rejected("{\"w\":{\"dtype\":\"BF16\",\"shape\":[2],\"data_offsets\":[0,4]}}", bf, "w", "element 1 [1]", "Infinity");
        Path tiny = dir.resolve("tiny.safetensors");
        Files.write(tiny, new byte[] {1, 2, 3});
        TensorFormatException e = assertThrows(TensorFormatException.class, () -> SafetensorsFile.open(tiny));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        Path huge = dir.resolve("huge.safetensors");
        Files.write(huge, bytes(16, b -> b.putLong(1L << 40)));
        e = assertThrows(TensorFormatException.class, () -> SafetensorsFile.open(huge));
        assertTrue(e.getMessage().contains("header length"), e.getMessage());
    }

    private static final String ALPHABET = "0123456789[],:{}\"FBI ";

    /** Random damage to header or data: tensors or a TensorFormatException, nothing else. */
    @Test
    void randomDamageIsAlwaysATensorFormatException() throws Exception {
        byte[] good = Files.readAllBytes(standardFile());
        java.util.Random rnd = new java.util.Random(6);
        Path f = dir.resolve("fuzz.safetensors");
        for (int trial = 0; trial < 300; trial++) {
            byte[] b = good.clone();
            for (int j = 0, n = 1 + rnd.nextInt(3); j < n; j++) {
                b[rnd.nextInt(b.length)] = (byte) (trial % 2 == 0 ? rnd.nextInt(256) : ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
            Files.write(f, b);
            try {
                SafetensorsFile s = SafetensorsFile.open(f);
                for (String name : s.names()) {
                    s.read(name);
                }
            } catch (TensorFormatException e) {
                assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
            }
        }
    }

    @Test
    void halfConversionIsExactAndRoundsToNearestEven() {
        for (int h = 0; h < 1 << 16; h++) {
            float f = HalfFloats.halfToFloat((short) h);
            if (!Float.isNaN(f)) {
                assertEquals((short) h, HalfFloats.floatToHalf(f), "half 0x" + Integer.toHexString(h));
            }
        }
        assertEquals(1.0f, HalfFloats.halfToFloat(HalfFloats.floatToHalf(1.0f + 0x1p-11f))); // tie to even (down)
        assertEquals(1.0f + 0x1p-9f, HalfFloats.halfToFloat(HalfFloats.floatToHalf(1.0f + 0x1p-10f + 0x1p-11f))); // tie up
        assertEquals(Float.POSITIVE_INFINITY, HalfFloats.halfToFloat(HalfFloats.floatToHalf(65520f)));
        assertEquals(65504f, HalfFloats.halfToFloat(HalfFloats.floatToHalf(65519f)));
        assertEquals(0x1p-24f, HalfFloats.halfToFloat(HalfFloats.floatToHalf(0x1.8p-25f))); // subnormal rounding
    }
}
