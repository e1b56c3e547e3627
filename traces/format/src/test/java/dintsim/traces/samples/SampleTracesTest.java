package dintsim.traces.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.format.NumberFormat;
import dintsim.models.mac.MacDesigns;
import dintsim.traces.LayerTrace;
import dintsim.traces.io.TraceSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleTracesTest {
    /** The committed copies, relative to the module directory (surefire's working directory). */
    private static final Path COMMITTED = Path.of("samples");

    @Test
    void committedFilesEqualTheGeneratorsOutputByteForByte(@TempDir Path dir) throws Exception {
        SampleTraces.write(dir);
        List<String> generated = names(dir);
        assertEquals(generated, names(COMMITTED), "regenerate with the command in SampleTraces' javadoc");
        for (String name : generated) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(name)), Files.readAllBytes(COMMITTED.resolve(name)), name);
        }
        List<LayerTrace> loaded = TraceSet.read(COMMITTED).loadAll();
        List<LayerTrace> expected = SampleTraces.standard();
        assertEquals(expected.size(), loaded.size());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(expected.get(i).sameContent(loaded.get(i)), expected.get(i).layer());
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(new TreeSet<>(s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".dtrace") || n.equals(TraceSet.MANIFEST)).toList()));
        }
    }

    @Test
    void everyStandardDesignAndShapeWithEdgeValues() {
        List<LayerTrace> all = SampleTraces.standard();
        assertEquals(MacDesigns.STANDARD.size() * SampleTraces.SHAPES.size(), all.size());
        int i = 0;
        for (String design : MacDesigns.STANDARD) {
            for (int[] s : SampleTraces.SHAPES) {
                LayerTrace t = all.get(i++);
                assertEquals(design, t.design().name());
                assertEquals(List.of(s[0], s[1], s[2]), List.of(t.m(), t.k(), t.n()));
                byte[] a = t.activations().codes();
                assertEquals(0x80, a[0] & 0xFF, "activation -128 at [0][0]");
                assertEquals(0x80, a[a.length - 1] & 0xFF, "activation -128 at the last element");
                NumberFormat wf = t.weights().format();
                TreeSet<Integer> used = new TreeSet<>();
                for (byte c : t.weights().codes()) {
                    used.add(c & 0xFF);
                }
                int valid = wf.codePoints().size();
                if (t.weights().codes().length >= valid) {
                    assertEquals(valid, used.size(), t.layer() + ": every weight code appears");
                } else {
                    assertTrue(used.contains(wf.quantize(wf.minValue(), 1)) && used.contains(wf.quantize(wf.maxValue(), 1)),
                            t.layer() + ": extreme weight codes appear");
                }
                assertTrue(t.referenceOutput() != null && t.referenceOutput().length == t.m() * t.n());
            }
        }
    }

    @Test
    void generatorIsDeterministicAndSeeded() {
        LayerTrace a = SampleTraces.random("dint4xint8", 9, 11, 5, 42);
        assertTrue(a.sameContent(SampleTraces.random("dint4xint8", 9, 11, 5, 42)));
        assertFalse(a.sameContent(SampleTraces.random("dint4xint8", 9, 11, 5, 43)));
        assertThrows(IllegalArgumentException.class, () -> SampleTraces.random("int3xint8", 2, 2, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> SampleTraces.random("int8xint8", 0, 2, 2, 1));
    }

    /**
     * The reference output is the FP32 layer; away from the rows holding the injected
     * out-of-range activations (rows 0 and M-1), the dequantized product must be close to it.
     */
    @Test
    void referenceIsCloseToTheDequantizedProduct() {
        LayerTrace t = SampleTraces.random("int8xint8", 16, 32, 16, 5);
        double[] exact = new double[t.m() * t.n()];
        double worst = 0;
        for (int r = 1; r < t.m() - 1; r++) {
            for (int c = 0; c < t.n(); c++) {
                double sum = 0;
                for (int k = 0; k < t.k(); k++) {
                    sum += t.activations().format().value(t.activations().code(r, k))
                            * t.weights().format().value(t.weights().code(c, k));
                }
                exact[r * t.n() + c] = sum * t.activationScale() * t.weightScales()[c];
                worst = Math.max(worst, Math.abs(exact[r * t.n() + c] - t.referenceOutput()[r * t.n() + c]));
            }
        }
        double magnitude = 0;
        for (int i = t.n(); i < (t.m() - 1) * t.n(); i++) {
            magnitude = Math.max(magnitude, Math.abs(t.referenceOutput()[i]));
        }
        assertTrue(magnitude > 0 && worst < 0.05 * magnitude, "worst error " + worst + " vs magnitude " + magnitude);
    }
}
