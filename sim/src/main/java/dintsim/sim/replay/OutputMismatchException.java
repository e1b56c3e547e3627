package dintsim.sim.replay;

/** The simulated output differs from the golden GEMM: a simulator bug, reported with the first difference. */
public final class OutputMismatchException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public OutputMismatchException(String message) {
        super(message);
    }

    /** Throws for the first index where {@code got} differs from {@code expected} (row-major M x N). */
    public static void check(String layer, int[] expected, int[] got, int cols) {
        if (expected.length != got.length) {
            throw new OutputMismatchException("layer " + layer + ": " + got.length + " outputs, golden has " + expected.length);
        }
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != got[i]) {
                throw new OutputMismatchException("layer " + layer + ": output [" + i / cols + "][" + i % cols + "] (index " + i
                        + ") differs from the golden GEMM: expected " + expected[i] + ", got " + got[i]);
            }
        }
    }
}
