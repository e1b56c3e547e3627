package dintsim.traces.quantize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dintsim.models.format.Formats;
import dintsim.models.quant.FloatMatrix;
import dintsim.models.quant.LayerQuantizer;
import dintsim.models.quant.QuantConfig;
import dintsim.models.quant.QuantMethod;
import dintsim.models.quant.QuantizedLayer;
import dintsim.models.quant.SyntheticLayer;
import dintsim.traces.LayerTrace;
import dintsim.traces.io.TraceReader;
import dintsim.traces.io.TraceWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceRoundTripQuantTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"int8", "int4", "dint4", "dint4(s=0.25)", "fp4"})
    void quantizeWriteReadReproducesCodesAndScales(String format) {
        SyntheticLayer l = new SyntheticLayer(48, 96, 24, 3, true, 0);
        FloatMatrix x = l.activations();
        QuantizedLayer q = new LayerQuantizer(QuantConfig.of(Formats.builtIn(format)).withMethod(QuantMethod.AQAS))
                .quantize("layer.a", l.weights(), x, x);
        float[] ref = QuantizationStudy.reference(new LayerInput("layer.a", l.weights(), null, x, x));
        Path file = dir.resolve("t.dtrace");
        TraceWriter.write(TraceConversion.toTrace(q, ref), file);
        LayerTrace back = TraceReader.read(file);
        assertEquals("layer.a", back.layer());
        assertEquals(q.weights().format().name(), back.weights().format().name());
        assertArrayEquals(q.weights().codes(), back.weights().codes());
        assertArrayEquals(q.activations().codes(), back.activations().codes());
        assertArrayEquals(q.weightScales(), back.weightScales());
        assertEquals(q.activationScale(), back.activationScale());
        assertArrayEquals(ref, back.referenceOutput());
        // Without a reference output the trace has none.
        TraceWriter.write(TraceConversion.toTrace(q, null), file);
        assertNull(TraceReader.read(file).referenceOutput());
    }
}
