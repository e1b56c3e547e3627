package dintsim.rtl.synth;

import dintsim.rtl.timing.StaTiming;

/**
 * One synthesis of a design at one abc delay target, timed by OpenSTA: a point of its area-vs-clock curve.
 *
 * @param delayTargetNs abc's delay target, ns (0: area mapping with no target)
 * @param synth         what Yosys produced (area, netlist)
 * @param timing        OpenSTA's timing of that netlist
 */
public record SweepPoint(double delayTargetNs, SynthResult synth, StaTiming timing) {
    public double areaUm2() {
        return synth.area().areaUm2();
    }
}
