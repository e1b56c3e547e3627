package dintsim.traces.onnx;

import dintsim.traces.capture.OnnxGraph;
import dintsim.traces.capture.OnnxReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An ONNX model's bytes and parsed graph.
 *
 * @param name   model name for manifests and reports
 * @param source where the bytes came from (file or class-path resource), for messages
 * @param bytes  the ModelProto
 * @param graph  its nodes and FP32 initializers
 */
public record OnnxModel(String name, String source, byte[] bytes, OnnxGraph graph) {

    public static OnnxModel of(String name, String source, byte[] bytes) {
        return new OnnxModel(name, source, bytes, OnnxReader.read(source, bytes));
    }

    /** A user's .onnx file, named after the file. */
    public static OnnxModel fromFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such ONNX model file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read ONNX model: " + e.getMessage(), e);
        }
        String stem = file.getFileName().toString().replaceFirst("\\.onnx$", "");
        return of(stem, file.toString(), bytes);
    }

    /** A model shipped in a jar on the class path. */
    public static OnnxModel fromResource(String name, String resource, String missingHint) {
        try (InputStream in = OnnxModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is not on the class path: " + missingHint);
            }
            return of(name, resource, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
