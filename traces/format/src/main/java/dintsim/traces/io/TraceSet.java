package dintsim.traces.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dintsim.models.io.IoErrors;
import dintsim.models.io.JsonErrors;
import dintsim.traces.LayerTrace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A set of trace files described by a JSON manifest ({@value #MANIFEST}) in their directory:
 * which model they come from, and per layer the file, shape and formats, so that a tool can
 * plan a run without opening every trace. See traces/format/FORMAT.md.
 *
 * @param directory where the manifest and the trace files are
 * @param manifest  the manifest file (named in errors; any name, not only manifest.json)
 * @param model     the model the traces come from
 * @param source    how they were made (command, seed, calibration data)
 * @param entries   one per trace, in model order
 */
public record TraceSet(Path directory, Path manifest, String model, String source, List<Entry> entries) {
    public static final String MANIFEST = "manifest.json";
    /** The value of the manifest's "format" field. */
    public static final String FORMAT = "dintsim-trace-set";
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One trace of the set.
     *
     * @param file             file name relative to the manifest's directory
     * @param layer            layer name (as in the trace header)
     * @param m                rows of activations
     * @param k                dot-product length
     * @param n                output channels
     * @param weightFormat     name of the weight format
     * @param activationFormat name of the activation format
     */
    @JsonPropertyOrder({"file", "layer", "m", "k", "n", "weightFormat", "activationFormat"})
    public record Entry(String file, String layer, int m, int k, int n, String weightFormat, String activationFormat) {
        static Entry of(String file, LayerTrace t) {
            return new Entry(file, t.layer(), t.m(), t.k(), t.n(), t.weights().format().name(),
                    t.activations().format().name());
        }
    }

    @JsonPropertyOrder({"format", "version", "model", "source", "traces"})
    private record Manifest(String format, int version, String model, String source, List<Entry> traces) {
    }

    public TraceSet {
        entries = List.copyOf(entries);
    }

    /**
     * Writes every trace into {@code directory} (created if needed) as {@code NNN-LAYER.dtrace},
     * then the manifest; returns the set.
     */
    public static TraceSet write(Path directory, String model, String source, List<LayerTrace> traces) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(directory + ": cannot create directory: " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        int width = String.valueOf(Math.max(traces.size() - 1, 0)).length();
        for (int i = 0; i < traces.size(); i++) {
            LayerTrace t = traces.get(i);
            String file = String.format(Locale.ROOT, "%0" + width + "d-%s%s", i, fileStem(t.layer()), TraceLayout.EXTENSION);
            TraceWriter.write(t, directory.resolve(file));
            entries.add(Entry.of(file, t));
        }
        TraceSet set = new TraceSet(directory, directory.resolve(MANIFEST), model, source, entries);
        try {
            String json = JSON.writeValueAsString(new Manifest(FORMAT, VERSION, model, source, set.entries())) + "\n";
            Files.writeString(set.manifest(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(set.manifest() + ": cannot write manifest: " + e.getMessage(), e);
        }
        return set;
    }

    /** A file-system-safe stem for a layer name. */
    static String fileStem(String layer) {
        String s = layer.replaceAll("[^A-Za-z0-9._-]+", "_");
        return s.length() > 80 ? s.substring(0, 80) : s;
    }

    /** Reads a manifest, given as the file itself or as the directory holding {@value #MANIFEST}. */
    public static TraceSet read(Path manifestOrDirectory) {
        Path manifest = Files.isDirectory(manifestOrDirectory) ? manifestOrDirectory.resolve(MANIFEST) : manifestOrDirectory;
        Manifest m;
        try {
            m = JSON.readValue(Files.readString(manifest), Manifest.class);
        } catch (NoSuchFileException e) {
            throw new TraceFormatException(manifest + ": no such file (a trace set needs its " + MANIFEST + ")");
        } catch (JsonProcessingException e) {
            throw new TraceFormatException(manifest + ": not a valid trace-set manifest: " + JsonErrors.describe(e));
        } catch (IOException e) {
            throw new TraceFormatException(manifest + ": cannot read: " + IoErrors.reason(e));
        }
        if (m == null) {
            throw new TraceFormatException(manifest + ": empty manifest");
        }
        check(manifest, m);
        Path dir = manifest.toAbsolutePath().getParent();
        return new TraceSet(dir, manifest, m.model(), m.source(), m.traces()); // errors name the file the user gave
    }

    private static void check(Path manifest, Manifest m) {
        if (!FORMAT.equals(m.format())) {
            throw new TraceFormatException(manifest + ": field 'format' is '" + m.format() + "', expected '" + FORMAT + "'");
        }
        if (m.version() != VERSION) {
            throw new TraceFormatException(manifest + ": field 'version': unknown version " + m.version()
                    + " (this reader knows " + VERSION + ")");
        }
        if (m.traces() == null) {
            throw new TraceFormatException(manifest + ": field 'traces' is missing");
        }
        Set<String> files = new HashSet<>();
        for (int i = 0; i < m.traces().size(); i++) {
            Entry e = m.traces().get(i);
            String where = manifest + ": field 'traces[" + i + "]";
            if (e == null) {
                throw new TraceFormatException(where + "' is null");
            }
            if (e.file() == null || e.file().isEmpty() || e.file().contains("/") || e.file().contains("\\")
                    || e.file().startsWith(".")) {
                throw new TraceFormatException(where + ".file': '" + e.file()
                        + "' must be a plain file name in the manifest's directory");
            }
            if (!files.add(e.file())) {
                throw new TraceFormatException(where + ".file': '" + e.file() + "' is listed twice");
            }
            if (e.m() < 1 || e.k() < 1 || e.n() < 1) {
                throw new TraceFormatException(where + "': shape " + e.m() + " x " + e.k() + " x " + e.n()
                        + " must be positive");
            }
            if (e.layer() == null || e.weightFormat() == null || e.activationFormat() == null) {
                throw new TraceFormatException(where + "': fields 'layer', 'weightFormat' and 'activationFormat' are required");
            }
        }
    }

    /** Reads one trace of the set and checks that it is what the manifest says. */
    public LayerTrace load(Entry e) {
        Path file = directory.resolve(e.file());
        if (!Files.isRegularFile(file)) {
            throw new TraceFormatException(manifest() + ": lists trace '" + e.file() + "', but " + file + " does not exist");
        }
        LayerTrace t = TraceReader.read(file);
        Entry actual = Entry.of(e.file(), t);
        if (!actual.equals(e)) {
            throw new TraceFormatException(manifest() + ": entry for '" + e.file() + "' says " + describe(e)
                    + " but the file holds " + describe(actual));
        }
        return t;
    }

    /** Every trace, in manifest order. */
    public List<LayerTrace> loadAll() {
        List<LayerTrace> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(load(e));
        }
        return out;
    }

    private static String describe(Entry e) {
        return String.format(Locale.ROOT, "layer '%s', %d x %d x %d, %sx%s", e.layer(), e.m(), e.k(), e.n(),
                e.weightFormat(), e.activationFormat());
    }
}
