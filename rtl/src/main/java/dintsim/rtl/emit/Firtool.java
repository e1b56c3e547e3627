package dintsim.rtl.emit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Finds the firtool binary the rtl module's build unpacked (maven-dependency-plugin, phase
 * generate-resources, from org.chipsalliance:llvm-firtool:linux-x64): system property
 * {@code dintsim.firtool}, else environment {@code DINTSIM_FIRTOOL}, else
 * {@code target/firtool/...} beside the rtl classes. Never downloads anything.
 */
public final class Firtool {
    static final String RELATIVE = "firtool/org.chipsalliance/llvm-firtool/linux-x64/bin/firtool";

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
        try {
            Path classes = Path.of(Firtool.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/classes or target/dintsim-rtl-*.jar: both sit in target/.
            Path target = classes.getParent();
            return checked(target.resolve(RELATIVE), "the rtl module's build directory");
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot find firtool: set -Ddintsim.firtool=PATH or DINTSIM_FIRTOOL", e);
        }
    }

    private static Path checked(Path p, String source) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("firtool not found at " + p + " (from " + source
                    + "); build the rtl module (mvn -pl rtl -am package) or set -Ddintsim.firtool=PATH");
        }
        if (!Files.isExecutable(p)) {
            // The unpack step loses the executable bit.
            try {
                Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
                perms.add(PosixFilePermission.OWNER_EXECUTE);
                perms.add(PosixFilePermission.GROUP_EXECUTE);
                perms.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(p, perms);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make " + p + " executable", e);
            }
        }
        return p.toAbsolutePath();
    }
}
