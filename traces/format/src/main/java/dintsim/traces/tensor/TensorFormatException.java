package dintsim.traces.tensor;

import java.nio.file.Path;

/** A tensor file that cannot be read; the message names the file, the place in it and the reason. */
public class TensorFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public TensorFormatException(String message) {
        super(message);
    }

    /** "FILE: byte OFFSET (FIELD): REASON". */
    public static TensorFormatException at(Path file, long offset, String field, String reason) {
        return new TensorFormatException(file + ": byte " + offset + " (" + field + "): " + reason);
    }
}
