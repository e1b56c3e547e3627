package dintsim.rtl.synth;

import java.nio.file.Path;
import java.util.List;

/**
 * Verilog of one MAC top: what synthesis reads.
 *
 * @param top   top module name
 * @param files Verilog/SystemVerilog files
 */
public record MacRtl(String top, List<Path> files) {
    public MacRtl {
        files = List.copyOf(files);
    }
}
