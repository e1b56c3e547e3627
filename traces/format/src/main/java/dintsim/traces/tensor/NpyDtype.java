package dintsim.traces.tensor;

/**
 * The .npy element types dintsim reads and writes (little-endian). The integer types I4 and I8
 * carry model inputs such as token ids; they are read as floats, so only values of magnitude up
 * to 2^24 (exact in float32) are accepted.
 */
public enum NpyDtype {
    F4("<f4", 4), F2("<f2", 2), F8("<f8", 8), I1("|i1", 1), I4("<i4", 4), I8("<i8", 8);

    private final String descr;
    private final int size;

    NpyDtype(String descr, int size) {
        this.descr = descr;
        this.size = size;
    }

    /** The numpy descr string written in headers. */
    public String descr() {
        return descr;
    }

    public int size() {
        return size;
    }

    /** The dtype of a descr, or null; "i1" and "<i1" are accepted for int8 too. */
    static NpyDtype of(String descr) {
        for (NpyDtype d : values()) {
            if (d.descr.equals(descr)) {
                return d;
            }
        }
        return descr.equals("<i1") || descr.equals("i1") ? I1 : null;
    }
}
