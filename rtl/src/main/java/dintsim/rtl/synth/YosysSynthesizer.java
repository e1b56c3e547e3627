package dintsim.rtl.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Synthesizes Verilog with Yosys onto a {@link CellLibrary}, keeping the module hierarchy (area
 * split per module), then flattens the mapped cells into one gate-level netlist.
 * Results are cached on disk under {@code cacheDir/<sha256>} and in memory, keyed by the content
 * of the Verilog files, the top name, the script and the library text.
 */
public final class YosysSynthesizer {
    /** The Yosys commands after reading the sources; %TOP%, %LIB% and %ABC% (abc's options) are filled in. */
    static final String MAPPING = String.join("\n",
            "dfflegalize -cell $_DFF_P_ 01",
            "dfflibmap -liberty %LIB%",
            "abc %ABC%-liberty %LIB%",
            "opt_clean");
    /*
     * Hierarchical synthesis: module boundaries are kept while mapping, and the mapped design is
     * flattened afterwards for the netlist. Flattening BEFORE synthesis lets Yosys 0.23 merge the
     * multiplier and the accumulator adder into one $macc, which it maps ~35% larger (measured on
     * the 8x8 test fixture: 958 vs 707 um^2), and it would lose the per-module area split.
     */
    static final String SCRIPT = String.join("\n",
            "hierarchy -check -top %TOP%",
            "synth -top %TOP%",
            MAPPING,
            "tee -q -o hier_stat.txt stat -liberty %LIB%",
            // Public cell names survive flattening with the instance path prepended
            // (e.g. mul.cell12), so the netlist still tells which sub-block a cell belongs to.
            "rename -enumerate -pattern cell% c:*",
            "flatten",
            "opt_clean",
            "tee -q -o flat_stat.txt stat -liberty %LIB%",
            "write_verilog -noattr netlist.v",
            "");

    private static final Map<String, SynthResult> MEMORY = new ConcurrentHashMap<>();

    private final RequiredTool yosys;
    private final CellLibrary library;
    private final AreaClassifier classifier;
    private final Path cacheDir;
    private final Duration timeout;
    private final int delayTargetPs;

    /**
     * @param delayTargetPs abc's delay target ({@code abc -D}, ps) for timing-driven mapping; 0 maps
     *                      for area with no timing target
     */
    public YosysSynthesizer(RequiredTool yosys, CellLibrary library, AreaClassifier classifier, Path cacheDir,
                            Duration timeout, int delayTargetPs) {
        if (delayTargetPs < 0) {
            throw new IllegalArgumentException("delay target is " + delayTargetPs + " ps, must be >= 0 (0: none)");
        }
        this.yosys = yosys;
        this.library = library;
        this.classifier = classifier;
        this.cacheDir = cacheDir.toAbsolutePath();
        this.timeout = timeout;
        this.delayTargetPs = delayTargetPs;
    }

    /** Yosys from $DINTSIM_YOSYS or the PATH, the default library ({@link CellLibraries#standard}), no delay target. */
    public static YosysSynthesizer standard(Path cacheDir) {
        return standard(cacheDir, CellLibraries.standard(), 0);
    }

    /** Yosys from $DINTSIM_YOSYS or the PATH onto {@code library}, 10 min timeout. */
    public static YosysSynthesizer standard(Path cacheDir, CellLibrary library, int delayTargetPs) {
        return new YosysSynthesizer(yosysTool(), library,
                new AreaClassifier(library, AreaClassifier.DEFAULT_MULTIPLIER_MODULES), cacheDir, Duration.ofMinutes(10),
                delayTargetPs);
    }

    /** The same synthesizer with another abc delay target (ps; 0: none). */
    public YosysSynthesizer withDelayTarget(int ps) {
        return new YosysSynthesizer(yosys, library, classifier, cacheDir, timeout, ps);
    }

    public int delayTargetPs() {
        return delayTargetPs;
    }

    /** First line of {@code yosys -V}, e.g. "Yosys 0.23 (git sha1 ...)"; {@code dir} holds the log. */
    public static String version(Path dir) {
        String log = yosysTool().run(List.of("-V"), dir, dir.resolve("version.log"), Duration.ofSeconds(60));
        return log.strip().lines().findFirst().orElse("yosys (version unknown)");
    }

    /** The Yosys executable ($DINTSIM_YOSYS overrides "yosys" on the PATH). */
    public static RequiredTool yosysTool() {
        return RequiredTool.YOSYS.overriddenBy("DINTSIM_YOSYS");
    }

    public CellLibrary library() {
        return library;
    }

