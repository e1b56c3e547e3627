package dintsim.rtl.synth;

import java.util.List;

/**
 * One cell of the Liberty library as dintsim uses it.
 *
 * @param name           cell name, e.g. {@code NAND2}
 * @param areaUm2        area in um^2
 * @param transistors    static-CMOS transistor count
 * @param toggleEnergyFj energy per output transition, fJ
 * @param clockEnergyFj  energy per clock cycle in the clock pin, fJ (0 for combinational cells)
 * @param inputs         input pins in declaration order (the clock pin included for flip-flops)
 * @param output         the output pin
 * @param function       the output's Liberty function ({@code "!(A&B)"}), or for a flip-flop its
 *                       {@code next_state}
 * @param clock          the clock pin of a flip-flop, or null
 */
public record LibraryCell(String name, double areaUm2, int transistors, double toggleEnergyFj, double clockEnergyFj,
                          List<String> inputs, String output, String function, String clock) {
    public LibraryCell {
        inputs = List.copyOf(inputs);
    }

    public boolean sequential() {
        return clock != null;
    }
}
