package dintsim.sim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dintsim.models.io.IoErrors;
import dintsim.sim.replay.SimResult;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes replay results: one CSV row per layer ({@code layers.csv}), full per-layer detail in
 * JSON ({@code layers.json}, including the per-PE utilization map and every counter), and
 * optionally each layer's output tensor as int32 .npy.
 */
final class ResultFiles {
    private ResultFiles() {
    }

    /** The flat figures of one result, in a fixed order (CSV columns and the JSON "figures"). */
    static Map<String, Object> figures(SimResult r) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("layer", r.layer());
        f.put("m", r.gemm().m());
        f.put("k", r.gemm().k());
        f.put("n", r.gemm().n());
        f.put("design", r.design().name());
        f.put("accumulator", r.design().accumulator().toString());
        f.put("array", r.arch().array().rows() + "x" + r.arch().array().cols());
        f.put("dataflow", r.arch().array().dataflow().label());
        f.put("overlap", r.arch().array().overlap());
        f.put("fidelity", r.fidelity().label());
        f.put("clockMhz", r.arch().clockMhz());
        f.put("arrayCycles", r.arrayCycles());
        f.put("systemCycles", r.systemCycles());
        f.put("macs", r.macs());
        f.put("overflowedOutputs", r.overflowedOutputs());
        r.array().group().counterValues().forEach((k, v) -> f.put(k, v));
        r.array().group().derivedValues().forEach((k, v) -> f.put(k, v));
        r.memory().group().counterValues().forEach((k, v) -> f.put(k, v));
        r.memory().group().derivedValues().forEach((k, v) -> f.put(k, v));
        r.energyPj().forEach((k, v) -> f.put("energyPj." + k, v));
        f.put("energyPj.total", r.totalEnergyPj());
        r.areaUm2().forEach((k, v) -> f.put("areaUm2." + k, v));
        f.put("areaUm2.total", r.totalAreaUm2());
        f.put("tops", r.tops());
        f.put("topsPerWatt", r.topsPerWatt());
        // Host time is not a figure of the layer: it is printed, never written (outputs stay byte-identical).
        return f;
    }

    static void writeCsv(Path file, List<SimResult> results) {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(figures(results.get(0)).keySet());
        sb.append(String.join(",", header)).append('\n');
        for (SimResult r : results) {
            List<String> cells = new ArrayList<>();
            for (Object v : figures(r).values()) {
                cells.add(csv(v));
            }
            sb.append(String.join(",", cells)).append('\n');
        }
        write(file, sb.toString());
    }

    private static String csv(Object v) {
        String s = v instanceof Double ? String.format(Locale.ROOT, "%.6g", (Double) v) : String.valueOf(v);
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static void writeJson(Path file, List<SimResult> results, String costSource) {
        List<Map<String, Object>> layers = new ArrayList<>();
        for (SimResult r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("figures", figures(r));
            Map<String, Object> pe = new LinkedHashMap<>();
            pe.put("rows", r.arch().array().rows());
            pe.put("cols", r.arch().array().cols());
            pe.put("utilization", r.array().peUtilization());
            m.put("perPe", pe);
            layers.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("costTable", costSource);
        root.put("layers", layers);
        try {
            write(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The output tensor as a NumPy int32 array of shape (M, N). */
    static void writeNpy(Path file, int[] values, int rows, int cols) {
        String dict = "{'descr': '<i4', 'fortran_order': False, 'shape': (" + rows + ", " + cols + "), }";
        int unpadded = 10 + dict.length() + 1;
        int total = (unpadded + 63) / 64 * 64;
        String header = dict + " ".repeat(total - unpadded) + "\n";
        try (OutputStream out = Files.newOutputStream(file); DataOutputStream data = new DataOutputStream(out)) {
            data.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
            data.write(ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) header.length()).array());
            data.write(header.getBytes(StandardCharsets.US_ASCII));
            ByteBuffer buf = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            buf.asIntBuffer().put(values);
            data.write(buf.array());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + IoErrors.reason(e), e);
        }
    }

    static String fileStem(String layer) {
        String s = layer.replaceAll("[^A-Za-z0-9._-]+", "_");
        return s.length() > 80 ? s.substring(0, 80) : s;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + IoErrors.reason(e), e);
        }
    }
}
