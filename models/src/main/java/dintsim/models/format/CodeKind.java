package dintsim.models.format;

/** What the hardware does with a weight code: nothing, a shift (dINT's special value), or a multiply. */
public enum CodeKind {
    /** The value is zero: the product is zero, a MAC unit can skip it. */
    ZERO,
    /** A reserved small value (dINT's +-s): the product is a shifted activation. */
    SPECIAL,
    /** An ordinary value: the product needs the multiplier. */
    NORMAL
}
