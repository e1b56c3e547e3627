package dintsim.reports.pipeline;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A hash of the code a stage runs: the bytes of each dintsim module's classes and resources on
 * the class path (a module's {@code target/classes} directory or its {@code dintsim-NAME-*.jar}),
 * plus the file names (hence versions) of the third-party jars. A stage asks only for the modules
 * it depends on, so editing the report code does not invalidate cached simulations.
 */
public final class CodeVersion {
    private static final Pattern JAR = Pattern.compile("dintsim-([a-z]+)-[^/]*\\.jar$");
    // A top-level folder's classes, or a sub-module's inside it (traces/format, reports/app, ...).
    private static final Pattern CLASSES = Pattern.compile(
            "(?:^|/)(models|traces|sim|rtl|reports)/(?:[a-z]+/)?target/(?:test-)?classes/?$");

    private final Map<String, String> moduleHashes;
    private final String libraries;

    private CodeVersion(Map<String, String> moduleHashes, String libraries) {
        this.moduleHashes = moduleHashes;
        this.libraries = libraries;
    }

    /** Hashes the class path of this JVM. */
    public static CodeVersion ofClassPath() {
        return of(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    }

    public static CodeVersion of(List<String> classPath) {
        Map<String, CacheKey> modules = new TreeMap<>();
        CacheKey libs = CacheKey.of("libraries");
        for (String entry : classPath.stream().sorted().toList()) {
            if (entry.isBlank()) {
                continue;
            }
            String unix = entry.replace(File.separatorChar, '/');
            Matcher jar = JAR.matcher(unix);
            Matcher dir = CLASSES.matcher(unix);
            String module = jar.find() ? jar.group(1) : dir.find() ? dir.group(1) : null;
            if (module == null) {
                libs.add(Path.of(entry).getFileName().toString());
            } else if (!unix.contains("/test-classes")) {
                hashInto(modules.computeIfAbsent(module, m -> CacheKey.of("module " + m)), Path.of(entry));
            }
        }
        Map<String, String> hashes = new TreeMap<>();
        modules.forEach((m, k) -> hashes.put(m, k.hex()));
        return new CodeVersion(hashes, libs.hex());
    }

    private static void hashInto(CacheKey key, Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        key.add(entry.relativize(f).toString().replace(File.separatorChar, '/'));
                        key.add(Files.readAllBytes(f));
                    }
                }
            } else if (Files.isRegularFile(entry)) {
                key.add(Files.readAllBytes(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash class path entry " + entry, e);
        }
    }

    /** The version of the given modules (e.g. {@code models}, {@code sim}) and the libraries. */
    public String of(String... modules) {
        CacheKey k = CacheKey.of("code").add(libraries);
        for (String m : modules) {
            k.add(m).add(moduleHashes.getOrDefault(m, "absent"));
        }
        return k.hex();
    }

    /** Short version of everything, for the run-info section. */
    public String summary() {
        return of(moduleHashes.keySet().toArray(new String[0])).substring(0, 12);
    }

    public Map<String, String> moduleHashes() {
        return Map.copyOf(moduleHashes);
    }
}
