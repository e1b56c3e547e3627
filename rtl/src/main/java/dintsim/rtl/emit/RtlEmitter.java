package dintsim.rtl.emit;

import dintsim.models.mac.MacDesign;
import dintsim.rtl.gen.Emit;
import dintsim.rtl.gen.MacPlan;
import dintsim.rtl.gen.MultiplierArchitecture;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.hw.array.Operand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Emits SystemVerilog for dintsim's Chisel generators (Chisel 7.14.0 + firtool 1.155.0, options
 * in {@link Emit#FirtoolOptions()}), one directory per top with one file per module and
 * {@code filelist.f}. Every design of {@code models} works: the datapath is generated from the
 * formats' code maps (see {@link MacPlan}).
 *
 * <p>Both methods replace the contents of {@code outDir} (created if missing). Elaboration is
 * serialised (Chisel's elaboration is not shared between threads here), and takes about a second.
 */
public final class RtlEmitter {
    private static final Object LOCK = new Object();

    private RtlEmitter() {
    }

    /**
     * One MAC with its accumulator register (top ports: w, a, valid, clear, load, loadValue ->
     * product, stepOverflow, acc, overflowed; see rtl/docs/RTL.md). The adder is in submodule
     * {@code MacUnit}, the product datapath (decode, multiplier, shift path) in its {@code ProductUnit}.
     *
     * @return the top module name and files
     */
    public static EmittedRtl emitMac(MacDesign design, Path outDir) {
        return emitMac(design, MultiplierArchitecture.TOOL, outDir);
    }

    /**
     * The same with a chosen multiplier; the top name carries its label when it is not the
     * tool's ({@code Mac_<tag>_booth4}).
     */
    public static EmittedRtl emitMac(MacDesign design, MultiplierArchitecture multiplier, Path outDir) {
        String top = "Mac_" + designTag(design) + (multiplier == MultiplierArchitecture.TOOL ? "" : "_" + multiplier.label());
        return emit(outDir, top, dir -> Emit.mac(new MacPlan(design, multiplier), top, dir, Firtool.locate().toString()));
    }

    /**
     * An R x C systolic array per TIMING.md (ports in rtl/docs/RTL.md), built from the dataflow's
     * operand roles ({@link ArrayEdges}): {@code StationaryArray_*} of {@code StationaryPe}s when
     * the PEs hold an operand (ws, is), {@code OsArray_*} of {@code OsPe}s otherwise; each PE holds
     * one {@code MacUnit}. The top name carries {@link ArrayConfig#tag()} (so the dataflow label).
     *
     * @return the top module name and files
     */
    public static EmittedRtl emitArray(MacDesign design, ArrayConfig config, Path outDir) {
        ArrayEdges edges = ArrayEdges.of(config.dataflow());
        String top = (edges.stationary() ? "StationaryArray" : "OsArray") + "_" + config.tag() + "_" + designTag(design);
        MacPlan plan = new MacPlan(design);
        Generator gen = edges.held()
                .<Generator>map(held -> dir -> Emit.stationaryArray(plan, held == Operand.WEIGHT, config.rows(), config.cols(),
                        config.doubleBuffered(), config.probes(), top, dir, Firtool.locate().toString()))
                .orElse(dir -> Emit.outputStationaryArray(plan, config.rows(), config.cols(), config.doubleBuffered(),
                        config.probes(), top, dir, Firtool.locate().toString()));
        return emit(outDir, top, gen);
    }

    /** Convenience: double-buffered, without probe ports (what synthesis wants). */
    public static EmittedRtl emitArray(MacDesign design, int rows, int cols, Dataflow dataflow, Path outDir) {
        return emitArray(design, new ArrayConfig(rows, cols, dataflow, true, false), outDir);
    }

    /** Convenience: double-buffered ({@code overlap}) or no-overlap PEs, without probe ports. */
    public static EmittedRtl emitArray(MacDesign design, int rows, int cols, Dataflow dataflow, boolean overlap, Path outDir) {
        return emitArray(design, new ArrayConfig(rows, cols, dataflow, overlap, false), outDir);
    }

    /**
     * A Verilog-safe tag naming a design and its accumulator, e.g.
     * {@code dint4_s_0_25_xint8_a20f2e} (width 20, 2 fraction bits, error policy).
     */
    public static String designTag(MacDesign design) {
        String name = design.name().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", "");
        var acc = design.accumulator();
        return name + "_a" + acc.width() + "f" + acc.fractionBits() + acc.overflow().label().substring(0, 1);
    }

    private interface Generator {
        void run(String dir);
    }

    private static EmittedRtl emit(Path outDir, String top, Generator gen) {
        Path dir = outDir.toAbsolutePath();
        try {
            if (Files.isDirectory(dir)) {
                try (var old = Files.list(dir)) {
                    for (Path p : old.toList()) {
                        if (Files.isRegularFile(p)) {
                            Files.delete(p);
                        }
                    }
                }
            }
            Files.createDirectories(dir);
            synchronized (LOCK) {
                gen.run(dir.toString());
            }
            return new EmittedRtl(top, dir, fileList(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("emitting " + top + " into " + dir, e);
        }
    }

    private static List<Path> fileList(Path dir) throws IOException {
        Path list = dir.resolve("filelist.f");
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(list)) {
            for (String line : Files.readAllLines(list)) {
                if (!line.isBlank()) {
                    Path p = dir.resolve(line.trim());
                    files.add(p.toAbsolutePath().normalize());
                }
            }
        }
        if (files.isEmpty()) {
            try (var s = Files.list(dir)) {
                s.filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.s?v")).sorted().forEach(files::add);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("firtool wrote no Verilog into " + dir);
        }
        return files;
    }
}
