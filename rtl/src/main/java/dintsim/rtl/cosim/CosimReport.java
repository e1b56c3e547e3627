package dintsim.rtl.cosim;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of replaying one GEMM on the Java side and on the RTL.
 *
 * @param what            design, array and shape, for messages
 * @param goldenCycles    TIMING.md's closed form ({@code FoldSchedule.totalCycles()})
 * @param simCycles       the Java cycle-accurate simulator's measured count
 * @param rtlCycles       the Verilated RTL's measured count
 * @param outputs         M x N
 * @param valueMismatches outputs where the RTL differs from the golden GEMM
 * @param overflowedOutputs outputs the RTL flagged as overflowed at some step (saturated, wrapped, error)
 * @param divergences     human-readable problems, first divergence first (empty when equal)
 * @param rtlSeconds      time in the RTL testbench's cycle loop
 */
public record CosimReport(String what, long goldenCycles, long simCycles, long rtlCycles, long outputs,
                          long valueMismatches, long overflowedOutputs, List<String> divergences, double rtlSeconds) {

    public boolean passed() {
        return divergences.isEmpty();
    }

    public String summary() {
        return String.format(Locale.ROOT, "%s: %s; cycles formula %d, sim %d, rtl %d; %d outputs, %d value mismatches, %d overflowed%s",
                what, passed() ? "EQUAL" : "DIVERGED", goldenCycles, simCycles, rtlCycles, outputs, valueMismatches, overflowedOutputs,
                passed() ? "" : "\n  " + String.join("\n  ", divergences));
    }
}
