package dintsim.models.param;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * The parameters of one configurable part, as they appear in a file: a dotted path (e.g.
 * {@code buffers.input}, empty for the top level), its parameters and nested groups. Validates
 * that an object holds only known fields, and lists itself for {@code dintsim info}.
 *
 * @param path       dotted path of the group in the file ("" for the top level)
 * @param title      what the group configures
 * @param parameters its own parameters
 * @param groups     nested groups
 */
public record ParameterGroup(String path, String title, List<Parameter<?>> parameters, List<ParameterGroup> groups) {
    public ParameterGroup {
        parameters = List.copyOf(parameters);
        groups = List.copyOf(groups);
    }

    public ParameterGroup(String path, String title, List<Parameter<?>> parameters) {
        this(path, title, parameters, List.of());
    }

    /** Last element of the path: the field name under the parent group. */
    public String field() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The dotted name of a parameter of this group, e.g. {@code array.rows}. */
    public String qualified(Parameter<?> p) {
        return path.isEmpty() ? p.name() : path + "." + p.name();
    }

    /** The nested group whose field is {@code field}. */
    public ParameterGroup group(String field) {
        for (ParameterGroup g : groups) {
            if (g.field().equals(field)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no parameter group '" + field + "' in '" + path + "'");
    }

    /**
     * Rejects anything but an object holding known parameter and group fields; {@code source}
     * names the file.
     */
    public void checkFields(JsonNode node, String source) {
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(source + ": " + (path.isEmpty() ? "the top level" : "field '" + path + "'")
                    + " must be a mapping of fields");
        }
        TreeSet<String> allowed = new TreeSet<>();
        parameters.forEach(p -> allowed.add(p.name()));
        groups.forEach(g -> allowed.add(g.field()));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException(source + ": field '" + (path.isEmpty() ? name : path + "." + name)
                        + "' is unknown (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    /**
     * Reads a parameter from {@code node} (this group's object, or null for all defaults), as this
     * group declares it: the group's own copy of {@code declared} (same name) carries its default.
     */
    @SuppressWarnings("unchecked")
    public <T> T read(Parameter<T> declared, JsonNode node, String source) {
        for (Parameter<?> p : parameters) {
            if (p.name().equals(declared.name())) {
                return ((Parameter<T>) p).read(node, source + ": field '" + qualified(p) + "'");
            }
        }
        throw new IllegalArgumentException("parameter group '" + path + "' declares no '" + declared.name() + "'");
    }

    /** This group and all nested ones, depth first, in declaration order. */
    public List<ParameterGroup> flatten() {
        List<ParameterGroup> out = new ArrayList<>();
        out.add(this);
        groups.forEach(g -> out.addAll(g.flatten()));
        return out;
    }
}
