package dintsim.rtl.synth;

import dintsim.models.mac.MacDesign;
import dintsim.rtl.emit.ArrayConfig;
import dintsim.rtl.emit.EmittedRtl;
import dintsim.rtl.emit.RtlEmitter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Area of an R x C PE array of one design against its single MAC, both from the same synthesizer
 * (library, delay target): the array's PEs add operand and forwarding registers (and, double
 * buffered, a shadow register for the held operand) that the lone MAC does not have, so the area
 * per MAC of the array is above the MAC's.
 *
 * @param design     the MAC design
 * @param config     the array's shape and mode
 * @param array      the array's synthesis
 * @param mac        the single MAC's synthesis
 */
public record ArrayArea(MacDesign design, ArrayConfig config, SynthResult array, SynthResult mac) {
    /** Synthesizes the array and the MAC of {@code design} under {@code work}. */
    public static ArrayArea measure(YosysSynthesizer synthesizer, MacDesign design, ArrayConfig config, Path work) {
        EmittedRtl arrayRtl = RtlEmitter.emitArray(design, config, work.resolve("array-" + config.tag() + "-" + RtlEmitter.designTag(design)));
        EmittedRtl macRtl = RtlEmitter.emitMac(design, work.resolve("mac-" + RtlEmitter.designTag(design)));
        return new ArrayArea(design, config, synthesizer.synthesize(arrayRtl.topModule(), arrayRtl.files()),
                synthesizer.synthesize(macRtl.topModule(), macRtl.files()));
    }

    public int macs() {
        return config.rows() * config.cols();
    }

    /** Array area / (R * C), um^2. */
    public double areaPerMacUm2() {
        return array.area().areaUm2() / macs();
    }

    /** Area per MAC of the array over the single MAC's area. */
    public double overMac() {
        return areaPerMacUm2() / mac.area().areaUm2();
    }

    /** Flip-flops per PE of the array minus the MAC's: the array's operand and forwarding registers. */
    public double extraFlipFlopsPerMac() {
        return (double) array.area().flipFlops() / macs() - mac.area().flipFlops();
    }

    public static String csvHeader() {
        return "design,array,macs,array_area_um2,area_per_mac_um2,mac_area_um2,over_mac,array_flip_flops,mac_flip_flops,"
                + "array_register_area_um2,array_multiplier_area_um2,array_accumulator_area_um2";
    }

    public String csvRow() {
        AreaReport a = array.area();
        return String.format(Locale.ROOT, "%s,%s,%d,%.1f,%.1f,%.1f,%.4f,%d,%d,%.1f,%.1f,%.1f", design.name(), config.tag(), macs(),
                a.areaUm2(), areaPerMacUm2(), mac.area().areaUm2(), overMac(), a.flipFlops(), mac.area().flipFlops(),
                a.registerAreaUm2(), a.multiplierAreaUm2(), a.accumulatorAreaUm2());
    }
}
