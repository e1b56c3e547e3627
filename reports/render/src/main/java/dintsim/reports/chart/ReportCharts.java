package dintsim.reports.chart;

import java.util.List;

/** The report's charts, in report order: the one place a chart is registered. */
public final class ReportCharts {
    public static final List<ReportChart> ALL = List.of(
            new AreaChart(),
            new AreaVsClockChart(),
            new EnergyPerMacChart(),
            new GlitchEnergyChart(),
            new EnergyPerLayerChart(),
            new ThroughputChart(),
            new UtilizationChart(),
            new ParetoSqnrChart(),
            new ParetoCosineChart(),
            new SpecialValueChart(),
            new ErrorHistogramChart());

    private ReportCharts() {
    }
}
