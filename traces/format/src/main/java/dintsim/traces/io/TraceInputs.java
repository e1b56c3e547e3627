package dintsim.traces.io;

import dintsim.traces.LayerTrace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The traces a command line names: trace files, trace-set manifests (*.json) or directories
 * holding a manifest. Each layer is loaded only when replayed, so a large set never sits in
 * memory at once.
 */
final class TraceInputs {
    /** One layer to replay: its name, MACs (for progress) and a loader. */
    record Layer(String name, long macs, Supplier<LayerTrace> loader) {
    }

    private TraceInputs() {
    }

    static List<Layer> resolve(List<Path> paths) {
        List<Layer> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException(p + ": no such trace file, manifest or directory");
            }
            if (Files.isDirectory(p) || p.getFileName().toString().endsWith(".json")) {
                TraceSet set = TraceSet.read(p);
                for (TraceSet.Entry e : set.entries()) {
                    out.add(new Layer(e.layer(), (long) e.m() * e.k() * e.n(), () -> set.load(e)));
                }
            } else {
                LayerTrace t = TraceReader.read(p);
                out.add(new Layer(t.layer(), (long) t.m() * t.k() * t.n(), () -> t));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no traces given (pass trace files, a manifest or a directory)");
        }
        return out;
    }
}
