package dintsim.reports.table;

import dintsim.reports.model.CosimCheck;
import dintsim.reports.model.ReportData;
import java.util.List;
import java.util.Optional;

/** Verilator co-simulation against the Java simulator, one row per layer, design and array. */
public final class CosimTable implements ReportTable {
    @Override
    public String id() {
        return "cosim";
    }

    @Override
    public String title() {
        return "Verilator co-simulation vs Java simulator";
    }

    @Override
    public boolean applies(ReportData data) {
        return !data.cosim().isEmpty();
    }

    @Override
    public Table table(ReportData data) {
        Table t = newTable(List.of("layer", "design", "array", "sim cycles", "RTL cycles", "values compared",
                "mismatches", "agrees", "problems"));
        for (CosimCheck c : data.cosim()) {
            t.add(c.layer(), c.design(), c.array(), c.simCycles(), c.rtlCycles(), c.valuesCompared(),
                    c.mismatches(), c.agrees() ? "yes" : "NO", c.problems().isEmpty() ? "none" : c.problems());
        }
        return t;
    }

    @Override
    public Optional<String> missingNote() {
        return Optional.of("co-simulation");
    }
}
