package dintsim.rtl.verilator;

import dintsim.models.mac.MacDesign;
import dintsim.rtl.emit.EmittedRtl;
import dintsim.rtl.emit.RtlEmitter;
import dintsim.rtl.gen.MacPlan;
import dintsim.rtl.gen.MultiplierArchitecture;
import dintsim.rtl.synth.RequiredTool;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Differential test of one MAC design: the Java model writes vectors and expected results
 * ({@link MacVectorStream}) straight into the Verilated MAC's testbench (mac_tb.cpp), which
 * compares every product, accumulator value and overflow flag.
 */
public final class MacDifferential {
    private MacDifferential() {
    }

    /**
     * Emits, builds (cached) and runs the MAC of {@code design} on the edge cases plus
     * {@code randomVectors} random vectors from {@code seed}.
     *
     * @param workDir  where the Verilog and the activity file go
     * @param activity write {@code workDir/activity.tsv}
     */
    public static MacCheck run(MacDesign design, long randomVectors, long seed, Path workDir, boolean activity) {
        return run(design, MultiplierArchitecture.TOOL, randomVectors, seed, workDir, activity);
    }

    /** The same with the MAC built around the given multiplier architecture. */
    public static MacCheck run(MacDesign design, MultiplierArchitecture multiplier, long randomVectors, long seed, Path workDir,
                               boolean activity) {
        return run(design, design, multiplier, randomVectors, seed, workDir, activity);
    }

    /** The RTL of {@code rtlDesign} against the model of {@code design} (tests prove mismatches are caught). */
    static MacCheck run(MacDesign rtlDesign, MacDesign design, long randomVectors, long seed, Path workDir, boolean activity) {
        return run(rtlDesign, design, MultiplierArchitecture.TOOL, randomVectors, seed, workDir, activity);
    }

    private static MacCheck run(MacDesign rtlDesign, MacDesign design, MultiplierArchitecture multiplier, long randomVectors,
                                long seed, Path workDir, boolean activity) {
        EmittedRtl rtl = RtlEmitter.emitMac(rtlDesign, multiplier, workDir.resolve("rtl"));
        Path exe = VerilatorBuild.build(rtl, "mac_tb.cpp", Map.of());
        Path act = activity ? workDir.resolve("activity.tsv") : null;
        Path err = workDir.resolve("mac_tb.stderr");
        try {
            Process p = RequiredTool.startSupervised(new ProcessBuilder(exe.toString(), rtl.topModule(),
                    act == null ? "-" : act.toString()).redirectError(err.toFile()));
            int productWidth = new MacPlan(design).productWidth();
            try (OutputStream sink = new BufferedOutputStream(p.getOutputStream(), 1 << 16)) {
                new MacVectorStream(design, productWidth, sink).writeAll(randomVectors, seed);
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException("MAC testbench of " + rtl.topModule() + " failed (exit " + code + "): "
                        + Files.readString(err) + out);
            }
            Map<String, String> summary = Summary.parse(out);
            return new MacCheck(rtl.topModule(), Long.parseLong(summary.get("vectors")),
                    Long.parseLong(summary.get("mismatches")), summary.getOrDefault("first", ""), act);
        } catch (IOException e) {
            throw new UncheckedIOException("running the MAC testbench of " + rtl.topModule(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
