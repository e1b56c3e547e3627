package dintsim.reports.table;

import dintsim.reports.model.PaperRatio;
import dintsim.reports.model.ReportData;
import java.util.List;
import java.util.Optional;

/** The dINT paper's Table 2 ratios next to the ones dintsim measured. */
public final class PaperRatioTable implements ReportTable {
    @Override
    public String id() {
        return "paper-ratios";
    }

    @Override
    public String title() {
        return "dINT paper (Table 2) vs dintsim";
    }

    @Override
    public boolean applies(ReportData data) {
        return !data.paperRatios().isEmpty();
    }

    @Override
    public Table table(ReportData data) {
        Table t = newTable(List.of("metric", "paper", "dintsim", "basis"));
        for (PaperRatio r : data.paperRatios()) {
            t.add(r.metric(), r.paper(), r.measured() == null ? "not measured" : r.measured(), r.basis());
        }
        return t;
    }

    @Override
    public Optional<String> missingNote() {
        return Optional.of("paper ratios");
    }
}
