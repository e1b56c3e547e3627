package dintsim.reports.table;

import dintsim.reports.model.GapStep;
import dintsim.reports.model.ReportData;
import java.util.List;
import java.util.Optional;

/**
 * The INT8 / dINT4 gap, step by step: each row one measured change from the measured row before
 * it, with the factor that change moved each ratio by; a step the run left out says why; the
 * paper's Table 2 figures close it, with the factor that remains from the last measured row.
 */
public final class GapTable implements ReportTable {
    @Override
    public String id() {
        return "gap-decomposition";
    }

    @Override
    public String title() {
        return "INT8 / dINT4 gap, step by step";
    }

    @Override
    public boolean applies(ReportData data) {
        return data.synthesis().gap().stream().anyMatch(GapStep::measured);
    }

    @Override
    public Table table(ReportData data) {
        Table t = newTable(List.of("step", "clock [MHz]", "INT8 area [um2]", "dINT4 area [um2]", "area ratio",
                "energy ratio", "area x vs previous", "energy x vs previous", "basis"));
        GapStep previous = null;
        for (GapStep s : data.synthesis().gap()) {
            boolean compared = previous != null && s.areaRatio() != null;
            t.add(s.step(), cell(s.clockMhz()), cell(s.int8AreaUm2()), cell(s.dintAreaUm2()),
                    s.areaRatio() == null ? "not measured" : s.areaRatio(), s.energyRatio() == null ? "not measured" : s.energyRatio(),
                    compared ? (Object) (s.areaRatio() / previous.areaRatio()) : "-",
                    compared ? (Object) (s.energyRatio() / previous.energyRatio()) : "-",
                    s.paper() && previous != null ? s.basis() + " (x vs previous: what remains from the last measured row)"
                            : s.basis());
            if (s.measured()) {
                previous = s;
            }
        }
        return t;
    }

    @Override
    public Optional<String> missingNote() {
        return Optional.empty(); // the area-vs-clock chart names the missing synthesis study
    }

    private static Object cell(Double v) {
        return v == null ? "-" : v;
    }
}
