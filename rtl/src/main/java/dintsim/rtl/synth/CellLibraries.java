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
 * the same OSU cell family at 0.35 and 0.5 um ({@link #OSU035}, {@link #OSU050}) and
 * {@link #DINTSIM45} (bundled estimate) stay selectable.
 *
 * @param name        what {@code --library} calls it
 * @param libertyName the name in its Liberty file (also accepted by {@link #named})
 * @param provenance  where the areas and energies come from
 * @param nodeNm      its technology node, nm
 * @param installed   the Debian-installed Liberty file and the package that installs it (null: bundled)
 * @param spice       the SPICE netlists of its cells beside it, for transistor counts (null: none)
 */
public record CellLibraries(String name, String libertyName, String provenance, double nodeNm, RequiredTool installed,
                            Path spice) {
    public static final CellLibraries OSU018 = osu("osu018", "osu018_stdcells", "0.18", "1.8", 180,
            RequiredTool.OSU018_LIBRARY, "osu018_stdcells.sp");
    public static final CellLibraries OSU035 = osu("osu035", "osu035_stdcells", "0.35", "3.3", 350,
            RequiredTool.OSU035_LIBRARY, "osu035_stdcells.sp");
    public static final CellLibraries OSU050 = osu("osu050", "osu05_stdcells", "0.5", "5", 500,
            RequiredTool.OSU050_LIBRARY, "osu050_stdcells.sp");
    public static final CellLibraries DINTSIM45 = new CellLibraries("dintsim45", "dintsim45",
            "dintsim45.lib (bundled): NanGate 45 nm X1 cell areas; per-toggle energies ESTIMATED from public pin "
                    + "capacitances at 1.1 V (rtl/docs/AREA_ENERGY.md), good to a factor of ~2", 45, null, null);

    /** Every named library, the default first. */
    public static final List<CellLibraries> ALL = List.of(OSU018, OSU035, OSU050, DINTSIM45);

    /** An OSU standard-cell library as Debian's qflow-tech package installs it. */
    private static CellLibraries osu(String name, String libertyName, String microns, String volts, double nodeNm,
                                     RequiredTool installed, String spiceFile) {
        Path lib = Path.of(installed.command());
        return new CellLibraries(name, libertyName, lib.getFileName() + " (Debian " + installed.debianPackage() + "): OSU "
                + microns + " um standard cells, typical corner, " + volts + " V; "
                + "areas, pin capacitances, NLDM transition and internal-power tables as characterised by OSU; "
                + "energy per transition = internal_power table at the net's load and slew + 1/2 C V^2; "
                + "transistor counts from " + spiceFile, nodeNm, installed, lib.resolveSibling(spiceFile));
    }

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
        if (installed == null) {
            return CellLibrary.bundled();
        }
        installed.require();
        Path lib = Path.of(installed.command());
        Map<String, Integer> transistors = Files.isRegularFile(spice) ? spiceTransistors(read(spice)) : Map.of();
        return CellLibrary.parse(read(lib), lib.toString(), provenance, transistors);
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
