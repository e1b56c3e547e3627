package dintsim.sim.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dintsim.models.format.Formats;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.mem.BufferConfig;
import dintsim.sim.mem.MemoryConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an architecture file (YAML for .yaml/.yml, JSON otherwise). Every field is optional and
 * takes its value from {@link ArchConfig#defaults()}; unknown fields, wrong types, zero or
 * negative sizes, unknown designs and dataflows are errors naming the file and the field.
 *
 * <pre>
 * array:   {rows: 32, cols: 32, dataflow: ws, overlap: true}
 * design:  dint4xint8          # optional: must match the traces
 * clockMhz: 1000
 * buffers:
 *   input:  {sizeKiB: 256,  banks: 8,  bankWidthBits: 64}
 *   weight: {sizeKiB: 64,   banks: 4,  bankWidthBits: 64}
 *   output: {sizeKiB: 1024, banks: 16, bankWidthBits: 128}
 * dram:    {bytesPerCycle: 32}
 * </pre>
 */
public final class ArchConfigLoader {
    private ArchConfigLoader() {
    }

    public static ArchConfig load(Path file) {
        return load(file, new Formats());
    }

    /** As {@link #load(Path)}, naming the design with {@code formats} (built-in and user formats). */
    public static ArchConfig load(Path file, Formats formats) {
        String text;
        try {
            text = Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such architecture file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read architecture file: " + e.getMessage());
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        return parse(text, file.toString(), yaml, formats);
    }

    /** Parses architecture text; {@code source} names it in errors. */
    public static ArchConfig parse(String text, String source, boolean yaml) {
        return parse(text, source, yaml, new Formats());
    }

    /** As {@link #parse(String, String, boolean)}, naming the design with {@code formats}. */
    public static ArchConfig parse(String text, String source, boolean yaml, Formats formats) {
        JsonNode root;
        try {
            root = (yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper()).readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid " + (yaml ? "YAML" : "JSON") + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new IllegalArgumentException(source + ": the architecture file is empty");
        }
        Fields f = new Fields(source);
        f.object(root, "", Set.of("array", "design", "clockMhz", "buffers", "dram"));
        ArchConfig d = ArchConfig.defaults();

        JsonNode array = root.get("array");
        ArrayShape shape = d.array();
        if (array != null) {
            f.object(array, "array", Set.of("rows", "cols", "dataflow", "overlap"));
            int rows = f.positiveInt(array, "array", "rows", shape.rows());
            int cols = f.positiveInt(array, "array", "cols", shape.cols());
            Dataflow dataflow = array.has("dataflow")
                    ? Dataflow.parse(f.text(array, "array", "dataflow"), source + ": field 'array.dataflow'") : shape.dataflow();
            boolean overlap = f.bool(array, "array", "overlap", shape.overlap());
            shape = f.build("array", () -> new ArrayShape(rows, cols, dataflow, overlap));
        }
        MacDesign design = null;
        if (root.has("design")) {
            String name = f.text(root, "", "design");
            design = f.build("design", () -> MacDesigns.parse(name, formats));
        }
        double clock = root.has("clockMhz") ? f.positiveDouble(root, "", "clockMhz") : d.clockMhz();

        MemoryConfig memory = d.memory();
        JsonNode buffers = root.get("buffers");
        BufferConfig input = memory.input();
        BufferConfig weight = memory.weight();
        BufferConfig output = memory.output();
        if (buffers != null) {
            f.object(buffers, "buffers", Set.of("input", "weight", "output"));
            input = buffer(f, buffers.get("input"), "buffers.input", input);
            weight = buffer(f, buffers.get("weight"), "buffers.weight", weight);
            output = buffer(f, buffers.get("output"), "buffers.output", output);
        }
        double dramBw = memory.dramBytesPerCycle();
        JsonNode dram = root.get("dram");
        if (dram != null) {
            f.object(dram, "dram", Set.of("bytesPerCycle"));
            if (dram.has("bytesPerCycle")) {
                dramBw = f.positiveDouble(dram, "dram", "bytesPerCycle");
            }
        }
        MemoryConfig mem = new MemoryConfig(input, weight, output, dramBw);
        return new ArchConfig(source, shape, design, mem, clock);
    }

    private static BufferConfig buffer(Fields f, JsonNode node, String path, BufferConfig fallback) {
        if (node == null) {
            return fallback;
        }
        f.object(node, path, Set.of("sizeKiB", "banks", "bankWidthBits"));
        double kib = node.has("sizeKiB") ? f.positiveDouble(node, path, "sizeKiB") : fallback.sizeBytes() / 1024.0;
        int banks = f.positiveInt(node, path, "banks", fallback.banks());
        int width = f.positiveInt(node, path, "bankWidthBits", fallback.bankWidthBits());
        long bytes = (long) Math.floor(kib * 1024);
        if (bytes <= 0) {
            throw new IllegalArgumentException(f.source + ": field '" + path + ".sizeKiB' is " + kib + ", less than one byte");
        }
        return new BufferConfig(bytes, banks, width);
    }

    /** Field readers that name the file and the dotted field path in every error. */
    private static final class Fields {
        final String source;

        Fields(String source) {
            this.source = source;
        }

        String where(String path, String field) {
            return source + ": field '" + (path.isEmpty() ? field : path + "." + field) + "'";
        }

        void object(JsonNode node, String path, Set<String> allowed) {
            if (!node.isObject()) {
                throw new IllegalArgumentException(source + ": " + (path.isEmpty() ? "the top level" : "field '" + path + "'")
                        + " must be a mapping of fields");
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    throw new IllegalArgumentException(where(path, name) + " is unknown (allowed: "
                            + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
                }
            }
        }

        int positiveInt(JsonNode node, String path, String field, int fallback) {
            JsonNode v = node.get(field);
            if (v == null) {
                return fallback;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new IllegalArgumentException(where(path, field) + " must be an integer, got " + v);
            }
            if (v.asInt() <= 0) {
                throw new IllegalArgumentException(where(path, field) + " is " + v.asInt() + ", must be positive");
            }
            return v.asInt();
        }

        double positiveDouble(JsonNode node, String path, String field) {
            JsonNode v = node.get(field);
            if (v == null || !v.isNumber()) {
                throw new IllegalArgumentException(where(path, field) + " must be a number, got " + v);
            }
            if (!(v.asDouble() > 0) || Double.isInfinite(v.asDouble())) {
                throw new IllegalArgumentException(where(path, field) + " is " + v.asDouble() + ", must be positive");
            }
            return v.asDouble();
        }

        boolean bool(JsonNode node, String path, String field, boolean fallback) {
            JsonNode v = node.get(field);
            if (v == null) {
                return fallback;
            }
            if (!v.isBoolean()) {
                throw new IllegalArgumentException(where(path, field) + " must be true or false, got " + v);
            }
            return v.asBoolean();
        }

        String text(JsonNode node, String path, String field) {
            JsonNode v = node.get(field);
            if (v == null || !v.isTextual()) {
                throw new IllegalArgumentException(where(path, field) + " must be text, got " + v);
            }
            return v.asText();
        }

        <T> T build(String path, java.util.function.Supplier<T> builder) {
            try {
                return builder.get();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": field '" + path + "': " + e.getMessage(), e);
            }
        }
    }
}
