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
 */
public record StudyRow(MacDesign design, AreaReport area, SwitchingEnergy energy, CalibrationCheck calibration,
                       ToggleEnergyModel toggleModel, LibraryLabel library, double delayTargetNs, StaTiming timing) {
}
