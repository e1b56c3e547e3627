package dintsim.traces.io;

import dintsim.traces.LayerTrace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The traces a command line names: trace files, trace-set manifests (*.json) or directories
 * holding a manifest. Each layer of a set is loaded only when asked for, so a large set never
 * sits in memory at once. Every command that takes trace paths resolves them here.
 */
public final class TraceInputs {
    /**
     * One layer to replay: its name, where it comes from, its GEMM shape (known before it is
     * loaded, to check sizes up front) and a loader that reads it when asked.
     */
    public record Layer(String name, Path source, int m, int k, int n, Supplier<LayerTrace> loader) {
        public long macs() {
            return (long) m * k * n;
        }
    }

    private TraceInputs() {
    }

    /** The layers the paths name, in order; no paths or a missing path is a user error. */
    public static List<Layer> resolve(List<Path> paths) {
        List<Layer> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException(p + ": no such trace file, manifest or directory");
            }
            if (isTraceSet(p)) {
                for (Path manifest : manifests(p)) {
                    TraceSet set = TraceSet.read(manifest);
                    for (TraceSet.Entry e : set.entries()) {
                        out.add(new Layer(e.layer(), set.directory().resolve(e.file()), e.m(), e.k(), e.n(), () -> set.load(e)));
                    }
                }
            } else {
                // Read once for its name and shape, then dropped: a list of files never sits in memory at once.
                LayerTrace t = TraceReader.read(p);
                out.add(new Layer(t.layer(), p, t.m(), t.k(), t.n(), () -> TraceReader.read(p)));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no traces given (pass trace files, a manifest or a directory)");
        }
        return out;
    }

    /** Every layer the paths name, loaded now; an empty list when no paths are given. */
    public static List<LayerTrace> loadAll(List<Path> paths) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return resolve(paths).stream().map(l -> l.loader().get()).toList();
    }

    /**
     * The manifests a path names: itself, its directory's manifest, or, for a directory without
     * one (what {@code dintsim quantize --out} writes), the manifests of its subdirectories in
     * name order.
     */
    static List<Path> manifests(Path p) {
        if (!Files.isDirectory(p) || Files.isRegularFile(p.resolve(TraceSet.MANIFEST))) {
            return List.of(p);
        }
        List<Path> sets;
        try (java.util.stream.Stream<Path> children = Files.list(p)) {
            sets = children.filter(c -> Files.isRegularFile(c.resolve(TraceSet.MANIFEST))).sorted().toList();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(p + ": cannot list directory: " + dintsim.models.io.IoErrors.reason(e));
        }
        if (sets.isEmpty()) {
            throw new IllegalArgumentException(p + ": no " + TraceSet.MANIFEST + " here or in its subdirectories "
                    + "(give a trace file, a trace set, or a quantize output directory)");
        }
        return sets;
    }

    /** A directory or a .json file is a trace set (its manifest); anything else a trace file. */
    public static boolean isTraceSet(Path p) {
        return Files.isDirectory(p) || p.getFileName().toString().endsWith(".json");
    }
}
