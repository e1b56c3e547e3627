package dintsim.rtl.verilator;

import dintsim.models.golden.CodeMatrix;
import dintsim.models.mac.MacDesign;
import dintsim.rtl.emit.ArrayConfig;
import dintsim.rtl.emit.ArrayEdges;
import dintsim.rtl.emit.EmittedRtl;
import dintsim.rtl.emit.RtlEmitter;
import dintsim.rtl.gen.MacPlan;
import dintsim.rtl.synth.RequiredTool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Verilated systolic array ready to replay GEMMs: emitted once, built once (cached on disk by
 * {@link VerilatorBuild}), then run on any number of operand matrices through array_tb.cpp.
 */
public final class ArrayRtl {
    private static final Map<String, ArrayRtl> CACHE = new ConcurrentHashMap<>();

    private final MacDesign design;
    private final MacPlan plan;
    private final ArrayConfig config;
    private final EmittedRtl rtl;
    private final Path exe;

    private ArrayRtl(MacDesign design, ArrayConfig config, Path workDir) {
        this.design = design;
        this.plan = new MacPlan(design);
        this.config = config;
        this.rtl = RtlEmitter.emitArray(design, config, workDir.resolve("rtl-" + config.tag() + "-" + RtlEmitter.designTag(design)));
        Map<String, String> defines = new TreeMap<>();
        defines.put("TB_STATIONARY", ArrayEdges.of(config.dataflow()).stationary() ? "1" : "0");
        defines.put("TB_PROBES", config.probes() ? "1" : "0");
        defines.put("TB_ROWS", Integer.toString(config.rows()));
        defines.put("TB_COLS", Integer.toString(config.cols()));
        this.exe = VerilatorBuild.build(rtl, "array_tb.cpp", defines);
    }

    /** The array for this design and configuration, emitted and built at most once per JVM. */
    public static ArrayRtl of(MacDesign design, ArrayConfig config, Path workDir) {
        String key = RtlEmitter.designTag(design) + "/" + config.tag() + "/" + workDir.toAbsolutePath();
        return CACHE.computeIfAbsent(key, k -> new ArrayRtl(design, config, workDir));
    }

    public EmittedRtl rtl() {
        return rtl;
    }

    public ArrayConfig config() {
        return config;
    }

    public MacDesign design() {
        return design;
    }

    /**
     * Replays O = A x W^T (A: M x K activation codes, W: N x K weight codes) on the RTL.
     *
     * @param activity where to write the activity file (needs {@code config.probes()}), or null
     */
    public ArrayResult run(CodeMatrix activations, CodeMatrix weights, Path workDir, Path activity) {
        if (activity != null && !config.probes()) {
            throw new IllegalArgumentException("activity file " + activity + " needs an array emitted with probes");
        }
        try {
            Files.createDirectories(workDir);
            Path stim = Files.createTempFile(workDir, "stimulus", ".bin");
            Path res = Files.createTempFile(workDir, "result", ".bin");
            Path err = Files.createTempFile(workDir, "array_tb", ".stderr");
            ArrayStimulus.write(stim, plan, config, activations, weights);
            Process p = RequiredTool.startSupervised(new ProcessBuilder(exe.toString(), rtl.topModule(), stim.toString(),
                    res.toString(), activity == null ? "-" : activity.toString()).redirectError(err.toFile()));
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            if (code != 0) {
                throw new IllegalStateException("array testbench of " + rtl.topModule() + " failed (exit " + code + "): "
                        + Files.readString(err).trim());
            }
            Map<String, String> summary = Summary.parse(out);
            ArrayResult result = ArrayResult.read(res, (long) activations.rows() * weights.rows(),
                    Double.parseDouble(summary.get("seconds")), Long.parseLong(summary.get("simulated_cycles")));
            Files.deleteIfExists(stim);
            Files.deleteIfExists(res);
            Files.deleteIfExists(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("replaying on " + rtl.topModule(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
