package dintsim.models.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Jackson's errors in the user's words: which field, what was expected, where (line, column),
 * without Jackson's class names, tokens or source excerpts. Every reader of a JSON or YAML file
 * the user wrote (format specs, architecture files, manifests, cost tables) uses this one text.
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /** E.g. "field 'codes[3].value': expected a number, got text (line 4, column 20)". */
    public static String describe(JsonProcessingException e) {
        // An unknown field's path ends with the field itself, which the reason names.
        String field = e instanceof UnrecognizedPropertyException u ? parentPath(u) : fieldPath(e);
        return (field.isEmpty() ? "" : "field '" + field + "': ") + reason(e) + where(e.getLocation());
    }

    /** The dotted path of the field a mapping error is about ("" when none). */
    public static String fieldPath(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String parentPath(UnrecognizedPropertyException u) {
        String path = fieldPath(u);
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return path.equals(u.getPropertyName()) || cut < 0 ? "" : path.substring(0, cut);
    }

    private static String reason(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            Collection<Object> known = u.getKnownPropertyIds();
            return "unknown field '" + u.getPropertyName() + "'" + (known == null || known.isEmpty() ? ""
                    : " (expected one of " + known.stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")");
        }
        if (e instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not " + kind(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + kind(m.getTargetType());
        }
        if (e instanceof JsonEOFException) {
            return "the text ends before the value is complete (an unclosed '{', '[' or string)";
        }
        String message = e.getOriginalMessage() == null ? "not valid" : e.getOriginalMessage();
        // Drop Jackson's source excerpts and token names; keep the sentence.
        message = message.replaceAll("\\s*\\(start marker at \\[.*?\\]\\)", "")
                .replaceAll("\\s*at \\[Source:.*", "")
                .replaceAll("\\(token `JsonToken\\.[A-Z_]+`\\)", "")
                .replaceAll("`([^`]*)`", "'$1'")
                .replaceAll("\\s*\\n.*", "");
        return message.strip();
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "an object {...}";
        }
        return "a " + type.getSimpleName();
    }

    private static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
