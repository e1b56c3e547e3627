package dintsim.sim.scalesim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The INI dialect of Python's configparser that SCALE-Sim's .cfg files use: [section] headers,
 * {@code key = value} or {@code key: value} lines, keys case-insensitive, values stripped,
 * whole-line comments starting with '#' or ';'.
 */
final class IniFile {
    private final Path file;
    private final Map<String, Map<String, String>> sections;

    private IniFile(Path file, Map<String, Map<String, String>> sections) {
        this.file = file;
        this.sections = sections;
    }

    /** The lines of a SCALE-Sim input file; {@code what} names it in the error when it is missing. */
    static List<String> lines(Path file, String what) {
        try {
            return Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such " + what, e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static IniFile read(Path file) {
        List<String> lines = lines(file, "SCALE-Sim config file");
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw new IllegalArgumentException(file + ": line " + (i + 1) + ": section header '" + line + "' has no ']'");
                }
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1).strip(), s -> new LinkedHashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            int colon = line.indexOf(':');
            int sep = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
            if (sep <= 0) {
                throw new IllegalArgumentException(file + ": line " + (i + 1) + ": '" + line + "' is not 'key = value' or 'key: value'");
            }
            if (current == null) {
                throw new IllegalArgumentException(file + ": line " + (i + 1) + ": '" + line + "' comes before any [section]");
            }
            current.put(line.substring(0, sep).strip().toLowerCase(Locale.ROOT), line.substring(sep + 1).strip());
        }
        return new IniFile(file, sections);
    }

    Path file() {
        return file;
    }

    boolean has(String section, String key) {
        Map<String, String> s = sections.get(section);
        return s != null && s.containsKey(key.toLowerCase(Locale.ROOT));
    }

    /** The value; missing section or key -> error naming the file, section and key. */
    String get(String section, String key) {
        Map<String, String> s = sections.get(section);
        if (s == null) {
            throw new IllegalArgumentException(file + ": no [" + section + "] section");
        }
        String v = s.get(key.toLowerCase(Locale.ROOT));
        if (v == null) {
            throw new IllegalArgumentException(file + ": [" + section + "] has no '" + key + "'");
        }
        return v;
    }

    int positiveInt(String section, String key) {
        String v = get(section, key);
        try {
            int i = Integer.parseInt(v);
            if (i >= 1) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(file + ": [" + section + "] " + key + " = '" + v + "' is not a positive integer");
    }
}