    /** Synthesizes {@code top} from the files (read with {@code read_verilog -sv}). */
    public SynthResult synthesize(String top, List<Path> verilogFiles) {
        if (top == null || !top.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
            throw new IllegalArgumentException("top module name '" + top + "' is not a plain Verilog identifier");
        }
        if (verilogFiles.isEmpty()) {
            throw new IllegalArgumentException("no Verilog files given for top " + top);
        }
        String script = SCRIPT.replace("%TOP%", top).replace("%ABC%", abcOptions());
        String key = key(top, verilogFiles, script);
        SynthResult memo = MEMORY.get(key);
        if (memo != null && Files.isRegularFile(memo.netlist())) {
            return memo;
        }
        Path dir = cacheDir.resolve(key.substring(0, 24));
        Path flatStat = dir.resolve("flat_stat.txt");
        Path hierStat = dir.resolve("hier_stat.txt");
        Path netlist = dir.resolve("netlist.v");
        boolean cached = Files.isRegularFile(flatStat) && Files.isRegularFile(hierStat) && Files.isRegularFile(netlist);
        if (!cached) {
            run(top, verilogFiles, script, dir);
        }
        SynthResult result = read(top, dir, flatStat, hierStat, netlist, key, cached, RtlHash.of(verilogFiles));
        MEMORY.put(key, result);
        return result;
    }

    /*
     * Timing-driven mapping: abc's default liberty script (&nf) ignores -D in practice (measured:
     * the same netlist for every target), so a target selects the delay-oriented script
     * map -D; buffer; upsize; dnsize, with a constraint file (inputs driven by the library's
     * smallest buffer, outputs loaded with four of its inputs). The hierarchy is kept, so each
     * module gets the target on its own: a MAC's multiplier-plus-adder path can take longer, and
     * what a netlist really reaches is OpenSTA's to say (dintsim.rtl.timing.OpenSta).
     */
    private String abcOptions() {
        if (delayTargetPs == 0) {
            return "";
        }
        String d = Integer.toString(delayTargetPs);
        return "-constr \"%CONSTR%\" -script \"+strash;dch,-f;map,-D," + d + ";buffer;upsize,-D," + d + ";dnsize,-D," + d
                + "\" ";
    }

    private String constraints() {
        LibraryCell buffer = library.smallestBuffer();
        double load = 4 * buffer.pinPf(buffer.inputs().get(0)) / library.capacitanceUnitPf();
        return "set_driving_cell " + buffer.name() + "\nset_load " + String.format(java.util.Locale.ROOT, "%.6f", load) + "\n";
    }

    private void run(String top, List<Path> verilogFiles, String script, Path dir) {
        try {
            Files.createDirectories(dir);
            Path lib = library.writeTo(dir);
            Path constr = dir.resolve("abc.constr");
            Files.writeString(constr, constraints(), StandardCharsets.UTF_8);
            script = script.replace("%CONSTR%", constr.toAbsolutePath().toString());
            StringBuilder ys = new StringBuilder();
            for (Path f : verilogFiles) {
                ys.append("read_verilog -sv \"").append(f.toAbsolutePath()).append("\"\n");
            }
            ys.append(script.replace("%LIB%", "\"" + lib.toAbsolutePath() + "\""));
            Files.writeString(dir.resolve("synth.ys"), ys, StandardCharsets.UTF_8);
            // Partial outputs of a failed run must not look like a cache hit.
            for (String f : List.of("flat_stat.txt", "hier_stat.txt", "netlist.v")) {
                Files.deleteIfExists(dir.resolve(f));
            }
            yosys.run(List.of("-q", "-s", "synth.ys"), dir, dir.resolve("yosys.log"), timeout);
        } catch (IOException e) {
            throw new UncheckedIOException("synthesis of " + top + " in " + dir, e);
        }
    }

    private SynthResult read(String top, Path dir, Path flatStat, Path hierStat, Path netlist, String key, boolean cached,
                             String verilogSha256) {
        try {
            Map<String, ModuleStat> flat = StatParser.parse(Files.readString(flatStat), flatStat.toString());
            Map<String, ModuleStat> hier = StatParser.parse(Files.readString(hierStat), hierStat.toString());
            ModuleStat flatTop = flat.get(top);
            if (flatTop == null) {
                throw new IllegalStateException(flatStat + ": no statistics for top module " + top);
            }
            AreaReport area = classifier.classify(top, flatTop, hier, dir.toString());
            return new SynthResult(top, area, netlist, hier, key, cached, verilogSha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String key(String top, List<Path> files, String script) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            update(sha, "top=" + top + "\nscript=" + script + "\nmultiplier=" + classifier.multiplierModules().pattern()
                    + "\nlibrary=" + library.text() + "\nverilog=" + RtlHash.of(files) + "\n");
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
    }
}
