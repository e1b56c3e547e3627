package dintsim.reports.pipeline;

import dintsim.models.format.CodeKind;
import dintsim.models.format.CodePoint;
import dintsim.models.format.NumberFormat;

/** The positive special value of a format (dINT's s), or 0 when it has none. */
final class SpecialValues {
    private SpecialValues() {
    }

    static double of(NumberFormat f) {
        double s = 0;
        for (CodePoint p : f.codePoints()) {
            if (p.kind() == CodeKind.SPECIAL && p.value() > 0) {
                s = p.value();
            }
        }
        return s;
    }
}
