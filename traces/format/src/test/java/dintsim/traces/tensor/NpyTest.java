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
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {
    @TempDir
    Path dir;

    private FloatTensor tensor(String name, int[] shape, Random rnd, boolean integers) {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            // Integers in -128..127 fit int8; multiples of 2^-6 below 16 in magnitude fit float16 exactly.
            v[i] = integers ? rnd.nextInt(256) - 128 : (rnd.nextInt(1 << 11) - (1 << 10)) / 64f;
        }
        return new FloatTensor(name, shape, v);
    }

    @Test
    void roundTripInEveryDtypeAndShape() {
        Random rnd = new Random(1);
        int[][] shapes = {{}, {5}, {2, 3}, {2, 0, 4}, {3, 4, 5}, {1, 1, 1, 7}};
        for (NpyDtype dtype : NpyDtype.values()) {
            for (int[] shape : shapes) {
                FloatTensor t = tensor("t_" + dtype + "_" + shape.length, shape, rnd, dtype == NpyDtype.I1 || dtype == NpyDtype.I4 || dtype == NpyDtype.I8);
                Path f = dir.resolve(t.name() + ".npy");
                NpyWriter.write(f, t, dtype);
                FloatTensor back = NpyReader.read(f);
                assertTrue(t.sameContent(back), dtype + " " + Arrays.toString(shape));
            }
        }
    }

    @Test
    void headersOfVersions2And3AreRead() throws Exception {
        for (int major : new int[] {1, 2, 3}) {
            Path f = dir.resolve("v" + major + ".npy");
            Files.write(f, npy(major, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }", floats(1, -2.5f, 3, 4)));
            FloatTensor t = NpyReader.read(f);
            assertArrayEquals(new int[] {2, 2}, t.shape());
            assertArrayEquals(new float[] {1, -2.5f, 3, 4}, t.data());
        }
        Path f = dir.resolve("ints.npy");
        Files.write(f, npy(1, "{\"descr\": \"|i1\", \"fortran_order\": False, \"shape\": (3,)}", new byte[] {-128, 0, 127}));
        assertArrayEquals(new float[] {-128, 0, 127}, NpyReader.read(f).data());
    }

    @Test
    void int64TokenIdsAreReadAndOutOfRangeIntegersRejected() throws Exception {
        Path f = dir.resolve("ids.npy");
        ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putLong(101).putLong(30522).putLong(1L << 24);
        Files.write(f, npy(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (1, 3), }", b.array()));
        assertArrayEquals(new float[] {101, 30522, 1 << 24}, NpyReader.read(f).data());
        Path big = dir.resolve("big.npy");
        ByteBuffer c = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong((1L << 24) + 1);
        Files.write(big, npy(1, "{'descr': '<i8', 'fortran_order': False, 'shape': (1,), }", c.array()));
        TensorFormatException e = assertThrows(TensorFormatException.class, () -> NpyReader.read(big));
        assertTrue(e.getMessage().contains("big.npy") && e.getMessage().contains("2^24"), e.getMessage());
    }

    @Test
    void writerAlignsDataTo64Bytes() throws Exception {
        Path f = dir.resolve("a.npy");
        NpyWriter.write(f, new FloatTensor("a", new int[] {3}, new float[] {1, 2, 3}));
        byte[] b = Files.readAllBytes(f);
        int headerLength = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getShort(8);
        assertEquals(0, (10 + headerLength) % 64);
        assertEquals('\n', b[10 + headerLength - 1]);
    }

    private String rejected(byte[] bytes, String... expected) throws Exception {
        Path f = dir.resolve("bad" + System.nanoTime() + ".npy");
        Files.write(f, bytes);
        TensorFormatException e = assertThrows(TensorFormatException.class, () -> NpyReader.read(f));
        assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
        for (String s : expected) {
            assertTrue(e.getMessage().contains(s), "'" + s + "' missing from: " + e.getMessage());
        }
        return e.getMessage();
    }

    @Test
    void malformedFilesAreRejected() throws Exception {
        String ok = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }";
        byte[] good = npy(1, ok, floats(1, 2, 3, 4));
        rejected(npy(1, "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }", floats(1, 2, 3, 4)),
                "fortran_order", "only C order");
        rejected(npy(1, "{'descr': '>f4', 'fortran_order': False, 'shape': (2, 2), }", floats(1, 2, 3, 4)),
                "'descr'", "'>f4'", "big-endian");
        rejected(npy(1, "{'descr': '<u4', 'fortran_order': False, 'shape': (2, 2), }", floats(1, 2, 3, 4)),
                "'<u4' is not supported");
        rejected(npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), 'x': 1}", floats(1, 2, 3, 4)),
                "(header)");
        rejected(npy(1, "{'descr': '<f4', 'shape': (2, 2)}", floats(1, 2, 3, 4)), "'fortran_order' is missing");
        rejected(npy(1, "not a dict", floats(1, 2, 3, 4)), "(header)", "expected '{'");
        rejected(npy(1, ok, floats(1, 2, Float.NaN, 4)), "element 2 [1][0]", "NaN");
        rejected(npy(1, ok, floats(1, 2, 3, Float.NEGATIVE_INFINITY)), "element 3 [1][1]", "Infinity");
        ByteBuffer d = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(1e300);
        rejected(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", d.array()), "float32 range");
        rejected(npy(1, ok, floats(1, 2, 3)), "(data)", "truncated", "needs 16 bytes but only 12 remain");
        rejected(Arrays.copyOf(good, good.length + 2), "2 trailing bytes");
        byte[] magic = good.clone();
        magic[1] = 'X';
        rejected(magic, "byte 0 (magic)", "not a .npy file");
        byte[] version = good.clone();
        version[6] = 4;
        rejected(version, "byte 6 (version)", "4.0");
        for (int cut : new int[] {0, 5, 7, 9, 20, 63, good.length - 1}) {
            rejected(Arrays.copyOf(good, cut), "truncated");
        }
    }

    private static final String ALPHABET = "0123456789(),'<>fi:TF ";

    /** Random damage to the header or data: a valid tensor or a TensorFormatException, nothing else. */
    @Test
    void randomDamageIsAlwaysATensorFormatException() throws Exception {
        byte[] good = npy(1, "{'descr': '<f2', 'fortran_order': False, 'shape': (3, 5), }", new byte[30]);
        Random rnd = new Random(5);
        Path f = dir.resolve("fuzz.npy");
        for (int trial = 0; trial < 300; trial++) {
            byte[] b = good.clone();
            for (int j = 0, n = 1 + rnd.nextInt(3); j < n; j++) {
                b[rnd.nextInt(b.length - 20)] = (byte) (trial % 2 == 0 ? rnd.nextInt(256) : ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
            Files.write(f, b);
            try {
                NpyReader.read(f);
            } catch (TensorFormatException e) {
                assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
            }
        }
    }

    static byte[] floats(float... v) {
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            b.putFloat(x);
        }
        return b.array();
    }

    /** A .npy file with the given header dictionary, built by hand (independent of NpyWriter). */
    static byte[] npy(int major, String dict, byte[] data) {
        byte[] h = (dict + "\n").getBytes(major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        int prefix = major == 1 ? 10 : 12;
        ByteBuffer b = ByteBuffer.allocate(prefix + h.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(NpyReader.MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            b.putShort((short) h.length);
        } else {
            b.putInt(h.length);
        }
        return b.put(h).put(data).array();
    }
}
