package dintsim.rtl.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cell libraries the flow can synthesize onto, each labelled with where its numbers come
 * from. {@link #OSU018} (characterised, installed by Debian's qflow-tech-osu018) is the default;
 * {@link #DINTSIM45} (bundled estimate) stays selectable.
 *
 * @param name        what {@code --library} calls it
 * @param libertyName the name in its Liberty file (also accepted by {@link #named})
 * @param provenance  where the areas and energies come from
 * @param nodeNm      its technology node, nm
 */
public record CellLibraries(String name, String libertyName, String provenance, double nodeNm) {
    /** The installed OSU 0.18 um library. */
    public static final Path OSU018_LIB = Path.of("/usr/share/qflow/tech/osu018/osu018_stdcells.lib");
    /** The SPICE netlists of its cells, beside it: transistor counts. */
    public static final Path OSU018_SPICE = Path.of("/usr/share/qflow/tech/osu018/osu018_stdcells.sp");

    public static final CellLibraries OSU018 = new CellLibraries("osu018", "osu018_stdcells",
            "osu018_stdcells.lib (Debian qflow-tech-osu018): OSU 0.18 um standard cells, typical corner, 1.8 V; "
                    + "areas, pin capacitances, NLDM transition and internal-power tables as characterised by OSU; "
                    + "energy per transition = internal_power table at the net's load and slew + 1/2 C V^2; "
                    + "transistor counts from osu018_stdcells.sp", 180);
    public static final CellLibraries DINTSIM45 = new CellLibraries("dintsim45", "dintsim45",
            "dintsim45.lib (bundled): NanGate 45 nm X1 cell areas; per-toggle energies ESTIMATED from public pin "
                    + "capacitances at 1.1 V (rtl/docs/AREA_ENERGY.md), good to a factor of ~2", 45);

    /** Every named library, the default first. */
    public static final List<CellLibraries> ALL = List.of(OSU018, DINTSIM45);

    /** The default library of the flow. */
    public static CellLibrary standard() {
        return OSU018.load();
    }

    /** The node of a named library by its Liberty name; 0 for any other library (a user's file). */
    public static double nodeNmOf(String libertyName) {
        return ALL.stream().filter(l -> l.libertyName.equals(libertyName)).mapToDouble(CellLibraries::nodeNm)
                .findFirst().orElse(0);
    }

    /** A library by its name (see {@link #ALL}), or a Liberty file by its path. */
    public static CellLibrary named(String nameOrFile) {
        for (CellLibraries l : ALL) {
            if (l.name.equals(nameOrFile) || l.libertyName.equals(nameOrFile)) {
                return l.load();
            }
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("library '" + nameOrFile + "' is neither one of "
                    + ALL.stream().map(CellLibraries::name).toList() + " nor a Liberty file");
        }
        return CellLibrary.parse(read(file), file.toString(), file + " (a Liberty file given by the user)", Map.of());
    }

    /** Reads this library (the installed file, or the bundled resource). */
    public CellLibrary load() {
        if (this.equals(DINTSIM45)) {
            return CellLibrary.bundled();
        }
        RequiredTool.OSU018_LIBRARY.require();
        Map<String, Integer> transistors = Files.isRegularFile(OSU018_SPICE) ? spiceTransistors(read(OSU018_SPICE))
                : Map.of();
        return CellLibrary.parse(read(OSU018_LIB), OSU018_LIB.toString(), provenance, transistors);
    }

    private static final Pattern SUBCKT = Pattern.compile("(?ims)^\\.subckt\\s+(\\S+)(.*?)^\\.ends");
    private static final Pattern DEVICE = Pattern.compile("(?im)^M\\S*\\s");

    /** Cell -> number of MOS devices (lines starting with M) in each {@code .subckt}. */
    static Map<String, Integer> spiceTransistors(String spice) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Matcher m = SUBCKT.matcher(spice);
        while (m.find()) {
            Matcher d = DEVICE.matcher(m.group(2));
            int n = 0;
            while (d.find()) {
                n++;
            }
            out.put(m.group(1), n);
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
    }
}
