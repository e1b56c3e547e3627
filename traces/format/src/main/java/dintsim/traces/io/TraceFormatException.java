package dintsim.traces.io;

import java.nio.file.Path;

/**
 * A trace file or manifest that cannot be read: the message names the file, where in it (byte
 * offset and field) and why, so that a user can find the bad byte without a debugger.
 */
public class TraceFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public TraceFormatException(String message) {
        super(message);
    }

    /** "FILE: byte OFFSET (FIELD): REASON". */
    public static TraceFormatException at(Path file, long offset, String field, String reason) {
        return new TraceFormatException(where(file, offset, field) + ": " + reason);
    }

    /** "FILE: byte OFFSET (FIELD)", the prefix of every message. */
    public static String where(Path file, long offset, String field) {
        return file + ": byte " + offset + " (" + field + ")";
    }
}
