package dintsim.sim.hw.mac;

import dintsim.models.format.NumberFormat;
import dintsim.models.mac.AccumulatorOverflowException;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacKind;
import dintsim.models.mac.OverflowPolicy;
import java.util.Locale;

/**
 * A MAC design flattened for the hot loops: products in accumulator units as an {@code int[]}
 * indexed by {@code weightCode * activationCodes + activationCode}, the MAC kind of each weight
 * code ({@link MacKind} ordinals, for count arrays), and the accumulator's range and policy. Built from {@link MacDesign#product}, so it
 * agrees with the golden model by construction.
 */
public final class ProductTable {
    private final MacDesign design;
    private final int activationCodes;
    private final int[] products;
    private final int[] kindOfWeight;
    private final long min;
    private final long max;
    private final OverflowPolicy policy;
    private final AccumulatorSpec accumulator;
    private final int[] weightValues;
    private final int[] activationValues;
    private final boolean separable;

    public ProductTable(MacDesign design) {
        this.design = design;
        this.accumulator = design.accumulator();
        this.activationCodes = design.activationFormat().codeCount();
        int weightCodes = design.weightFormat().codeCount();
        this.products = new int[weightCodes * activationCodes];
        this.kindOfWeight = new int[weightCodes];
        for (int w = 0; w < weightCodes; w++) {
            if (!design.weightFormat().isValid(w)) {
                continue;
            }
            kindOfWeight[w] = design.kind(w).ordinal();
            for (int a = 0; a < activationCodes; a++) {
                if (design.activationFormat().isValid(a)) {
                    long p = design.product(w, a);
                    if (p < Integer.MIN_VALUE || p > Integer.MAX_VALUE) {
                        throw new IllegalArgumentException("design " + design.name() + ": product of codes " + w + " x " + a
                                + " is " + p + ", beyond 32 bits");
                    }
                    products[w * activationCodes + a] = (int) p;
                }
            }
        }
        this.min = accumulator.min();
        this.max = accumulator.max();
        this.policy = accumulator.overflow();
        this.weightValues = fixedValues(design.weightFormat(), weightCodes);
        this.activationValues = fixedValues(design.activationFormat(), activationCodes);
        this.separable = checkSeparable(weightCodes);
    }

    /** Fixed value of every code; 0 for reserved codes (their products are 0 in the table too). */
    private static int[] fixedValues(NumberFormat format, int codes) {
        int[] v = new int[codes];
        for (int c = 0; c < codes; c++) {
            v[c] = format.isValid(c) ? format.fixedValue(c) : 0;
        }
        return v;
    }

    /** True when every entry equals (weight value * activation value) << shift, computed in int. */
    private boolean checkSeparable(int weightCodes) {
        int shift = design.productShift();
        if (shift < 0 || shift > 30 || min < Integer.MIN_VALUE || max > Integer.MAX_VALUE) {
            return false;
        }
        for (int w = 0; w < weightCodes; w++) {
            for (int a = 0; a < activationCodes; a++) {
                long exact = ((long) weightValues[w] * activationValues[a]) << shift;
                if (exact != products[w * activationCodes + a] || exact != (weightValues[w] * activationValues[a]) << shift) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when every product is {@code (weightValue(w) * activationValue(a)) << productShift()} in
     * int arithmetic (checked entry by entry) and the accumulator range fits an int: the vector
     * kernels then multiply values instead of looking products up.
     */
    public boolean separable() {
        return separable;
    }

    /** Fixed value of a weight code (0 for a reserved code). */
    public int weightValue(int code) {
        return weightValues[code];
    }

    /** Fixed value of an activation code (0 for a reserved code). */
    public int activationValue(int code) {
        return activationValues[code];
    }

    /** Left shift that aligns a product of fixed values to accumulator units (when {@link #separable()}). */
    public int productShift() {
        return design.productShift();
    }

    public MacDesign design() {
        return design;
    }

    /** Number of activation codes: the row stride of {@link #products()}. */
    public int activationCodes() {
        return activationCodes;
    }

    /** The table itself (not copied; do not modify). */
    public int[] products() {
        return products;
    }

    public int product(int weightCode, int activationCode) {
        return products[weightCode * activationCodes + activationCode];
    }

    /** {@link MacKind} ordinal of a weight code ({@link MacDesign#kind}; reserved codes: ZERO's, never used). */
    public int kind(int weightCode) {
        return kindOfWeight[weightCode];
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }

    /**
     * Applies the policy to a sum that left the range (callers check the range inline and only
     * come here on overflow). {@code where} describes the step for an error.
     */
    public int overflow(long acc, long product, long sum, String where) {
        switch (policy) {
            case SATURATE:
                return (int) (sum > 0 ? max : min);
            case WRAP:
                return (int) accumulator.wrap(sum);
            default:
                throw new AccumulatorOverflowException(String.format(Locale.ROOT,
                        "accumulator overflow at %s: %d + %d = %d leaves the %d-bit range [%d, %d] "
                                + "(widen the accumulator or choose overflow saturate/wrap)",
                        where, acc, product, sum, accumulator.width(), min, max));
        }
    }

    /** One accumulation step with the policy (the slow, general path). */
    public int add(int acc, int product, String where) {
        long sum = (long) acc + product;
        return sum >= min && sum <= max ? (int) sum : overflow(acc, product, sum, where);
    }
}
