package dintsim.rtl.power;

/**
 * A port of a gate-level netlist's top module.
 *
 * @param name  port name
 * @param input true for inputs
 * @param width bits (1..64 supported by the testbench)
 */
public record NetlistPort(String name, boolean input, int width) {
}
