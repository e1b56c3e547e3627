package dintsim.models.format;

import java.util.List;

/** The formats the format tests sweep: every built-in and the dINT variants the issue names. */
final class TestFormats {
    /** The formats the issue names for the nearest-value check. */
    static final List<String> ISSUE = List.of("int8", "int4", "fp4", "dint4(s=0.25)", "dint4", "dint4(s=0.75)",
            "dint4(s=0.5,zero=false)");
    /** Further family members, checked with fewer random inputs. */
    static final List<String> MORE = List.of("dint4(s=0.25,zero=false)", "dint3", "dint8(s=0.125)");
    static final List<String> NAMES = java.util.stream.Stream.concat(ISSUE.stream(), MORE.stream()).toList();

    private TestFormats() {
    }

    static List<NumberFormat> all() {
        return NAMES.stream().map(Formats::builtIn).toList();
    }
}
