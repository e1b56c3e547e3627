package dintsim.sim.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.sim.RandomGemms;
import dintsim.sim.hw.array.Dataflow;
import dintsim.traces.LayerTrace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchConfigTest {

    private static String error(String text, boolean yaml) {
        return assertThrows(IllegalArgumentException.class, () -> ArchConfigLoader.parse(text, "arch.yaml", yaml)).getMessage();
    }

    private static void assertMentions(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "'" + message + "' should mention '" + p + "'");
        }
    }

    @Test
    void readsYamlAndJsonWithDefaultsForMissingFields(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("a.yaml");
        Files.writeString(yaml, "array: {rows: 8, cols: 4, dataflow: os, overlap: false}\nclockMhz: 800\n"
                + "buffers:\n  input: {sizeKiB: 16, banks: 2, bankWidthBits: 32}\ndram: {bytesPerCycle: 4.5}\n");
        ArchConfig a = ArchConfigLoader.load(yaml);
        assertEquals(8, a.array().rows());
        assertEquals(4, a.array().cols());
        assertEquals(Dataflow.OS, a.array().dataflow());
        assertEquals(false, a.array().overlap());
        assertEquals(800, a.clockMhz());
        assertEquals(16 * 1024, a.memory().input().sizeBytes());
        assertEquals(64, a.memory().input().bitsPerCycle());
        assertEquals(dintsim.sim.mem.MemoryConfig.defaults().weight(), a.memory().weight());
        assertEquals(4.5, a.memory().dramBytesPerCycle());
        Path json = dir.resolve("a.json");
        Files.writeString(json, "{\"array\": {\"rows\": 2}, \"design\": \"dint4xint8\"}");
        ArchConfig b = ArchConfigLoader.load(json);
        assertEquals(2, b.array().rows());
        assertEquals((int) dintsim.sim.hw.array.ArrayShape.COLS.defaultValue(), b.array().cols());
        assertEquals("dint4xint8", b.design().name());
    }

    @Test
    void exampleFilesLoad() {
        // Run from the module directory (surefire's working directory is sim/).
        ArchConfig ws = ArchConfigLoader.load(Path.of("examples/arch-32x32-ws.yaml"));
        ArchConfig d = ArchConfig.defaults();
        assertEquals(d.array(), ws.array());
        assertEquals(d.memory(), ws.memory());
        assertEquals(d.clockMhz(), ws.clockMhz());
        ArchConfig os = ArchConfigLoader.load(Path.of("examples/arch-16x16-os-scalesim.json"));
        assertEquals("16x16 os no-overlap", os.array().toString());
        assertEquals("dint4xint8", os.design().name());
    }

    @Test
    void badFieldsAreNamed() {
        assertMentions(error("array: {rows: 0}", true), "arch.yaml", "field 'array.rows'", "must be 1..1024");
        assertMentions(error("array: {cols: 5000}", true), "arch.yaml", "field 'array.cols'", "5000", "1..1024");
        assertMentions(error("clockMhz: 1e9", true), "arch.yaml", "field 'clockMhz'", "<= 100000");
        assertMentions(error("buffers: {weight: {banks: 4096}}", true), "field 'buffers.weight.banks'", "1..1024");
        assertMentions(error("array: {cols: -3}", true), "arch.yaml", "field 'array.cols'", "-3");
        assertMentions(error("buffers: {input: {sizeKiB: -1}}", true), "arch.yaml", "field 'buffers.input.sizeKiB'");
        assertMentions(error("buffers: {output: {banks: 0}}", true), "field 'buffers.output.banks'");
        assertMentions(error("dram: {bytesPerCycle: 0}", true), "field 'dram.bytesPerCycle'");
        assertMentions(error("design: int9xint8", true), "arch.yaml", "field 'design'", "int9");
        assertMentions(error("array: {dataflow: rs}", true), "arch.yaml", "field 'array.dataflow'", "unknown dataflow 'rs'", "ws, os, is");
        assertMentions(error("arrray: {rows: 4}", true), "field 'arrray' is unknown");
        assertMentions(error("array: {rows: four}", true), "field 'array.rows'", "integer");
        assertMentions(error("array: {overlap: maybe}", true), "field 'array.overlap'", "true or false");
        assertMentions(error("{\"array\": ", false), "arch.yaml", "not valid JSON");
        assertMentions(error("", true), "arch.yaml", "empty");
    }

    @Test
    void buffersTooSmallForOneTileAndDesignMismatchesAreErrors() {
        LayerTrace t = RandomGemms.trace("dint4xint8", 2048, 64, 64, 1);
        ArchConfig tiny = ArchConfigLoader.parse("buffers: {output: {sizeKiB: 64}}", "arch.yaml", true);
        // ws 32x32: output tile = M x C partial sums of the default 24-bit accumulator
        // (bitsFor(12 * 128 * 4096)) = 2048 * 32 * 24 / 8 B = 192 KiB.
        String msg = assertThrows(IllegalArgumentException.class, () -> Simulator.run(t, tiny, Fidelity.FAST)).getMessage();
        assertMentions(msg, "arch.yaml", "field 'buffers.output.sizeKiB'", "too small for one output tile", "192.0 KiB");
        ArchConfig smallInput = ArchConfigLoader.parse("buffers: {input: {sizeKiB: 1}}", "arch.yaml", true);
        assertMentions(assertThrows(IllegalArgumentException.class, () -> Simulator.run(t, smallInput, Fidelity.FAST)).getMessage(),
                "field 'buffers.input.sizeKiB'");
        ArchConfig int8 = ArchConfigLoader.parse("design: int8xint8", "arch.yaml", true);
        assertMentions(assertThrows(IllegalArgumentException.class, () -> Simulator.run(t, int8, Fidelity.FAST)).getMessage(),
                "arch.yaml", "field 'design' is int8xint8", "dint4 weights");
        assertMentions(assertThrows(IllegalArgumentException.class, () -> Fidelity.parse("exact", "option --fidelity")).getMessage(),
                "option --fidelity", "exact");
    }
}
