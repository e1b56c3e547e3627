package dintsim.rtl.verilator;

import java.nio.file.Path;

/**
 * Outcome of a differential MAC run.
 *
 * @param top           Verilated top module
 * @param vectors       vectors the RTL checked
 * @param mismatches    vectors where product, accumulator or a flag differed from the Java model
 * @param firstMismatch description of the first mismatch, or empty
 * @param activity      the activity file written (rtl/docs/ACTIVITY.md), or null
 */
public record MacCheck(String top, long vectors, long mismatches, String firstMismatch, Path activity) {
}
