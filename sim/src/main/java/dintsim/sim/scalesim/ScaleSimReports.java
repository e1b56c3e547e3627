package dintsim.sim.scalesim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes COMPUTE_REPORT.csv and BANDWIDTH_REPORT.csv in SCALE-Sim's layout: its headers, one
 * line per layer ({@code id, value, value,} with ", " separators and a trailing comma), floats as
 * Python prints them.
 */
public final class ScaleSimReports {
    public static final String COMPUTE = "COMPUTE_REPORT.csv";
    public static final String BANDWIDTH = "BANDWIDTH_REPORT.csv";

    /** One layer's SCALE-Sim figures plus dintsim's DRAM traffic per operand (bytes). */
    public record Row(ScaleSimMetrics metrics, long ifmapDramBytes, long filterDramBytes, long ofmapDramBytes) {
    }

    private ScaleSimReports() {
    }

    public static List<Path> write(Path dir, List<Row> rows) {
        StringBuilder compute = new StringBuilder("LayerID, Total Cycles, Stall Cycles, Overall Util %, Mapping Efficiency %, "
                + "Compute Util %,\n");
        StringBuilder bandwidth = new StringBuilder("LayerID, Avg IFMAP SRAM BW, Avg FILTER SRAM BW, Avg OFMAP SRAM BW, "
                + "Avg IFMAP DRAM BW, Avg FILTER DRAM BW, Avg OFMAP DRAM BW,\n");
        for (int i = 0; i < rows.size(); i++) {
            ScaleSimMetrics m = rows.get(i).metrics();
            double cycles = m.totalCycles();
            compute.append(i).append(", ").append(m.totalCycles()).append(", ").append(m.stallCycles()).append(", ")
                    .append(PythonFloat.str(m.overallUtil())).append(", ").append(PythonFloat.str(m.mappingEfficiency()))
                    .append(", ").append(PythonFloat.str(m.computeUtil())).append(",\n");
            bandwidth.append(i).append(", ").append(PythonFloat.str(m.ifmapSramReads() / cycles)).append(", ")
                    .append(PythonFloat.str(m.filterSramReads() / cycles)).append(", ")
                    .append(PythonFloat.str(m.ofmapSramWrites() / cycles)).append(", ")
                    .append(PythonFloat.str(rows.get(i).ifmapDramBytes() / cycles)).append(", ")
                    .append(PythonFloat.str(rows.get(i).filterDramBytes() / cycles)).append(", ")
                    .append(PythonFloat.str(rows.get(i).ofmapDramBytes() / cycles)).append(",\n");
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(COMPUTE), compute);
            Files.writeString(dir.resolve(BANDWIDTH), bandwidth);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot write SCALE-Sim reports: " + e.getMessage(), e);
        }
        return List.of(dir.resolve(COMPUTE), dir.resolve(BANDWIDTH));
    }
}
