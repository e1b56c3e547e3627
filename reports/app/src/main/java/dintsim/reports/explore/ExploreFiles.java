package dintsim.reports.explore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dintsim.reports.chart.ChartFiles;
import dintsim.reports.table.CsvWriter;
import dintsim.reports.table.Table;
import dintsim.traces.quantize.LayerSensitivity;
import dintsim.traces.quantize.SensitivityStudy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of an exploration: sensitivity.csv (each layer and setting alone, with its costs),
 * points.csv (uniform settings, Pareto front and the answer to the command's question, predicted
 * vs measured), allocation.csv (the answer's setting per layer), explore.json (all of it) and
 * pareto-explore.png/.svg.
 */
public final class ExploreFiles {
    public static final String CHART = "pareto-explore";

    private ExploreFiles() {
    }

    /** One layer in one setting, alone (cosineAlone null when the source is not a whole model). */
    record SensitivityRow(String layer, String format, double sqnrDb, Double cosineAlone, double loss) {
    }

    public static void write(Path dir, SensitivityStudy study, LayerCosts costs, List<ExplorePoint> uniform,
                             List<ExplorePoint> pareto, ExplorePoint answer, Map<String, Object> question) {
        try {
            CsvWriter.write(sensitivity(study, costs), dir);
            CsvWriter.write(points(uniform, pareto, answer), dir);
            if (answer != null) {
                CsvWriter.write(allocation(study, answer), dir);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("model", study.source().model());
            root.put("evaluation", study.source().description());
            root.put("question", question);
            root.put("predictedLoss", "sum over layers of (1 - mean embedding cosine) with that layer alone quantized "
                    + "in its setting; predicted cosine = 1 - predicted loss; solved by CP-SAT with losses in units of "
                    + Explorer.LOSS_UNIT + " and energy in fJ");
            root.put("answer", answer);
            root.put("uniform", uniform);
            root.put("pareto", pareto);
            root.put("sensitivity", study.rows().stream().map(s -> new SensitivityRow(s.layer(), s.setting().format().name(),
                    s.metrics().sqnrDb(), s.embedding() == null ? null : s.embedding().meanCosine(), s.loss())).toList());
            Files.writeString(dir.resolve("explore.json"),
                    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n");
            var chart = ExploreChart.draw(pareto, uniform);
            Files.write(dir.resolve(CHART + ".png"), ChartFiles.png(chart));
            Files.writeString(dir.resolve(CHART + ".svg"), ChartFiles.svg(chart, CHART));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the exploration to " + dir + ": " + e.getMessage(), e);
        }
    }

    static Table sensitivity(SensitivityStudy study, LayerCosts costs) {
        Table t = new Table("sensitivity", "Each layer quantized alone", List.of("layer", "format", "output SQNR [dB]",
                "embedding cosine (layer alone)", "loss", "energy [pJ]", "cycles", "area [um2]"));
        for (int i = 0; i < costs.layers(); i++) {
            for (int j = 0; j < costs.settings(); j++) {
                LayerSensitivity s = study.sensitivity(i, j);
                t.add(s.layer(), s.setting().format().name(), s.metrics().sqnrDb(),
                        s.embedding() == null ? "not measured" : (Object) s.embedding().meanCosine(), s.loss(),
                        costs.energyPj(i, j), costs.cycles(i, j), costs.areaUm2(j));
            }
        }
        return t;
    }

    static Table points(List<ExplorePoint> uniform, List<ExplorePoint> pareto, ExplorePoint answer) {
        Table t = new Table("points", "Allocations: predicted vs measured", List.of("kind", "energy budget [pJ]",
                "energy [pJ]", "cycles", "area [um2]", "predicted cosine", "measured cosine", "measured min cosine", "mix"));
        for (List<ExplorePoint> list : List.of(uniform, pareto, answer == null ? List.<ExplorePoint>of() : List.of(answer))) {
            for (ExplorePoint p : list) {
                t.add(p.kind(), p.energyBudgetPj() == null ? "" : (Object) p.energyBudgetPj(), p.energyPj(), p.cycles(),
                        p.areaUm2(), p.predictedCosine(), p.measuredCosine(), p.measuredMinCosine(), p.mix());
            }
        }
        return t;
    }

    static Table allocation(SensitivityStudy study, ExplorePoint answer) {
        Table t = new Table("allocation", "Chosen format per layer", List.of("layer", "format"));
        for (int i = 0; i < answer.formats().size(); i++) {
            t.add(study.layerNames().get(i), answer.formats().get(i));
        }
        return t;
    }
}
