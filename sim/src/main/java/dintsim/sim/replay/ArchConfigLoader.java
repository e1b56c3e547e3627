package dintsim.sim.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dintsim.models.format.Formats;
import dintsim.models.io.IoErrors;
import dintsim.models.io.JsonErrors;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.param.ParameterGroup;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.mem.MemoryConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an architecture file (YAML for .yaml/.yml, JSON otherwise). Every field is optional and
 * takes its default from its declaration ({@link ArchConfig#PARAMETERS}, listed by
 * {@code dintsim info}); unknown fields, wrong types, values out of the declared bounds, unknown
 * designs and dataflows are errors naming the file and the field.
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
            throw new IllegalArgumentException(file + ": cannot read architecture file: " + IoErrors.reason(e));
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
            throw new IllegalArgumentException(source + ": not valid " + (yaml ? "YAML" : "JSON") + ": " + JsonErrors.describe(e));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new IllegalArgumentException(source + ": the architecture file is empty");
        }
        ParameterGroup top = ArchConfig.PARAMETERS;
        top.checkFields(root, source);
        JsonNode array = root.get("array");
        ParameterGroup arrayGroup = ArrayShape.PARAMETERS;
        arrayGroup.checkFields(array, source);
        // Read as text and parsed by Dataflow, which also takes the long names (weight-stationary, ...).
        JsonNode dataflowNode = array == null ? null : array.get("dataflow");
        if (dataflowNode != null && !dataflowNode.isTextual()) {
            throw new IllegalArgumentException(source + ": field 'array.dataflow' must be text, got " + dataflowNode);
        }
        Dataflow dataflow = Dataflow.parse(dataflowNode == null ? ArrayShape.DATAFLOW.defaultValue() : dataflowNode.asText(),
                source + ": field 'array.dataflow'");
        int rows = arrayGroup.read(ArrayShape.ROWS, array, source);
        int cols = arrayGroup.read(ArrayShape.COLS, array, source);
        boolean overlap = arrayGroup.read(ArrayShape.OVERLAP, array, source);
        ArrayShape shape = build(source, "array", () -> new ArrayShape(rows, cols, dataflow, overlap));
        String designName = top.read(ArchConfig.DESIGN, root, source);
        MacDesign design = designName == null ? null
                : build(source, "design", () -> MacDesigns.parse(designName, formats));
        double clock = top.read(ArchConfig.CLOCK_MHZ, root, source);
        MemoryConfig memory = MemoryConfig.read(root.get("buffers"), root.get("dram"), source);
        return new ArchConfig(source, shape, design, memory, clock);
    }

    private static <T> T build(String source, String path, java.util.function.Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": field '" + path + "': " + e.getMessage(), e);
        }
    }
}
