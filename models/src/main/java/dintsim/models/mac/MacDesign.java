package dintsim.models.mac;

import dintsim.models.format.CodeKind;
import dintsim.models.format.NumberFormat;
import java.util.Objects;

/**
 * A multiply-accumulate design: weight format x activation format x product rule x accumulator.
 *
 * <p>Product rule: the exact product of the two fixed values (units 2^-(fw+fa)), aligned to the
 * accumulator's fraction bits. With enough fraction bits (the default) the alignment is a left
 * shift and nothing is lost; with fewer, it is an arithmetic right shift (floor), the truncating
 * hardware a designer may choose. Which datapath a weight code takes is its {@link MacKind}
 * ({@link #kind}), defined here once for every part of dintsim.
 *
 * <p>A design is a value: two designs are equal when their weight formats, activation formats
 * (by specification, so a user format of the same name but other codes differs) and accumulators
 * are equal. {@link #name()} is the human name ({@code dint4xint8}); {@link #key()} adds the
 * accumulator and identifies the design in caches and cost tables.
 */
public final class MacDesign {
    private final NumberFormat weight;
    private final NumberFormat activation;
    private final AccumulatorSpec accumulator;
    private final int productShift;
    private final long[] productTable;
    private final MacKind[] kindOfWeight;

    public MacDesign(NumberFormat weight, NumberFormat activation, AccumulatorSpec accumulator) {
        this.weight = weight;
        this.activation = activation;
        this.accumulator = accumulator;
        this.productShift = accumulator.fractionBits() - (weight.fractionBits() + activation.fractionBits());
        if (productShift < -16) {
            throw new IllegalArgumentException("design " + name() + ": accumulator has " + accumulator.fractionBits()
                    + " fraction bits, too few for products with " + (weight.fractionBits() + activation.fractionBits()));
        }
        this.kindOfWeight = new MacKind[weight.codeCount()];
        for (int w = 0; w < weight.codeCount(); w++) {
            kindOfWeight[w] = weight.isValid(w) ? kindOf(weight, w) : null;
        }
        int ac = activation.codeCount();
        this.productTable = new long[weight.codeCount() * ac];
        for (int w = 0; w < weight.codeCount(); w++) {
            for (int a = 0; a < ac; a++) {
                productTable[w * ac + a] = weight.isValid(w) && activation.isValid(a)
                        ? align((long) weight.fixedValue(w) * activation.fixedValue(a)) : 0;
            }
        }
    }

    /** The design name, e.g. {@code dint4xint8}: the formats, not the accumulator. */
    public String name() {
        return weight.name() + "x" + activation.name();
    }

    /**
     * Stable identity text: the name plus the accumulator, e.g.
     * {@code dint4xint8 acc=21.1.error} (width, fraction bits, overflow policy). Equal designs
     * have equal keys; two designs with the same name and another accumulator do not.
     */
    public String key() {
        return name() + " acc=" + accumulator.width() + "." + accumulator.fractionBits() + "." + accumulator.overflow().label();
    }

    public NumberFormat weightFormat() {
        return weight;
    }

    public NumberFormat activationFormat() {
        return activation;
    }

    public AccumulatorSpec accumulator() {
        return accumulator;
    }

    /** Left shift (positive) or arithmetic right shift (negative) applied to each raw product. */
    public int productShift() {
        return productShift;
    }

    /** Aligns a raw fixed-value product to accumulator units. */
    public long align(long rawProduct) {
        return productShift >= 0 ? rawProduct << productShift : rawProduct >> -productShift;
    }

    /** Product of two codes in accumulator units (exact, or floored when the design truncates). */
    public long product(int weightCode, int activationCode) {
        if (!weight.isValid(weightCode)) {
            weight.point(weightCode); // throws with the reason
        }
        if (!activation.isValid(activationCode)) {
            activation.point(activationCode);
        }
        return productTable[weightCode * activation.codeCount() + activationCode];
    }

    /**
     * Which datapath a weight code takes in hardware: ZERO for a zero value; SPECIAL for a code the
     * format marks special whose fixed value is +-2^j (a pure shift); NORMAL otherwise, so a
     * special value that is not a power of two (dINT's s = 0.75) takes the multiplier and is a
     * NORMAL MAC. Reserved codes throw: they are not a MAC.
     */
    public MacKind kind(int weightCode) {
        if (!weight.isValid(weightCode)) {
            weight.point(weightCode); // throws with the reason
        }
        return kindOfWeight[weightCode];
    }

    private static MacKind kindOf(NumberFormat w, int code) {
        CodeKind k = w.kind(code);
        if (k == CodeKind.ZERO) {
            return MacKind.ZERO;
        }
        return k == CodeKind.SPECIAL && Integer.bitCount(Math.abs(w.fixedValue(code))) == 1 ? MacKind.SPECIAL : MacKind.NORMAL;
    }

    /** Largest |product| in accumulator units over all valid code pairs. */
    public long maxAbsProduct() {
        long m = 0;
        for (long p : productTable) {
            m = Math.max(m, Math.abs(p));
        }
        return m;
    }

    /** True when K products can never overflow the accumulator, whatever the codes. */
    public boolean cannotOverflow(long k) {
        return maxAbsProduct() * k <= accumulator.max();
    }

    /** Real value of an accumulator value (before weight and activation scales). */
    public double toReal(long accumulatorValue) {
        return Math.scalb((double) accumulatorValue, -accumulator.fractionBits());
    }

    /** Equal formats (by specification) and accumulator: the same hardware and the same products. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MacDesign d && accumulator.equals(d.accumulator) && weight.spec().equals(d.weight.spec())
                && activation.spec().equals(d.activation.spec());
    }

    @Override
    public int hashCode() {
        return Objects.hash(weight.spec(), activation.spec(), accumulator);
    }

    @Override
    public String toString() {
        return name() + " [accumulator " + accumulator + "]";
    }
}
