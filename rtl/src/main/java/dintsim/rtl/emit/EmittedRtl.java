package dintsim.rtl.emit;

import java.nio.file.Path;
import java.util.List;

/**
 * SystemVerilog written by {@link RtlEmitter}.
 *
 * @param topModule the top module's name
 * @param directory the directory holding the files and {@code filelist.f}
 * @param files     the .sv/.v files in filelist order (absolute paths)
 */
public record EmittedRtl(String topModule, Path directory, List<Path> files) {
    public EmittedRtl {
        files = List.copyOf(files);
    }
}
