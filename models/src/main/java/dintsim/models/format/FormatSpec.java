package dintsim.models.format;

import java.util.List;

/**
 * A number format written as data: what a user puts in a small JSON file to define a variant
 * (dINT4 without zero, another special value, ...) without touching code. Codes not listed are
 * reserved: a decoder rejects them.
 *
 * <pre>{@code
 * { "name": "dint4-nozero", "bits": 4, "description": "...",
 *   "codes": [ {"code": "0000", "value": 0.5, "special": true}, {"code": "0001", "value": 1}, ... ] }
 * }</pre>
 *
 * @param name        unique name, used in designs ("NAMExint8") and trace headers
 * @param bits        width of a code, 1..8
 * @param description one line for tables and reports
 * @param codes       the valid codes; every other bit pattern is reserved
 */
public record FormatSpec(String name, int bits, String description, List<Code> codes) {

    /**
     * One code of a spec.
     *
     * @param code    bit pattern, written as a binary string of exactly {@code bits} digits
     * @param value   the real value (must be a dyadic fraction: k / 2^f with f at most 8)
     * @param special true for dINT-style special values handled by a shift instead of a multiply
     */
    public record Code(String code, double value, boolean special) {
    }
}
