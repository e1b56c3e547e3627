package dintsim.rtl.emit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the firtool binary of org.chipsalliance:llvm-firtool:linux-x64, in this order: system
 * property {@code dintsim.firtool}; environment {@code DINTSIM_FIRTOOL}; {@code target/firtool/...}
 * beside the rtl classes (the build unpacks it there, phase generate-resources); else the binary
 * inside the llvm-firtool jar on the classpath (an rtl dependency), extracted once into
 * {@code <cache>/firtool-<version>/firtool} where cache is {@code -Ddintsim.firtool.cache=DIR} or
 * {@code ~/.cache/dintsim}. That last step is what makes an installed rtl jar (~/.m2) work.
 * Never downloads anything.
 */
public final class Firtool {
    /** The binary's path inside the llvm-firtool jar. */
    static final String RESOURCE = "org.chipsalliance/llvm-firtool/linux-x64/bin/firtool";
    static final String RELATIVE = "firtool/" + RESOURCE;
    private static final Pattern JAR_VERSION = Pattern.compile("llvm-firtool-([0-9][^/!]*?)-linux-x64\\.jar");

    private Firtool() {
    }

    public static Path locate() {
        String prop = System.getProperty("dintsim.firtool");
        if (prop != null && !prop.isBlank()) {
            return checked(Path.of(prop), "system property dintsim.firtool");
        }
        String env = System.getenv("DINTSIM_FIRTOOL");
        if (env != null && !env.isBlank()) {
            return checked(Path.of(env), "environment variable DINTSIM_FIRTOOL");
        }
        Path built = besideClasses();
        if (built != null && Files.isRegularFile(built)) {
            return checked(built, "the rtl module's build directory");
        }
        Path extracted = fromClasspath(Firtool.class.getClassLoader(), cacheRoot());
        if (extracted == null) {
            throw new IllegalStateException("cannot find firtool: not at " + built + " (rtl build directory) and no "
                    + "org.chipsalliance:llvm-firtool:linux-x64 jar on the classpath (resource " + RESOURCE
                    + "); build the rtl module (mvn -pl rtl -am package) or set -Ddintsim.firtool=PATH");
        }
        return extracted;
    }

    /** {@code -Ddintsim.firtool.cache=DIR}, else {@code ~/.cache/dintsim}. */
    public static Path cacheRoot() {
        String prop = System.getProperty("dintsim.firtool.cache");
        return prop != null && !prop.isBlank() ? Path.of(prop)
                : Path.of(System.getProperty("user.home"), ".cache", "dintsim");
    }

    /**
     * Extracts the firtool binary from the llvm-firtool jar that {@code loader} sees into
     * {@code cacheRoot/firtool-<version>/firtool} (first use only; executable), or returns null
     * when no such jar is on the classpath.
     */
    static Path fromClasspath(ClassLoader loader, Path cacheRoot) {
        URL url = loader.getResource(RESOURCE);
        if (url == null) {
            return null;
        }
        Matcher m = JAR_VERSION.matcher(url.toString());
        if (!m.find()) {
            throw new IllegalStateException("firtool resource " + url + " is not inside an llvm-firtool-<version>-linux-x64.jar:"
                    + " cannot tell its version; set -Ddintsim.firtool=PATH");
        }
        Path dir = cacheRoot.resolve("firtool-" + m.group(1));
        Path exe = dir.resolve("firtool");
        if (Files.isRegularFile(exe)) {
            return checked(exe, url.toString());
        }
        try {
            Files.createDirectories(dir);
            // Write under a temporary name and move: a concurrent user never sees half a binary.
            Path tmp = Files.createTempFile(dir, "firtool", ".tmp");
            try (InputStream in = url.openStream()) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            makeExecutable(tmp);
            try {
                Files.move(tmp, exe, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract firtool from " + url + " into " + dir, e);
        }
        return checked(exe, url.toString());
    }

    private static Path besideClasses() {
        try {
            Path classes = Path.of(Firtool.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/classes or target/dintsim-rtl-*.jar: both sit in target/.
            Path target = classes.getParent();
            return target == null ? null : target.resolve(RELATIVE);
        } catch (URISyntaxException | NullPointerException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Path checked(Path p, String source) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("firtool not found at " + p + " (from " + source
                    + "); build the rtl module (mvn -pl rtl -am package) or set -Ddintsim.firtool=PATH");
        }
        if (!Files.isExecutable(p)) {
            // Unpacking a jar loses the executable bit.
            try {
                makeExecutable(p);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make " + p + " executable", e);
            }
        }
        return p.toAbsolutePath();
    }

    private static void makeExecutable(Path p) throws IOException {
        Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
        perms.add(PosixFilePermission.OWNER_EXECUTE);
        perms.add(PosixFilePermission.GROUP_EXECUTE);
        perms.add(PosixFilePermission.OTHERS_EXECUTE);
        Files.setPosixFilePermissions(p, perms);
    }
}
