package dintsim.models.format;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dintsim.models.io.IoErrors;
import dintsim.models.io.JsonErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks formats up by name: the built-ins (INT8, INT4, FP4 from JSON resources, the dINT family
 * by parameter), and any spec files a user registered.
 */
public final class Formats {
    /** Built-in formats in the order tables list them. */
    public static final List<String> BUILT_IN = List.of("int8", "int4", "dint4", "fp4");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static {
        // "special" is optional in a spec (false when absent); "bits" and "value" stay required.
        JSON.configOverride(Boolean.TYPE).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }

    private final Map<String, NumberFormat> userFormats = new LinkedHashMap<>();

    /** A registry with the built-ins only. */
    public Formats() {
    }

    /** The format of this name among the built-ins and registered specs; unknown names throw. */
    public NumberFormat get(String name) {
        NumberFormat user = userFormats.get(name);
        if (user != null) {
            return user;
        }
        return builtIn(name);
    }

    /** A built-in format by name (int8, int4, fp4, dint4, dint4(s=..)). */
    public static NumberFormat builtIn(String name) {
        if (name == null) {
            throw new FormatException("no format name given");
        }
        if (DintFamily.matches(name)) {
            return DintFamily.parse(name);
        }
        InputStream in = Formats.class.getResourceAsStream("/dintsim/formats/" + name + ".json");
        if (in == null || !name.matches("[a-z0-9]+")) {
            throw new FormatException("unknown format '" + name + "' (known: int8, int4, fp4, dint4, dint4(s=S), "
                    + "dint4(s=S,zero=false), or a spec file passed with --format-spec)");
        }
        try (in) {
            return NumberFormat.fromSpec(JSON.readValue(in, FormatSpec.class), "built-in " + name + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a user spec file and registers its format; returns it. */
    public NumberFormat register(Path specFile) {
        String text;
        try {
            text = Files.readString(specFile);
        } catch (IOException e) {
            throw new FormatException(specFile + ": cannot read format spec: " + IoErrors.reason(e));
        }
        NumberFormat f = NumberFormat.fromSpec(parseSpec(text, specFile.toString()), specFile.toString());
        if (BUILT_IN.contains(f.name()) || DintFamily.matches(f.name()) || userFormats.containsKey(f.name())) {
            throw new FormatException(specFile + ": field 'name': format '" + f.name() + "' already exists");
        }
        userFormats.put(f.name(), f);
        return f;
    }

    /** Parses a spec from JSON text, naming {@code source} in every error. */
    public static FormatSpec parseSpec(String json, String source) {
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new FormatException(source + ": empty format spec");
            }
            requireFields(tree, source);
            return JSON.treeToValue(tree, FormatSpec.class);
        } catch (JsonProcessingException e) {
            throw new FormatException(source + ": not a valid format spec: " + JsonErrors.describe(e));
        }
    }

    /** Missing required fields, named (Jackson would only say that null cannot become an int). */
    private static void requireFields(JsonNode tree, String source) {
        if (!tree.isObject()) {
            throw new FormatException(source + ": not a valid format spec: expected a JSON object");
        }
        for (String field : new String[] {"name", "bits", "codes"}) {
            if (!tree.hasNonNull(field)) {
                throw new FormatException(source + ": not a valid format spec: field '" + field + "' is missing");
            }
        }
        JsonNode codes = tree.get("codes");
        for (int i = 0; i < codes.size(); i++) {
            if (!codes.get(i).isObject()) {
                throw new FormatException(source + ": not a valid format spec: field 'codes[" + i + "]' must be an object "
                        + "{\"code\": ..., \"value\": ...}");
            }
            for (String field : new String[] {"code", "value"}) {
                if (!codes.get(i).hasNonNull(field)) {
                    throw new FormatException(source + ": not a valid format spec: field 'codes[" + i + "]." + field
                            + "' is missing");
                }
            }
        }
    }


    /** Serialises a spec to JSON (trace headers carry it). */
    public static String toJson(FormatSpec spec) {
        try {
            return JSON.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Built-ins then user formats, for the {@code formats} command. */
    public List<NumberFormat> all() {
        List<NumberFormat> out = new ArrayList<>();
        for (String n : BUILT_IN) {
            out.add(builtIn(n));
        }
        out.addAll(userFormats.values());
        return out;
    }
}
