package dintsim.reports.table;

import dintsim.reports.model.IsoPoint;
import dintsim.reports.model.ReportData;
import java.util.List;
import java.util.Optional;

/** Each design's netlist at the iso-frequency: its delay target, fmax, best fmax of the sweep, area. */
public final class IsoFrequencyTable implements ReportTable {
    @Override
    public String id() {
        return "iso-frequency";
    }

    @Override
    public String title() {
        return "Netlists at the iso-frequency (fmax per design)";
    }

    @Override
    public boolean applies(ReportData data) {
        return !data.synthesis().isoPoints().isEmpty();
    }

    @Override
    public Table table(ReportData data) {
        Table t = newTable(List.of("design", "iso-frequency [MHz]", "delay target [ns] (0: none)", "fmax of this netlist [MHz]",
                "best fmax of the sweep [MHz]", "area [um2]"));
        double iso = data.synthesis().isoFrequencyMhz();
        for (IsoPoint p : data.synthesis().isoPoints()) {
            t.add(p.design(), iso, p.delayTargetNs(), p.fmaxMhz(), p.bestFmaxMhz(), p.areaUm2());
        }
        return t;
    }

    @Override
    public Optional<String> missingNote() {
        return Optional.empty(); // the area-vs-clock chart names the missing sweep
    }
}
