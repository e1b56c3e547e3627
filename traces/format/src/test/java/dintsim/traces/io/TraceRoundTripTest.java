package dintsim.traces.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.DintFamily;
import dintsim.models.format.FormatSpec;
import dintsim.models.format.Formats;
import dintsim.models.format.NumberFormat;
import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.OverflowPolicy;
import dintsim.traces.LayerTrace;
import dintsim.traces.samples.SampleTraces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceRoundTripTest {
    @TempDir
    Path dir;

    private LayerTrace roundTrip(LayerTrace t) {
        Path f = dir.resolve("t" + System.nanoTime() + TraceLayout.EXTENSION);
        TraceWriter.write(t, f);
        return TraceReader.read(f);
    }

    @Test
    void everySampleTraceReadsBackExactly() {
        for (LayerTrace t : SampleTraces.standard()) {
            LayerTrace back = roundTrip(t);
            assertTrue(t.sameContent(back), t.layer());
            assertArrayEquals(t.weights().codes(), back.weights().codes());
            assertArrayEquals(t.activations().codes(), back.activations().codes());
            assertArrayEquals(t.referenceOutput(), back.referenceOutput());
            assertArrayEquals(t.weightScales(), back.weightScales());
            assertEquals(t.accumulator(), back.accumulator());
            assertEquals(t.design().name(), back.design().name());
        }
    }

    /** Custom formats of 3, 4 and 6 bits (packing other than nibbles), every policy, no reference. */
    @Test
    void customFormatsAndPoliciesReadBackExactly() {
        NumberFormat noZero = rename(DintFamily.create(4, 0.25, false), "my-dint4-nozero");
        NumberFormat three = rename(DintFamily.create(3, 0.5, true), "my-dint3");
        NumberFormat six = NumberFormat.fromSpec(sixBitSpec(), "test");
        NumberFormat int8 = Formats.builtIn("int8");
        Random rnd = new Random(7);
        for (NumberFormat wf : List.of(noZero, three, six)) {
            for (OverflowPolicy p : OverflowPolicy.values()) {
                int m = 1 + rnd.nextInt(9);
                int k = 1 + rnd.nextInt(13);
                int n = 1 + rnd.nextInt(5);
                float[] scales = new float[n];
                for (int i = 0; i < n; i++) {
                    scales[i] = Math.nextUp((float) rnd.nextDouble() + 1e-30f);
                }
                LayerTrace t = new LayerTrace("layer/ünïcode " + wf.name(), codes(int8, m, k, rnd), codes(wf, n, k, rnd),
                        scales, Float.MIN_VALUE, new AccumulatorSpec(2 + rnd.nextInt(31), 1, p), null);
                LayerTrace back = roundTrip(t);
                assertTrue(t.sameContent(back), wf.name() + " " + p);
                assertNull(back.referenceOutput());
                assertEquals(wf.name(), back.weights().format().name());
                assertEquals(wf.codePoints(), back.weights().format().codePoints());
            }
        }
    }

    @Test
    void writingIsDeterministic() throws Exception {
        LayerTrace t = SampleTraces.random("dint4xint8", 5, 9, 3, 11);
        Path a = dir.resolve("a.dtrace");
        Path b = dir.resolve("b.dtrace");
        TraceWriter.write(t, a);
        TraceWriter.write(SampleTraces.random("dint4xint8", 5, 9, 3, 11), b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void traceSetWritesReadsAndChecksEntries() {
        List<LayerTrace> traces = SampleTraces.standard().subList(0, 5);
        TraceSet written = TraceSet.write(dir.resolve("set"), "m", "test", traces);
        TraceSet read = TraceSet.read(dir.resolve("set"));
        assertEquals(written.entries(), read.entries());
        assertEquals("m", read.model());
        List<LayerTrace> loaded = read.loadAll();
        for (int i = 0; i < traces.size(); i++) {
            assertTrue(traces.get(i).sameContent(loaded.get(i)));
        }
        assertEquals(read.entries(), TraceSet.read(read.manifest()).entries());
    }

    static CodeMatrix codes(NumberFormat f, int rows, int cols, Random rnd) {
        List<Integer> valid = new ArrayList<>();
        f.codePoints().forEach(p -> valid.add(p.code()));
        byte[] c = new byte[rows * cols];
        for (int i = 0; i < c.length; i++) {
            c[i] = (byte) (int) valid.get(i < valid.size() ? i : rnd.nextInt(valid.size()));
        }
        return new CodeMatrix(f, rows, cols, c);
    }

    static NumberFormat rename(NumberFormat f, String name) {
        FormatSpec s = f.spec();
        return NumberFormat.fromSpec(new FormatSpec(name, s.bits(), s.description(), s.codes()), "test");
    }

    /** A 6-bit format: -16..15.5 in half steps, pattern 000000 (zero) reserved. */
    private static FormatSpec sixBitSpec() {
        List<FormatSpec.Code> codes = new ArrayList<>();
        for (int c = 1; c < 64; c++) {
            int twos = c >= 32 ? c - 64 : c;
            String pattern = String.format("%6s", Integer.toBinaryString(c)).replace(' ', '0');
            codes.add(new FormatSpec.Code(pattern, twos * 0.5, false));
        }
        return new FormatSpec("half-steps6", 6, "6-bit test format, code 000000 reserved", codes);
    }
}
