package dintsim.models.bench;

import dintsim.models.format.CodePoint;
import dintsim.models.format.NumberFormat;
import dintsim.models.golden.CodeMatrix;
import java.util.List;
import java.util.SplittableRandom;

/** Matrices of uniformly random valid codes of a format, reproducible from a seed. */
final class RandomCodes {
    private RandomCodes() {
    }

    static CodeMatrix matrix(NumberFormat format, int rows, int cols, long seed) {
        List<CodePoint> points = format.codePoints();
        int[] valid = points.stream().mapToInt(CodePoint::code).toArray();
        SplittableRandom rnd = new SplittableRandom(seed);
        byte[] codes = new byte[Math.multiplyExact(rows, cols)];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = (byte) valid[rnd.nextInt(valid.length)];
        }
        return new CodeMatrix(format, rows, cols, codes);
    }
}
