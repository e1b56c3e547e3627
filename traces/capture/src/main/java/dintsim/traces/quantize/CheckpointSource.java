package dintsim.traces.quantize;

import dintsim.models.quant.FloatMatrix;
import dintsim.models.quant.SyntheticLayer;
import dintsim.traces.checkpoint.HfCheckpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The linear layers of a Hugging Face LLM checkpoint with the user's activations where given
 * ({@code <layer>.npy}, M x K, in an activations directory; they also calibrate) and otherwise
 * seeded synthetic LLM-like activations (log-normal channel scales with outlier channels,
 * {@link SyntheticLayer}; independent draws for calibration and evaluation). Checkpoints carry no
 * activations, and an exported ONNX LLM goes through the generic ONNX path instead.
 */
public final class CheckpointSource implements LayerSource {
    private final HfCheckpoint checkpoint;
    private final Path activationsDir;
    private final int tokens;
    private final long seed;
    private final Pattern filter;
    private int userLayers = -1;
    private int selected;

    /**
     * @param activationsDir directory of {@code <layer name>.npy} files, or null for synthetic activations only
     * @param tokens         rows of synthetic activations per layer
     * @param filter         layers whose name matches (find), or null for all
     */
    public CheckpointSource(HfCheckpoint checkpoint, Path activationsDir, int tokens, long seed, Pattern filter) {
        if (tokens < 1) {
            throw new IllegalArgumentException("--tokens " + tokens + " must be >= 1");
        }
        if (activationsDir != null && !Files.isDirectory(activationsDir)) {
            throw new IllegalArgumentException(activationsDir + ": not a directory of <layer>.npy activation files");
        }
        this.checkpoint = checkpoint;
        this.activationsDir = activationsDir;
        this.tokens = tokens;
        this.seed = seed;
        this.filter = filter;
    }

    /** The checkpoint's layers that the filter selects; none -> error naming the filter. */
    public static List<HfCheckpoint.Linear> select(HfCheckpoint checkpoint, Pattern filter) {
        List<HfCheckpoint.Linear> out = checkpoint.linears().stream()
                .filter(l -> filter == null || filter.matcher(l.name()).find()).toList();
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--layer-filter '" + filter + "' matches none of the " + checkpoint.linears().size()
                    + " linear layers of " + checkpoint.directory() + " (e.g. " + checkpoint.linears().get(0).name() + ")");
        }
        return out;
    }

    @Override
    public String model() {
        return checkpoint.directory().toAbsolutePath().normalize().getFileName().toString();
    }

    @Override
    public String description() {
        layers();
        return String.format(Locale.ROOT, "%s (%s, hidden %d): %d of %d linear layers; activations: %d from %s, %d synthetic "
                        + "(%d tokens, seed %d)", checkpoint.directory(), checkpoint.modelType(), checkpoint.hiddenSize(), selected,
                checkpoint.linears().size(), userLayers, activationsDir == null ? "no directory" : activationsDir,
                selected - userLayers, tokens, seed);
    }

    @Override
    public synchronized List<LayerInput> layers() {
        List<LayerInput> out = new ArrayList<>();
        int user = 0;
        List<HfCheckpoint.Linear> chosen = select(checkpoint, filter);
        for (int i = 0; i < chosen.size(); i++) {
            HfCheckpoint.Linear l = chosen.get(i);
            FloatMatrix w = checkpoint.weights(l);
            Path file = activationsDir == null ? null : activationsDir.resolve(l.name() + ".npy");
            FloatMatrix cal;
            FloatMatrix ev;
            if (file != null && Files.isRegularFile(file)) {
                ev = TensorFileSource.matrix(file, null, "activations (M x K)");
                cal = ev;
                user++;
            } else {
                // Seeded by the layer's place in the whole checkpoint, so a filter does not change its activations.
                SyntheticLayer s = new SyntheticLayer(tokens, l.k(), l.n(), seed + checkpoint.linears().indexOf(l), false, 0);
                cal = s.activations(l.name() + ".input(calibration)", tokens, 0);
                ev = s.activations(l.name() + ".input(evaluation)", tokens, 1);
            }
            if (ev.cols() != l.k()) {
                throw new IllegalArgumentException(file + ": activations have K = " + ev.cols() + " but layer " + l.name()
                        + " has K = " + l.k());
            }
            out.add(new LayerInput(l.name(), w, checkpoint.bias(l), cal, ev));
        }
        userLayers = user;
        selected = chosen.size();
        return out;
    }
}
