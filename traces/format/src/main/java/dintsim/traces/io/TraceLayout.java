package dintsim.traces.io;

import dintsim.models.mac.OverflowPolicy;
import java.nio.charset.StandardCharsets;

/** Constants of the trace file format, version 1 (traces/format/FORMAT.md is the byte-by-byte description). */
public final class TraceLayout {
    /** File name extension of a trace. */
    public static final String EXTENSION = ".dtrace";
    /** The 8 magic bytes at offset 0. */
    public static final String MAGIC_TEXT = "DINTTRCE";
    static final byte[] MAGIC = MAGIC_TEXT.getBytes(StandardCharsets.US_ASCII);
    public static final int VERSION = 1;
    /** Bit 0 of the flags: the file has a REFO section. */
    static final int FLAG_REFERENCE = 1;
    /** magic (8) + version (2) + flags (2). */
    static final int PREAMBLE_BYTES = 12;
    /** tag (4) + payload length (8) before the payload, CRC32 (4) after it. */
    static final int FRAME_BYTES = 16;

    /** The sections, in the order they appear. */
    public enum Section {
        HEADER("HEAD"), WEIGHTS("WGTS"), ACTIVATIONS("ACTS"), REFERENCE("REFO");

        private final String tag;

        Section(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }

        byte[] tagBytes() {
            return tag.getBytes(StandardCharsets.US_ASCII);
        }
    }

    private TraceLayout() {
    }

    static int policyCode(OverflowPolicy p) {
        switch (p) {
            case SATURATE:
                return 0;
            case WRAP:
                return 1;
            default:
                return 2;
        }
    }

    /** The policy of a code, or null for an unknown code. */
    static OverflowPolicy policy(int code) {
        switch (code) {
            case 0:
                return OverflowPolicy.SATURATE;
            case 1:
                return OverflowPolicy.WRAP;
            case 2:
                return OverflowPolicy.ERROR;
            default:
                return null;
        }
    }

    /** Why a scale is unusable, or null when it is positive and finite. */
    static String scaleProblem(float v) {
        if (Float.isNaN(v)) {
            return "is NaN";
        }
        if (Float.isInfinite(v)) {
            return "is infinite";
        }
        return v > 0 ? null : "is " + v + ", must be positive";
    }
}
