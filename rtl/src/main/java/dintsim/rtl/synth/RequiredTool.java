package dintsim.rtl.synth;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An external program dintsim needs, with the Debian package that provides it: the one place
 * that finds programs on the PATH, says what to install, and runs them with a timeout. The
 * launcher asks {@link #main} which packages are missing, so it installs what this class names.
 *
 * @param command       program name (looked up on the PATH) or path
 * @param debianPackage the package that provides it, named in "not found" errors
 * @param neededFor     what dintsim uses it for, named in "not found" errors
 */
public record RequiredTool(String command, String debianPackage, String neededFor, boolean program) {
    /** A program. */
    public RequiredTool(String command, String debianPackage, String neededFor) {
        this(command, debianPackage, neededFor, true);
    }

    /**
     * Runs the tool in its own process group and kills that group when this JVM dies, even by
     * SIGKILL (no shutdown hook runs then): make, g++ and simulators never outlive dintsim.
     * Arguments: the JVM's pid, then the command line.
     */
    private static final List<String> WATCHDOG = List.of("/bin/sh", "-c",
            // setsid: the tool leads a new process group; stdin passed through explicitly (an
            // asynchronous command would get /dev/null); a watcher kills the group once the JVM is gone.
            "jvm=$1; shift; exec 3<&0; setsid \"$@\" <&3 3<&- & c=$!; exec 3<&-; "
                    + "( while kill -0 \"$jvm\" 2>/dev/null; do sleep 1; done; kill -TERM -\"$c\" 2>/dev/null ) & w=$!; "
                    + "wait \"$c\"; rc=$?; kill \"$w\" 2>/dev/null; exit $rc", "dintsim-watchdog");
    /** Tools running now, stopped with their children when the JVM exits normally or on SIGTERM. */
    private static final java.util.Set<Process> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(RequiredTool::destroyTree), "dintsim-tools"));
    }

    /**
     * Starts {@code builder}'s command under the watchdog (its own process group, killed with this
     * JVM); every external program dintsim runs starts here.
     */
    public static Process startSupervised(ProcessBuilder builder) throws IOException {
        List<String> line = new ArrayList<>(WATCHDOG);
        line.add(Long.toString(ProcessHandle.current().pid()));
        line.addAll(builder.command());
        Process p = builder.command(line).start();
        RUNNING.add(p);
        p.onExit().thenRun(() -> RUNNING.remove(p));
        return p;
    }

    /** Kills a started tool and everything it started. */
    public static void destroyTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    public static final RequiredTool VERILATOR = new RequiredTool("verilator", "verilator", "RTL co-simulation");
    public static final RequiredTool YOSYS = new RequiredTool("yosys", "yosys", "synthesis (area and energy)");
    public static final RequiredTool GXX = new RequiredTool("g++", "g++", "building Verilator models");
    public static final RequiredTool MAKE = new RequiredTool("make", "make", "building Verilator models");
    public static final RequiredTool CHROMIUM = new RequiredTool("chromium", "chromium", "the report's rendering test");
    public static final RequiredTool STA = new RequiredTool("sta", "opensta", "static timing (critical path, fmax)");
    public static final RequiredTool IVERILOG = new RequiredTool("iverilog", "iverilog",
            "timed gate-level simulation with SDF delays");
    /** A data file, not a program: the default cell library (its path is the "command"). */
    /** Icarus's run-time, installed with iverilog (so not listed in {@link #ALL} separately). */
    public static final RequiredTool VVP = new RequiredTool("vvp", "iverilog", "the timed gate-level check (Icarus run-time)");
    public static final RequiredTool OSU018_LIBRARY = new RequiredTool(
            "/usr/share/qflow/tech/osu018/osu018_stdcells.lib", "qflow-tech-osu018",
            "the default cell library (OSU 0.18 um Liberty)", false);
    public static final RequiredTool OSU035_LIBRARY = new RequiredTool(
            "/usr/share/qflow/tech/osu035/osu035_stdcells.lib", "qflow-tech-osu035",
            "the OSU 0.35 um cell library (--library osu035)", false);
    public static final RequiredTool OSU050_LIBRARY = new RequiredTool(
            "/usr/share/qflow/tech/osu050/osu05_stdcells.lib", "qflow-tech-osu050",
            "the OSU 0.5 um cell library (--library osu050)", false);

    /** Every tool above, for {@link #main}. */
    public static final List<RequiredTool> ALL = List.of(VERILATOR, YOSYS, GXX, MAKE, CHROMIUM, STA, IVERILOG,
            OSU018_LIBRARY, OSU035_LIBRARY, OSU050_LIBRARY);

    /** This tool, or the program the environment variable names when it is set (e.g. DINTSIM_YOSYS). */
    public RequiredTool overriddenBy(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? this : new RequiredTool(value, debianPackage, neededFor, program);
    }

    /** The same tool's package and purpose for another program, e.g. a binary Verilator built. */
    public RequiredTool at(Path program) {
        return new RequiredTool(program.toString(), debianPackage, neededFor, this.program);
    }

    /** The program's path, or null when it is not on the PATH (or, for a path, not executable; a data file must exist). */
    public Path find() {
        if (command.contains(File.separator)) {
            Path p = Path.of(command);
            return Files.isRegularFile(p) && (!program || Files.isExecutable(p)) ? p : null;
        }
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

    /** Throws a {@link MissingToolException} saying what to install when the program (or file) is absent. */
    public void require() {
        if (find() == null) {
            throw new MissingToolException(this);
        }
    }

    /**
     * Runs {@code command args...} in {@code workDir}; stdout and stderr go to {@code logFile}.
     * Returns the log text. A program that cannot start, a non-zero exit or a timeout throws an
     * {@link ExternalToolException} (with what to install, or the log's tail).
     */
    public String run(List<String> args, Path workDir, Path logFile, Duration timeout) {
        if (find() == null) {
            throw new ExternalToolException("cannot run '" + command + "': not found on the PATH; it is needed for "
                    + neededFor + "; install it with: apt-get install " + debianPackage);
        }
        List<String> line = new ArrayList<>();
        line.add(command);
        line.addAll(args);
        Process process;
        try {
            Files.createDirectories(workDir);
            process = startSupervised(new ProcessBuilder(line).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile()));
        } catch (IOException e) {
            throw new ExternalToolException("cannot run '" + command + "' (" + e.getMessage() + "); it is needed for "
                    + neededFor + "; install it with: apt-get install " + debianPackage);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                destroyTree(process);
                throw new ExternalToolException(command + " timed out after " + timeout.toSeconds() + " s in "
                        + workDir + " (log: " + logFile + ")");
            }
        } catch (InterruptedException e) {
            destroyTree(process);
            Thread.currentThread().interrupt();
            throw new ExternalToolException(command + " was interrupted");
        }
        String log = readLog(logFile);
        if (process.exitValue() != 0) {
            throw new ExternalToolException(command + " failed with exit code " + process.exitValue() + " in "
                    + workDir + " (log: " + logFile + "):\n" + tail(log, 40));
        }
        return log;
    }

    private static String readLog(Path logFile) {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** The last {@code lines} lines of a text. */
    public static String tail(String text, int lines) {
        String[] all = text.split("\n");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", Arrays.copyOfRange(all, from, all.length));
    }

    /**
     * For the launcher: prints the Debian package of each named tool (e.g. {@code verilator g++})
     * that is not found, one a line. An unknown name exits with 2.
     */
    public static void main(String[] args) {
        for (String name : args) {
            RequiredTool tool = ALL.stream().filter(t -> t.command().equals(name) || t.debianPackage().equals(name))
                    .findFirst().orElse(null);
            if (tool == null) {
                System.err.println("RequiredTool: unknown tool '" + name + "' (known: "
                        + String.join(", ", ALL.stream().map(RequiredTool::command).toList()) + ")");
                System.exit(2);
            }
            if (tool.find() == null) {
                System.out.println(tool.debianPackage());
            }
        }
    }
}
