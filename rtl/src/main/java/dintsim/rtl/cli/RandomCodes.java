package dintsim.rtl.cli;

import dintsim.models.format.CodePoint;
import dintsim.models.format.NumberFormat;
import dintsim.models.golden.CodeMatrix;
import java.util.List;
import java.util.SplittableRandom;

/** Uniformly random valid codes of a format (explicit seed), for random co-simulation runs. */
public final class RandomCodes {
    private RandomCodes() {
    }

    public static CodeMatrix matrix(NumberFormat format, int rows, int cols, SplittableRandom random) {
        List<CodePoint> points = format.codePoints();
        byte[] codes = new byte[rows * cols];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = (byte) points.get(random.nextInt(points.size())).code();
        }
        return new CodeMatrix(format, rows, cols, codes);
    }
}
