package dintsim.traces.quantize;

import dintsim.models.quant.FloatMatrix;
import dintsim.traces.tensor.FloatTensor;
import dintsim.traces.tensor.NpyReader;
import dintsim.traces.tensor.SafetensorsFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A user's layer from tensor files: weights N x K (.npy, or .safetensors with a tensor name) and
 * activations M x K (.npy or .safetensors), optionally separate calibration activations (by
 * default the activations calibrate themselves).
 */
public final class TensorFileSource implements LayerSource {
    private final Path weightsFile;
    private final String weightsTensor;
    private final Path activationsFile;
    private final String activationsTensor;
    private final Path calibrationFile;

    public TensorFileSource(Path weightsFile, String weightsTensor, Path activationsFile, String activationsTensor,
                            Path calibrationFile) {
        if (weightsFile == null || activationsFile == null) {
            throw new IllegalArgumentException("a user layer needs both --weights FILE and --activations FILE");
        }
        this.weightsFile = weightsFile;
        this.weightsTensor = weightsTensor;
        this.activationsFile = activationsFile;
        this.activationsTensor = activationsTensor;
        this.calibrationFile = calibrationFile;
    }

    @Override
    public String model() {
        return stem(weightsFile);
    }

    @Override
    public String description() {
        return "weights " + weightsFile + ", activations " + activationsFile
                + (calibrationFile == null ? " (also the calibration set)" : ", calibration " + calibrationFile);
    }

    @Override
    public List<LayerInput> layers() {
        FloatMatrix w = matrix(weightsFile, weightsTensor, "weights (N x K)");
        FloatMatrix x = matrix(activationsFile, activationsTensor, "activations (M x K)");
        FloatMatrix cal = calibrationFile == null ? x : matrix(calibrationFile, activationsTensor, "calibration activations (M x K)");
        if (w.cols() != x.cols() || w.cols() != cal.cols()) {
            throw new IllegalArgumentException(weightsFile + ": weights are " + w.rows() + " x " + w.cols() + " (N x K) but "
                    + activationsFile + " holds " + x.rows() + " x " + x.cols() + " activations (M x K)"
                    + (calibrationFile == null ? "" : " and " + calibrationFile + " " + cal.rows() + " x " + cal.cols())
                    + ": K must agree");
        }
        return List.of(new LayerInput(model(), w, null, cal, x));
    }

    /** Reads a rank-2 tensor; a rank-3 activation tensor (batch x tokens x K) is flattened to rows. */
    static FloatMatrix matrix(Path file, String tensor, String role) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        FloatTensor t;
        if (name.endsWith(".npy")) {
            t = NpyReader.read(file);
        } else if (name.endsWith(".safetensors")) {
            SafetensorsFile sf = SafetensorsFile.open(file);
            String chosen = tensor;
            if (chosen == null) {
                if (sf.names().size() != 1) {
                    throw new IllegalArgumentException(file + ": holds " + sf.names().size() + " tensors " + sf.names()
                            + "; name the " + role + " with --weights-tensor/--activations-tensor");
                }
                chosen = sf.names().get(0);
            }
            t = sf.read(chosen);
        } else {
            throw new IllegalArgumentException(file + ": unknown tensor file type (expected .npy or .safetensors)");
        }
        int[] shape = t.shape();
        if (shape.length < 2 || shape.length > 3 || (shape.length == 3 && !role.contains("activations"))) {
            throw new IllegalArgumentException(file + ": tensor '" + t.name() + "' has shape " + Arrays.toString(shape)
                    + "; the " + role + " must be a 2-D matrix" + (role.contains("activations") ? " (or batch x tokens x K)" : ""));
        }
        int cols = shape[shape.length - 1];
        int rows = t.data().length / Math.max(1, cols);
        if (rows == 0 || cols == 0) {
            throw new IllegalArgumentException(file + ": tensor '" + t.name() + "' of shape " + Arrays.toString(shape)
                    + " is empty" + (role.contains("calibration") ? " (empty calibration set)" : ""));
        }
        try {
            return FloatMatrix.of(file.getFileName() + ":" + t.name(), rows, cols, t.data());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
