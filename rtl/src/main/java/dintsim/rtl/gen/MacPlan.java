package dintsim.rtl.gen;

import dintsim.models.format.NumberFormat;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacKind;

/**
 * How the RTL builds one {@link MacDesign}'s datapath, derived only from the formats' code maps so
 * that any format works. The Chisel generator ({@code dintsim.rtl.gen.MacUnit}) reads this plan;
 * {@link #product} evaluates the same structure in Java so a unit test can prove, without
 * Verilator, that the structure reproduces {@link MacDesign#product} for every code pair.
 *
 * <p>Weight decoder, per weight code, by its {@link MacKind} ({@link MacDesign#kind}, the one
 * definition): ZERO (product 0, multiplier input gated to 0), SPECIAL (a power-of-two fixed value
 * +-2^j: the product is the activation shifted left by j and optionally negated, no multiplier),
 * NORMAL (the multiplier path: a narrow signed operand {@code fixed >> normalShift} times the
 * activation, then shifted left by {@code normalShift}). A reserved code is not a MAC kind but a
 * decode property ({@link #reserved}): it is decoded as zero and flagged invalid. The raw product (units
 * 2^-(fw+fa)) is then aligned to the accumulator by {@link MacDesign#productShift()}: a left
 * shift, or an arithmetic right shift (floor) for truncating designs.
 *
 * <p>Multiplier ({@link MultiplierArchitecture}, the same for every design compared): the tool's
 * {@code $signed(w) * $signed(a)} or a radix-4 Booth multiplier ({@link BoothRadix4}); see rtl/docs/RTL.md.
 */
public final class MacPlan {
    private final MacDesign design;
    private final MultiplierArchitecture multiplier;
    private final MacKind[] weightKind;
    private final boolean[] reserved;
    private final int[] normalOperand;
    private final int[] specialShift;
    private final boolean[] specialNegative;
    private final int normalShift;
    private final int normalOperandWidth;
    private final int[] activationFixed;
    private final boolean activationTwosComplement;
    private final int activationWidth;
    private final int productWidth;

    /** The plan with the tool's signed multiplier ({@link MultiplierArchitecture#TOOL}). */
    public MacPlan(MacDesign design) {
        this(design, MultiplierArchitecture.TOOL);
    }

    public MacPlan(MacDesign design, MultiplierArchitecture multiplier) {
        this.design = design;
        this.multiplier = multiplier;
        NumberFormat w = design.weightFormat();
        NumberFormat a = design.activationFormat();
        int wc = w.codeCount();
        weightKind = new MacKind[wc];
        reserved = new boolean[wc];
        normalOperand = new int[wc];
        specialShift = new int[wc];
        specialNegative = new boolean[wc];
        int common = 31;
        for (int c = 0; c < wc; c++) {
            reserved[c] = !w.isValid(c);
            weightKind[c] = reserved[c] ? MacKind.ZERO : design.kind(c);
            if (weightKind[c] == MacKind.NORMAL) {
                common = Math.min(common, Integer.numberOfTrailingZeros(Math.abs(w.fixedValue(c))));
            }
        }
        normalShift = common == 31 ? 0 : common;
        int lo = 0;
        int hi = 0;
        for (int c = 0; c < wc; c++) {
            int fixed = reserved[c] ? 0 : w.fixedValue(c);
            if (weightKind[c] == MacKind.NORMAL) {
                normalOperand[c] = fixed >> normalShift;
                lo = Math.min(lo, normalOperand[c]);
                hi = Math.max(hi, normalOperand[c]);
            } else if (weightKind[c] == MacKind.SPECIAL) {
                specialShift[c] = Integer.numberOfTrailingZeros(Math.abs(fixed));
                specialNegative[c] = fixed < 0;
            }
        }
        normalOperandWidth = signedBits(lo, hi);
        activationFixed = new int[a.codeCount()];
        boolean twos = true;
        int alo = 0;
        int ahi = 0;
        for (int c = 0; c < a.codeCount(); c++) {
            if (a.isValid(c)) {
                activationFixed[c] = a.fixedValue(c);
                alo = Math.min(alo, activationFixed[c]);
                ahi = Math.max(ahi, activationFixed[c]);
                int asSigned = c >= a.codeCount() / 2 ? c - a.codeCount() : c;
                twos &= activationFixed[c] == asSigned;
            }
        }
        activationTwosComplement = twos;
        activationWidth = twos ? a.bits() : signedBits(alo, ahi);
        long plo = 0;
        long phi = 0;
        for (int c = 0; c < wc; c++) {
            for (int x = 0; x < a.codeCount(); x++) {
                if (w.isValid(c) && a.isValid(x)) {
                    long p = design.product(c, x);
                    plo = Math.min(plo, p);
                    phi = Math.max(phi, p);
                }
            }
        }
        productWidth = signedBits(plo, phi);
    }

