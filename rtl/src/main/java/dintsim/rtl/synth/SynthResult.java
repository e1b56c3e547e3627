package dintsim.rtl.synth;

import java.nio.file.Path;
import java.util.Map;

/**
 * What one synthesis produced.
 *
 * @param top        top module
 * @param area       the area report
 * @param netlist    flat gate-level netlist (Yosys {@code write_verilog -noattr}) over the library cells
 * @param hierarchy  per-module statistics of the hierarchical run
 * @param key        content hash of Verilog, top, script and library: the cache key
 * @param fromCache  true when the figures were read back from the cache
 * @param verilogSha256 {@link RtlHash} of the Verilog files synthesized
 */
public record SynthResult(String top, AreaReport area, Path netlist, Map<String, ModuleStat> hierarchy, String key,
                          boolean fromCache, String verilogSha256) {
    /** {@link RtlHash} of the gate-level netlist. */
    public String netlistSha256() {
        return RtlHash.of(java.util.List.of(netlist));
    }
}
