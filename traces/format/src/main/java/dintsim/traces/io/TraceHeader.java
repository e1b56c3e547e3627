package dintsim.traces.io;

import dintsim.models.format.DintFamily;
import dintsim.models.format.FormatException;
import dintsim.models.format.FormatSpec;
import dintsim.models.format.Formats;
import dintsim.models.format.NumberFormat;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.OverflowPolicy;

/**
 * The HEAD section's fields, parsed and checked (offsets in messages are absolute file offsets).
 */
record TraceHeader(String layer, int m, int k, int n, NumberFormat weightFormat, NumberFormat activationFormat,
                   AccumulatorSpec accumulator, float activationScale, float[] weightScales) {

    /** Largest element count of one array the reader accepts (Java arrays are int-indexed). */
    static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    static TraceHeader parse(ByteCursor c) {
        int nameLength = c.u16("layer name length");
        String layer = c.utf8(nameLength, "layer name");
        int m = dimension(c, "M");
        int k = dimension(c, "K");
        int n = dimension(c, "N");
        checkProduct(c, m, k, "M x K");
        checkProduct(c, n, k, "N x K");
        checkProduct(c, m, n, "M x N");
        NumberFormat weight = format(c, "weight format");
        NumberFormat activation = format(c, "activation format");
        AccumulatorSpec acc = accumulator(c);
        int scaleAt = c.position();
        float activationScale = c.f32("activation scale");
        String p = TraceLayout.scaleProblem(activationScale);
        if (p != null) {
            throw c.error(scaleAt, "activation scale", "scale " + p);
        }
        int scalesAt = c.position();
        if (4L * n != c.remaining()) {
            throw c.error(scalesAt, "weight scales", "N = " + n + " needs " + 4L * n + " bytes of weight scales but the "
                    + "header has " + c.remaining() + " bytes left (dimensions disagree with the payload)");
        }
        float[] scales = c.f32s(n, "weight scales");
        for (int i = 0; i < n; i++) {
            p = TraceLayout.scaleProblem(scales[i]);
            if (p != null) {
                throw c.error(scalesAt + 4L * i, "weight scale [" + i + "]", "scale " + p);
            }
        }
        return new TraceHeader(layer, m, k, n, weight, activation, acc, activationScale, scales);
    }

    private static int dimension(ByteCursor c, String field) {
        int at = c.position();
        long v = c.u32(field);
        if (v < 1 || v > MAX_ELEMENTS) {
            throw c.error(at, field, "dimension " + v + " must be 1.." + MAX_ELEMENTS);
        }
        return (int) v;
    }

    private static void checkProduct(ByteCursor c, int a, int b, String what) {
        if ((long) a * b > MAX_ELEMENTS) {
            throw c.error(c.position(), what, a + " x " + b + " elements exceed this reader's limit of " + MAX_ELEMENTS);
        }
    }

    private static NumberFormat format(ByteCursor c, String field) {
        int lengthAt = c.position();
        long length = c.u32(field + " length");
        if (length > c.remaining()) {
            throw c.error(lengthAt, field + " length", "truncated: spec of " + length + " bytes but only "
                    + c.remaining() + " header bytes remain");
        }
        int at = c.position();
        String json = c.utf8((int) length, field);
        String source = c.where(at, field);
        NumberFormat f;
        try {
            FormatSpec spec = Formats.parseSpec(json, source);
            f = NumberFormat.fromSpec(spec, source);
        } catch (FormatException e) {
            throw new TraceFormatException(e.getMessage());
        }
        checkAgainstBuiltIn(c, at, field, f);
        return f;
    }

    /** A spec that claims a built-in name must be that built-in: designs are matched by name. */
    private static void checkAgainstBuiltIn(ByteCursor c, int at, String field, NumberFormat f) {
        NumberFormat builtIn;
        if (Formats.BUILT_IN.contains(f.name()) || DintFamily.matches(f.name())) {
            try {
                builtIn = Formats.builtIn(f.name());
            } catch (FormatException e) {
                throw c.error(at, field, "unknown format '" + f.name() + "': " + e.getMessage());
            }
            if (builtIn.bits() != f.bits() || !builtIn.codePoints().equals(f.codePoints())) {
                throw c.error(at, field, "format '" + f.name() + "' has the name of a built-in format but different codes"
                        + " (a custom format needs a name of its own)");
            }
        }
    }

    private static AccumulatorSpec accumulator(ByteCursor c) {
        int at = c.position();
        int width = c.u8("accumulator width");
        int fraction = c.u8("accumulator fraction bits");
        int policyAt = c.position();
        OverflowPolicy policy = TraceLayout.policy(c.u8("accumulator overflow policy"));
        if (policy == null) {
            throw c.error(policyAt, "accumulator overflow policy", "code " + (c.bytes()[policyAt] & 0xFF)
                    + " is not 0 (saturate), 1 (wrap) or 2 (error)");
        }
        int reservedAt = c.position();
        if (c.u8("accumulator reserved byte") != 0) {
            throw c.error(reservedAt, "accumulator reserved byte", "must be 0");
        }
        try {
            return new AccumulatorSpec(width, fraction, policy);
        } catch (IllegalArgumentException e) {
            throw c.error(at, "accumulator", e.getMessage());
        }
    }
}
