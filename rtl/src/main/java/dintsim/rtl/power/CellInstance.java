package dintsim.rtl.power;

/**
 * One library-cell instance of a flat netlist.
 *
 * @param type     library cell name
 * @param name     instance name as written by Yosys
 * @param outputNet the Verilog expression connected to the cell's output pin
 */
public record CellInstance(String type, String name, String outputNet) {
}
