package dintsim.models.mac;

import dintsim.models.format.CodeKind;
import dintsim.models.format.NumberFormat;

/**
 * A multiply-accumulate design: weight format x activation format x product rule x accumulator.
 *
 * <p>Product rule: the exact product of the two fixed values (units 2^-(fw+fa)), aligned to the
 * accumulator's fraction bits. With enough fraction bits (the default) the alignment is a left
 * shift and nothing is lost; with fewer, it is an arithmetic right shift (floor), the truncating
 * hardware a designer may choose. In hardware a weight code of kind ZERO needs no work, SPECIAL
 * (dINT's +-s = +-2^-k) is the activation shifted, NORMAL uses the multiplier.
 */
public final class MacDesign {
    private final NumberFormat weight;
    private final NumberFormat activation;
    private final AccumulatorSpec accumulator;
    private final int productShift;
    private final long[] productTable;

    public MacDesign(NumberFormat weight, NumberFormat activation, AccumulatorSpec accumulator) {
        this.weight = weight;
        this.activation = activation;
        this.accumulator = accumulator;
        this.productShift = accumulator.fractionBits() - (weight.fractionBits() + activation.fractionBits());
        if (productShift < -16) {
            throw new IllegalArgumentException("design " + name() + ": accumulator has " + accumulator.fractionBits()
                    + " fraction bits, too few for products with " + (weight.fractionBits() + activation.fractionBits()));
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

    /** The design name, e.g. {@code dint4xint8}. */
    public String name() {
        return weight.name() + "x" + activation.name();
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

    /** Which datapath a weight code takes. */
    public CodeKind path(int weightCode) {
        return weight.kind(weightCode);
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

    @Override
    public String toString() {
        return name() + " [accumulator " + accumulator + "]";
    }
}
