package dintsim.rtl.synth;

import dintsim.models.mac.MacDesign;
import dintsim.rtl.emit.ArrayConfig;
import dintsim.rtl.power.ArrayActivity;
import dintsim.rtl.power.ArrayEnergy;
import dintsim.rtl.power.ArrayGemm;
import dintsim.rtl.power.EnergySplit;
import dintsim.rtl.power.GateLevelSimulator;
import dintsim.rtl.power.MacActivity;
import dintsim.rtl.power.MacStream;
import dintsim.rtl.power.SwitchingEnergy;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An R x C array of one design against R x C of its single MAC: area per MAC ({@link ArrayArea})
 * and gate-level energy per MAC, the array replaying a GEMM on its fold schedule
 * ({@link ArrayActivity}) and the lone MAC the same MACs in weight-stationary order
 * ({@link MacStream#weightStationary}), both netlists from the same synthesizer. The array's
 * figure carries what a MAC alone does not: operand and partial-sum forwarding registers, the
 * shadow register, and the PEs idle in fill, drain and partly used folds.
 *
 * @param area  the two syntheses
 * @param array the array's run
 * @param mac   the MAC's run on the same operands
 */
public record ArrayCosts(ArrayArea area, ArrayEnergy array, SwitchingEnergy mac) {
    /**
     * Synthesizes, simulates and checks both; {@code gemm} is the slice of a layer both replay
     * (its design is the array's).
     */
    public static ArrayCosts measure(YosysSynthesizer synthesizer, GateLevelSimulator simulator, ArrayConfig config,
                                     ArrayGemm gemm, Path work) {
        MacDesign design = gemm.design();
        ArrayArea area = ArrayArea.measure(synthesizer, design, config, work);
        ArrayActivity arrays = new ArrayActivity(synthesizer.library(), AreaClassifier.DEFAULT_MULTIPLIER_MODULES);
        ArrayEnergy array = arrays.measure(simulator.compile(area.array().netlist(), "clock"), config, gemm);
        MacStream stream = MacStream.weightStationary(design, design.accumulator(), gemm.activations(), gemm.weights(),
                gemm.source(), gemm.macs());
        SwitchingEnergy mac = new MacActivity(synthesizer.library(), AreaClassifier.DEFAULT_MULTIPLIER_MODULES)
                .measure(simulator.compile(area.mac().netlist(), "clock"), design, stream);
        return new ArrayCosts(area, array, mac);
    }

    /** Array energy per MAC over the single MAC's. */
    public double energyOverMac() {
        return array.pjPerMac() / mac.energyPerMacPj();
    }

    public static String csvHeader() {
        return ArrayArea.csvHeader() + ",gemm,gemm_macs,array_cycles,utilization,array_pj_per_mac,array_clock_pj_per_mac,"
                + "array_register_pj_per_mac,array_multiplier_pj_per_mac,array_other_pj_per_mac,mac_pj_per_mac,energy_over_mac";
    }

    public String csvRow() {
        EnergySplit s = array.split();
        double n = array.macs();
        return area.csvRow() + String.format(Locale.ROOT, ",\"%s\",%d,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f",
                array.source().replace("\"", "'"), array.macs(), array.cycles(), array.utilization(), array.pjPerMac(),
                array.clockPj() / n, s.registersFj() / 1000 / n, s.multiplierFj() / 1000 / n, s.otherFj() / 1000 / n,
                mac.energyPerMacPj(), energyOverMac());
    }
}
