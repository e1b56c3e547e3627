package dintsim.rtl.power;

import java.util.Map;

/**
 * One library-cell instance of a flat netlist.
 *
 * @param type      library cell name
 * @param name      instance name as written by Yosys
 * @param outputNet the Verilog expression connected to the cell's output pin
 * @param inputNets input pin -> the Verilog expression connected to it, in the cell's pin order
 */
public record CellInstance(String type, String name, String outputNet, Map<String, String> inputNets) {
    public CellInstance {
        inputNets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputNets));
    }
}