    /** Smallest two's-complement width holding every value in [lo, hi] (at least 1). */
    public static int signedBits(long lo, long hi) {
        int w = 1;
        while (lo < -(1L << (w - 1)) || hi > (1L << (w - 1)) - 1) {
            w++;
        }
        return w;
    }

    /** The product the planned hardware computes, in accumulator units (reserved codes give 0). */
    public long product(int weightCode, int activationCode) {
        long act = activationFixed[activationCode];
        long raw;
        switch (weightKind[weightCode]) {
            case NORMAL:
                long w = normalOperand[weightCode];
                raw = (multiplier == MultiplierArchitecture.BOOTH4 ? BoothRadix4.multiply(act, w, normalOperandWidth)
                        : w * act) << normalShift;
                break;
            case SPECIAL:
                raw = specialNegative[weightCode] ? -(act << specialShift[weightCode]) : act << specialShift[weightCode];
                break;
            default:
                raw = 0;
        }
        return design.align(raw);
    }

    public MacDesign design() {
        return design;
    }

    /** How the NORMAL-code multiplier is built. */
    public MultiplierArchitecture multiplier() {
        return multiplier;
    }

    /** True for the radix-4 Booth multiplier (what the Scala generator asks). */
    public boolean boothMultiplier() {
        return multiplier == MultiplierArchitecture.BOOTH4;
    }

    public AccumulatorSpec accumulator() {
        return design.accumulator();
    }

    public int weightBits() {
        return design.weightFormat().bits();
    }

    public int activationBits() {
        return design.activationFormat().bits();
    }

    /** The datapath of a weight code; a reserved code decodes as ZERO (see {@link #reserved}). */
    public MacKind weightKind(int code) {
        return weightKind[code];
    }

    /** True for a code the weight format leaves reserved: decoded as zero and flagged invalid. */
    public boolean reserved(int code) {
        return reserved[code];
    }

    public int weightCodeCount() {
        return weightKind.length;
    }

    public int activationCodeCount() {
        return activationFixed.length;
    }

    /** Multiplier operand of a NORMAL code: its fixed value divided by 2^{@link #normalShift()}. */
    public int normalOperand(int code) {
        return normalOperand[code];
    }

    /** Left shift applied after the multiplier: trailing zeros shared by all NORMAL fixed values. */
    public int normalShift() {
        return normalShift;
    }

    /** Signed width of the multiplier's weight operand. */
    public int normalOperandWidth() {
        return normalOperandWidth;
    }

    public int specialShift(int code) {
        return specialShift[code];
    }

    public boolean specialNegative(int code) {
        return specialNegative[code];
    }

    /** True when every activation code's fixed value is the code read as two's complement (no decoder). */
    public boolean activationTwosComplement() {
        return activationTwosComplement;
    }

    public int activationFixed(int code) {
        return activationFixed[code];
    }

    /** Signed width of a decoded activation. */
    public int activationWidth() {
        return activationWidth;
    }

    /** Signed width of the aligned product (exactly enough for every valid code pair). */
    public int productWidth() {
        return productWidth;
    }

    public boolean hasNormal() {
        for (MacKind k : weightKind) {
            if (k == MacKind.NORMAL) {
                return true;
            }
        }
        return false;
    }

    public boolean hasSpecial() {
        for (MacKind k : weightKind) {
            if (k == MacKind.SPECIAL) {
                return true;
            }
        }
        return false;
    }
}
