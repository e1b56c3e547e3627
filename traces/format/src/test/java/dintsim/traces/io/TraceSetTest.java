package dintsim.traces.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.traces.samples.SampleTraces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests that lie or are malformed are rejected, naming the manifest and the field. */
class TraceSetTest {
    @TempDir
    Path dir;
    private String manifest;

    @BeforeEach
    void writeSet() throws Exception {
        TraceSet.write(dir, "model", "test", List.of(SampleTraces.random("int4xint8", 4, 8, 4, 1),
                SampleTraces.random("dint4xint8", 5, 6, 3, 2)));
        manifest = Files.readString(dir.resolve(TraceSet.MANIFEST));
    }

    private String rejected(String text, boolean load, String... expected) throws Exception {
        Path m = dir.resolve(TraceSet.MANIFEST);
        Files.writeString(m, text);
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> {
            TraceSet s = TraceSet.read(dir);
            if (load) {
                s.loadAll();
            }
        });
        for (String s : expected) {
            assertTrue(e.getMessage().contains(s), "'" + s + "' missing from: " + e.getMessage());
        }
        return e.getMessage();
    }

    @Test
    void writtenManifestNamesFilesInOrder() {
        TraceSet s = TraceSet.read(dir);
        assertEquals(List.of("0-sample.int4xint8.4x8x4.dtrace", "1-sample.dint4xint8.5x6x3.dtrace"),
                s.entries().stream().map(TraceSet.Entry::file).toList());
        assertEquals("dint4", s.entries().get(1).weightFormat());
    }

    @Test
    void badManifestsAreRejected() throws Exception {
        rejected(manifest.replace("\"m\" : 4", "\"m\" : 5"), true, "manifest.json: entry for '0-sample.int4xint8.4x8x4.dtrace'",
                "5 x 8 x 4", "the file holds layer 'sample.int4xint8.4x8x4', 4 x 8 x 4");
        rejected(manifest.replace("\"weightFormat\" : \"dint4\"", "\"weightFormat\" : \"int4\""), true, "says",
                "int4xint8 but the file holds", "dint4xint8");
        rejected(manifest.replace("0-sample.int4xint8.4x8x4.dtrace", "../x.dtrace"), false, "field 'traces[0].file'",
                "plain file name");
        rejected(manifest.replace("1-sample.dint4xint8.5x6x3.dtrace", "0-sample.int4xint8.4x8x4.dtrace"), false,
                "field 'traces[1].file'", "listed twice");
        rejected(manifest.replace("dintsim-trace-set", "other"), false, "field 'format' is 'other'");
        rejected(manifest.replace("\"version\" : 1", "\"version\" : 7"), false, "unknown version 7");
        rejected(manifest.replace("\"model\"", "\"modle\""), false, "not a valid trace-set manifest", "field 'model'");
        rejected(manifest.replace("\"model\" :", "\"extra\" : 1, \"model\" :"), false, "not a valid trace-set manifest",
                "unknown field 'extra'");
        rejected(manifest.substring(0, manifest.length() / 2), false, "not a valid trace-set manifest", "line");
        Files.delete(dir.resolve("1-sample.dint4xint8.5x6x3.dtrace"));
        rejected(manifest, true, "manifest.json: lists trace '1-sample.dint4xint8.5x6x3.dtrace'", "does not exist");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> TraceSet.read(dir.resolve("none")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }
}
