package dintsim.models.format;

/**
 * One valid code of a format: its bit pattern, its real value, and how the hardware treats it.
 *
 * @param code  the bit pattern as an unsigned integer (0 .. 2^bits - 1)
 * @param value the real value the code stands for (before any scale)
 * @param kind  zero, special (shift path) or normal (multiplier path)
 */
public record CodePoint(int code, double value, CodeKind kind) {
}
