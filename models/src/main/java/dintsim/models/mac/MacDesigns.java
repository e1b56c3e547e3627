package dintsim.models.mac;

import dintsim.models.format.FormatException;
import dintsim.models.format.Formats;
import dintsim.models.format.NumberFormat;
import java.util.List;

/**
 * Named MAC designs. A name is {@code WEIGHTxACTIVATION}, e.g. {@code int8xint8},
 * {@code dint4xint8}, {@code dint4(s=0.25)xint8}. Unless given, the accumulator is the
 * default: exact (fraction bits = those of the product), wide enough that
 * {@link #DEFAULT_DEPTH} worst-case products cannot overflow, and failing loudly if they do.
 */
public final class MacDesigns {
    /** The designs an architect compares first, as a command-line list (a constant, so option defaults can name it). */
    public static final String STANDARD_LIST = "int8xint8,int4xint8,dint4xint8,fp4xint8";

    /** The designs an architect compares first. */
    public static final List<String> STANDARD = List.of(STANDARD_LIST.split(","));

    /** The weight format of the W8A8 baseline the study compares against. */
    public static final String BASELINE_WEIGHT_FORMAT = "int8";

    /** The 4-bit weight formats the study compares (dint4 is s = 0.5), as a command-line list. */
    public static final String STUDY_WEIGHT_FORMATS = "int4,dint4(s=0.25),dint4,dint4(s=0.75),fp4";

    /** Dot-product length the default accumulator is sized for (the K of a 4096-wide LLM layer). */
    public static final int DEFAULT_DEPTH = 4096;

    private MacDesigns() {
    }

    /** A design with the default accumulator. */
    public static MacDesign parse(String name, Formats formats) {
        NumberFormat[] f = split(name, formats);
        return new MacDesign(f[0], f[1], defaultAccumulator(f[0], f[1]));
    }

    /** A design with the given accumulator. */
    public static MacDesign parse(String name, Formats formats, AccumulatorSpec accumulator) {
        NumberFormat[] f = split(name, formats);
        return new MacDesign(f[0], f[1], accumulator);
    }

    public static MacDesign standard(String name) {
        return parse(name, new Formats());
    }

    private static NumberFormat[] split(String name, Formats formats) {
        int x = name == null ? -1 : name.lastIndexOf('x');
        if (x <= 0 || x == name.length() - 1) {
            throw new FormatException("unknown design '" + name + "': expected WEIGHTxACTIVATION, e.g. "
                    + String.join(", ", STANDARD));
        }
        return new NumberFormat[] {formats.get(name.substring(0, x)), formats.get(name.substring(x + 1))};
    }

    /** Exact, overflow-free for {@link #DEFAULT_DEPTH} products, error on overflow. */
    public static AccumulatorSpec defaultAccumulator(NumberFormat weight, NumberFormat activation) {
        int fraction = weight.fractionBits() + activation.fractionBits();
        MacDesign probe = new MacDesign(weight, activation, new AccumulatorSpec(32, fraction, OverflowPolicy.ERROR));
        int width = AccumulatorSpec.bitsFor(probe.maxAbsProduct() * DEFAULT_DEPTH);
        return new AccumulatorSpec(Math.min(width, AccumulatorSpec.MAX_WIDTH), fraction, OverflowPolicy.ERROR);
    }
}
