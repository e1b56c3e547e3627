package dintsim.rtl.synth;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** An external program a stage needs, found on PATH, with the Debian package that provides it. */
public record RequiredTool(String command, String debianPackage, String neededFor) {
    public static final RequiredTool VERILATOR = new RequiredTool("verilator", "verilator", "RTL co-simulation");
    public static final RequiredTool YOSYS = new RequiredTool("yosys", "yosys", "synthesis (area and energy)");
    public static final RequiredTool GXX = new RequiredTool("g++", "g++", "building Verilator models");
    public static final RequiredTool MAKE = new RequiredTool("make", "make", "building Verilator models");

    /** The program's path, or null when it is not on PATH. */
    public Path find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            Path p = Path.of(d.isEmpty() ? "." : d, command);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Throws a {@link MissingToolException} saying what to install when the program is absent. */
    public void require() {
        if (find() == null) {
            throw new MissingToolException(this);
        }
    }
}
