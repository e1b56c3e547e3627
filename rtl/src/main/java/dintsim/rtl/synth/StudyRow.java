package dintsim.rtl.synth;

import dintsim.models.mac.MacDesign;
import dintsim.rtl.power.SwitchingEnergy;
import dintsim.rtl.power.ToggleEnergyModel;
import dintsim.rtl.timing.StaTiming;

/**
 * One design of an {@link AreaEnergyStudy}.
 *
 * @param design      the design measured (formats and accumulator)
 * @param area        area from synthesis
 * @param energy      switching energy on the design's traces
 * @param calibration how well a per-MAC-kind energy table predicts held-out traces
 * @param toggleModel the RTL-activity energy model fitted on the first half of the traces
 * @param library     the cell library it was measured on
 * @param delayTargetNs abc's delay target the netlist was mapped with, ns (0: none)
 * @param timing      OpenSTA's timing of the netlist (critical path, fmax)
 * @param verilogSha256 {@link RtlHash} of the Verilog measured
 * @param netlistSha256 {@link RtlHash} of its gate-level netlist
 * @param power       OpenSTA's report_power with the measured activity, beside dintsim's energy
 * @param glitch      energy per MAC zero-delay and glitch-aware on a shorter stream ({@link GlitchEnergy#NONE}: not asked for)
 */
public record StudyRow(MacDesign design, AreaReport area, SwitchingEnergy energy, CalibrationCheck calibration,
                       ToggleEnergyModel toggleModel, LibraryLabel library, double delayTargetNs, StaTiming timing,
                       String verilogSha256, String netlistSha256, PowerCrossCheck power, GlitchEnergy glitch) {
    /** The multiplier architecture, read from the top name (RtlEmitter appends the label of a non-default one). */
    public String multiplier() {
        for (dintsim.rtl.gen.MultiplierArchitecture m : dintsim.rtl.gen.MultiplierArchitecture.values()) {
            if (area.top().endsWith("_" + m.label())) {
                return m.label();
            }
        }
        return dintsim.rtl.gen.MultiplierArchitecture.TOOL.label();
    }
}
