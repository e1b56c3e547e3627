package dintsim.sim.scalesim;

import dintsim.sim.hw.array.Dataflow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A SCALE-Sim .cfg file as SCALE-Sim reads it: run name, array height (rows) and width
 * (columns), dataflow, SRAM sizes, interface bandwidth mode (CALC or USER) and the user
 * bandwidths in words per cycle. Offsets and MemoryBanks are read by SCALE-Sim only for its
 * address traces, which dintsim does not write.
 */
public record ScaleSimConfig(String runName, int rows, int cols, Dataflow dataflow, int ifmapSramKb, int filterSramKb,
                             int ofmapSramKb, boolean userBandwidth, List<Integer> bandwidths) {
    static final String GENERAL = "general";
    static final String ARCH = "architecture_presets";
    static final String RUN = "run_presets";

    public ScaleSimConfig {
        bandwidths = List.copyOf(bandwidths);
    }

    public static ScaleSimConfig read(Path file) {
        IniFile ini = IniFile.read(file);
        String runName = ini.get(GENERAL, "run_name");
        if (runName.isEmpty() || runName.contains("/") || runName.contains("\\") || runName.startsWith(".")) {
            throw new IllegalArgumentException(file + ": [general] run_name '" + runName + "' must be a plain directory name");
        }
        String mode = ini.get(RUN, "InterfaceBandwidth").toUpperCase(Locale.ROOT);
        if (!mode.equals("CALC") && !mode.equals("USER")) {
            throw new IllegalArgumentException(file + ": [run_presets] InterfaceBandwidth = '" + mode + "' must be USER or CALC");
        }
        String df = ini.get(ARCH, "Dataflow").toLowerCase(Locale.ROOT);
        if (!List.of("ws", "os", "is").contains(df)) {
            throw new IllegalArgumentException(file + ": [architecture_presets] Dataflow = '" + df + "' must be ws, os or is");
        }
        List<Integer> bws = new ArrayList<>();
        if (mode.equals("USER")) {
            for (String b : ini.get(ARCH, "Bandwidth").split(",")) {
                try {
                    int v = Integer.parseInt(b.strip());
                    if (v < 1) {
                        throw new NumberFormatException();
                    }
                    bws.add(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ": [architecture_presets] Bandwidth entry '" + b.strip()
                            + "' is not a positive integer (words per cycle)", e);
                }
            }
        }
        return new ScaleSimConfig(runName, ini.positiveInt(ARCH, "ArrayHeight"), ini.positiveInt(ARCH, "ArrayWidth"),
                Dataflow.parse(df, file + ": [architecture_presets] Dataflow"), ini.positiveInt(ARCH, "IfmapSramSzkB"),
                ini.positiveInt(ARCH, "FilterSramSzkB"), ini.positiveInt(ARCH, "OfmapSramSzkB"), mode.equals("USER"), bws);
    }
}
