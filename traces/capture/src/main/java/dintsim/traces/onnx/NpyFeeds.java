package dintsim.traces.onnx;

import dintsim.traces.tensor.FloatTensor;
import dintsim.traces.tensor.NpyReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Model inputs from .npy files given as {@code NAME=FILE.npy}: one run with those tensors. */
public final class NpyFeeds {
    private NpyFeeds() {
    }

    /** @param specs {@code NAME=FILE.npy}, one per model input */
    public static ModelFeed parse(List<String> specs) {
        Map<String, InputTensor> inputs = new LinkedHashMap<>();
        StringBuilder label = new StringBuilder();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw new IllegalArgumentException("--input '" + spec + "': expected NAME=FILE.npy (a model input name and a .npy file)");
            }
            String name = spec.substring(0, eq);
            Path file = Path.of(spec.substring(eq + 1));
            FloatTensor t = NpyReader.read(file);
            long[] shape = new long[t.rank()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = t.dim(i);
            }
            if (inputs.put(name, new InputTensor(shape, t.data())) != null) {
                throw new IllegalArgumentException("--input " + name + " is given twice");
            }
            label.append(label.length() == 0 ? "" : ", ").append(file.getFileName());
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("--input: no NAME=FILE.npy given");
        }
        return new ModelFeed(label.toString(), inputs);
    }
}
