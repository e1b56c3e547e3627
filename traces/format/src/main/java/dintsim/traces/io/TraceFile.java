package dintsim.traces.io;

import dintsim.traces.LayerTrace;
import java.nio.file.Path;
import java.util.List;

/**
 * A trace as read from disk, with what the file said about itself (for {@code trace inspect}).
 *
 * @param file      the file read
 * @param sizeBytes its size
 * @param version   format version
 * @param trace     the layer
 * @param sections  the sections in file order, every checksum verified
 */
public record TraceFile(Path file, long sizeBytes, int version, LayerTrace trace, List<SectionInfo> sections) {
}
