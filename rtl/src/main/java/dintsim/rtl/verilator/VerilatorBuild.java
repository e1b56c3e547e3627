package dintsim.rtl.verilator;

import dintsim.rtl.emit.EmittedRtl;
import dintsim.rtl.synth.RequiredTool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Builds a Verilator simulation of emitted RTL plus one of the C++ testbenches in
 * rtl/src/main/cpp, cached by a SHA-256 of the Verilog, the testbench sources, the defines,
 * the flags and the Verilator version: a rerun on the same inputs reuses the binary. The
 * cache lives in {@code -Ddintsim.verilator.cache=DIR}, else {@code ~/.cache/dintsim/verilator}.
 */
public final class VerilatorBuild {
    /**
     * Flags from the toolchain notes (Verilator 5.006). {@code -O3} only optimises Verilator's own
     * code generation; the C++ compile is set through make: verilated.mk defaults OPT_FAST and
     * OPT_GLOBAL to -Os and appends them after -CFLAGS, so a -CFLAGS -O would be overridden.
     */
    public static final List<String> FLAGS = List.of("--cc", "--exe", "--build", "-j", "2", "-O3",
            "--x-assign", "fast", "--x-initial", "fast", "-Wall", "-Wno-DECLFILENAME", "-Wno-UNUSEDSIGNAL",
            "-Wno-PINCONNECTEMPTY", "-MAKEFLAGS", "OPT_FAST=-O3", "-MAKEFLAGS", "OPT_SLOW=-O1",
            "-MAKEFLAGS", "OPT_GLOBAL=-O2");
    /** Testbench sources shipped as resources. */
    private static final List<String> COMMON = List.of("tb_common.h");
    private static final String EXE = "sim";

    private VerilatorBuild() {
    }

    /**
     * Returns the path of an executable simulating {@code rtl} with {@code testbench} (e.g.
     * {@code mac_tb.cpp}), built now or taken from the cache.
     *
     * @param defines preprocessor defines for the testbench (e.g. TB_STATIONARY=1)
     */
    public static Path build(EmittedRtl rtl, String testbench, Map<String, String> defines) {
        Map<String, String> sortedDefines = new TreeMap<>(defines);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, version());
            update(sha, String.join(" ", FLAGS));
            update(sha, rtl.topModule());
            update(sha, sortedDefines.toString());
            for (Path f : rtl.files()) {
                update(sha, f.getFileName().toString());
                sha.update(Files.readAllBytes(f));
            }
            for (String name : sources(testbench)) {
                update(sha, name);
                sha.update(resource(name));
            }
            String key = HexFormat.of().formatHex(sha.digest()).substring(0, 24);
            Path dir = cacheRoot().resolve(rtl.topModule() + "-" + key);
            Path exe = dir.resolve("obj").resolve(EXE);
            if (Files.isExecutable(exe)) {
                return exe;
            }
            return compile(rtl, testbench, sortedDefines, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("building Verilator model of " + rtl.topModule(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path cacheRoot() {
        String prop = System.getProperty("dintsim.verilator.cache");
        return prop != null && !prop.isBlank() ? Path.of(prop)
                : Path.of(System.getProperty("user.home"), ".cache", "dintsim", "verilator");
    }

    private static Path compile(EmittedRtl rtl, String testbench, Map<String, String> defines, Path dir) throws IOException {
        Files.createDirectories(dir.getParent());
        Path tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".tmp");
        Path src = Files.createDirectories(tmp.resolve("src"));
        List<String> cmd = new ArrayList<>();
        cmd.add(verilator());
        cmd.addAll(FLAGS);
        cmd.addAll(List.of("--top-module", rtl.topModule(), "--prefix", "Vtop", "-Mdir", tmp.resolve("obj").toString(),
                "-o", EXE));
        StringBuilder cflags = new StringBuilder("-I" + src);
        defines.forEach((k, v) -> cflags.append(" -D").append(k).append('=').append(v));
        cmd.addAll(List.of("-CFLAGS", cflags.toString()));
        for (Path f : rtl.files()) {
            Path copy = src.resolve(f.getFileName());
            Files.copy(f, copy, StandardCopyOption.REPLACE_EXISTING);
            cmd.add(copy.toString());
        }
        for (String name : sources(testbench)) {
            Files.write(src.resolve(name), resource(name));
        }
        cmd.add(src.resolve(testbench).toString());
        Path log = tmp.resolve("build.log");
        Process p = RequiredTool.startSupervised(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()));
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                RequiredTool.destroyTree(p);
                throw new IllegalStateException("verilator build of " + rtl.topModule() + " timed out; log: " + log);
            }
        } catch (InterruptedException e) {
            RequiredTool.destroyTree(p);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building " + rtl.topModule(), e);
        }
        if (p.exitValue() != 0) {
            String text = Files.readString(log);
            throw new IllegalStateException("verilator build of " + rtl.topModule() + " failed (exit " + p.exitValue()
                    + "), log " + log + ":\n" + text.substring(Math.max(0, text.length() - 4000)));
        }
        try {
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | java.nio.file.FileAlreadyExistsException e) {
            // Another process built the same key first: use theirs.
        } catch (IOException e) {
            if (!Files.isExecutable(dir.resolve("obj").resolve(EXE))) {
                throw e;
            }
        }
        Path exe = dir.resolve("obj").resolve(EXE);
        if (!Files.isExecutable(exe)) {
            throw new IllegalStateException("verilator build of " + rtl.topModule() + " left no executable at " + exe);
        }
        return exe;
    }

    private static List<String> sources(String testbench) {
        List<String> all = new ArrayList<>(COMMON);
        all.add(testbench);
        return all;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = VerilatorBuild.class.getResourceAsStream("/dintsim/rtl/cpp/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("testbench source '" + name + "' is not among the rtl module's resources");
            }
            return in.readAllBytes();
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** The verilator executable: -Ddintsim.verilator=PATH, else verilator on the PATH. */
    public static String verilator() {
        String prop = System.getProperty("dintsim.verilator");
        return prop != null && !prop.isBlank() ? prop : "verilator";
    }

    private static volatile String version;

    /** {@code verilator --version}, or an error saying Verilator is missing. */
    public static String version() {
        if (version == null) {
            try {
                Process p = new ProcessBuilder(verilator(), "--version").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("'" + verilator() + " --version' failed: " + out);
                }
                version = out;
            } catch (IOException e) {
                throw new IllegalStateException("Verilator is not installed or not on the PATH ('" + verilator()
                        + "'): " + e.getMessage() + " (install the 'verilator' package or set -Ddintsim.verilator=PATH)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return version;
    }
}
