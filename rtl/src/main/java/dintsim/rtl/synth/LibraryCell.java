package dintsim.rtl.synth;

import java.util.List;
import java.util.Map;

/**
 * One cell of the Liberty library as dintsim uses it.
 *
 * @param name          cell name, e.g. {@code NAND2X1}
 * @param areaUm2       area in um^2
 * @param transistors   transistor count (0 when the library does not say)
 * @param inputs        input pins in declaration order (the clock pin included for flip-flops)
 * @param inputPf       input pin -> capacitance, pF
 * @param output        the output pin
 * @param function      the output's Liberty function ({@code "!(A&B)"}), or for a flip-flop its
 *                      {@code next_state}
 * @param clock         the clock pin of a flip-flop, or null
 * @param power         energy per output transition, per input-pin transition and per clock cycle
 */
public record LibraryCell(String name, double areaUm2, int transistors, List<String> inputs, Map<String, Double> inputPf,
                          String output, String function, String clock, CellPower power) {
    public LibraryCell {
        inputs = List.copyOf(inputs);
        inputPf = Map.copyOf(inputPf);
    }

    public boolean sequential() {
        return clock != null;
    }

    /** Capacitance of an input pin, pF (0 for an unknown pin). */
    public double pinPf(String pin) {
        return inputPf.getOrDefault(pin, 0.0);
    }
}
