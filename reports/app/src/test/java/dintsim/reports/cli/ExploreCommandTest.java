package dintsim.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explore on the real MiniLM (a two-passage corpus keeps it quick): budgets, the Pareto front, bad options. */
class ExploreCommandTest {
    private static final double SLACK_PJ = 36 * 0.0005;

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(new ExploreCommand(), args);
    }

    private String[] args(Path out, String... more) throws Exception {
        Path text = dir.resolve("text.txt");
        Files.writeString(text, "The systolic array streams activations through a grid of multiply-accumulate units.\n"
                + "A quiet harbour town wakes up to the sound of fishing boats and gulls.\n");
        // Defaults of the test; an option in {@code more} replaces its default (a single-valued option may be given once).
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("--format", "int8,int4");
        options.put("--text", text.toString());
        options.put("--clip-min", "1");
        options.put("--points", "3");
        options.put("--out", out.toString());
        for (int i = 0; i < more.length; i += 2) {
            options.put(more[i], more[i + 1]);
        }
        List<String> a = new java.util.ArrayList<>(List.of("--no-progress"));
        options.forEach((k, v) -> {
            a.add(k);
            a.add(v);
        });
        return a.toArray(String[]::new);
    }

    @Test
    void budgetBetweenTheUniformSettingsGivesAMixedMeasuredAllocation() throws Exception {
        Path front = dir.resolve("front");
        CommandRun r = run(args(front));
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(front.resolve("explore.json").toFile());
        JsonNode uniform = json.get("uniform");
        assertEquals(2, uniform.size());
        double e8 = uniform.get(0).get("energyPj").asDouble();
        double e4 = uniform.get(1).get("energyPj").asDouble();
        assertTrue(e4 < e8, e4 + " vs " + e8);
        // A larger budget never predicts a worse allocation; the ends are the uniform settings.
        JsonNode pareto = json.get("pareto");
        assertEquals(3, pareto.size(), "both ends are feasible: the uniform settings");
        for (int k = 1; k < pareto.size(); k++) {
            assertTrue(pareto.get(k).get("predictedCosine").asDouble() >= pareto.get(k - 1).get("predictedCosine").asDouble());
            // The solver counts each layer's energy rounded to the fJ: 36 layers may add up to 18 fJ more.
            assertTrue(pareto.get(k).get("energyPj").asDouble() <= pareto.get(k).get("energyBudgetPj").asDouble() + SLACK_PJ);
        }
        assertEquals(uniform.get(0).get("predictedCosine").asDouble(), pareto.get(2).get("predictedCosine").asDouble(), 1e-9);
        assertEquals(uniform.get(1).get("measuredCosine").asDouble(), pareto.get(0).get("measuredCosine").asDouble(), 1e-12);
        assertTrue(Files.size(front.resolve("pareto-explore.png")) > 1000);
        assertFalse(Files.exists(front.resolve("allocation.csv")), "no budget given: no answer");

        double budget = (e4 + e8) / 2;
        Path mid = dir.resolve("mid");
        CommandRun m = run(args(mid, "--energy-budget", Double.toString(budget)));
        assertEquals(0, m.code(), m.err());
        JsonNode answer = new ObjectMapper().readTree(mid.resolve("explore.json").toFile()).get("answer");
        assertTrue(answer.get("energyPj").asDouble() <= budget + SLACK_PJ);
        List<String> allocation = Files.readAllLines(mid.resolve("allocation.csv"));
        assertEquals(37, allocation.size());
        long int4 = allocation.stream().filter(l -> l.endsWith(",int4")).count();
        assertTrue(int4 > 0 && int4 < 36, "a budget halfway needs a mix: " + int4 + " int4 layers");
        double measured = answer.get("measuredCosine").asDouble();
        assertTrue(measured > uniform.get(1).get("measuredCosine").asDouble() && measured < 1, "measured " + measured);
    }

    @Test
    void cosineFloorGivesTheCheapestAllocationAboveIt() throws Exception {
        Path front = dir.resolve("front");
        assertEquals(0, run(args(front, "--points", "2")).code());
        JsonNode uniform = new ObjectMapper().readTree(front.resolve("explore.json").toFile()).get("uniform");
        double floor = (uniform.get(0).get("predictedCosine").asDouble() + uniform.get(1).get("predictedCosine").asDouble()) / 2;
        Path cheap = dir.resolve("cheap");
        CommandRun r = run(args(cheap, "--points", "2", "--cosine-floor", Double.toString(floor)));
        assertEquals(0, r.code(), r.err());
        JsonNode answer = new ObjectMapper().readTree(cheap.resolve("explore.json").toFile()).get("answer");
        assertEquals("floor", answer.get("kind").asText());
        assertTrue(answer.get("predictedCosine").asDouble() >= floor - 1e-9, answer.toString());
        assertTrue(answer.get("energyPj").asDouble() < uniform.get(0).get("energyPj").asDouble(), "cheaper than all-int8");
        // A floor above every allocation's prediction is refused, naming it, and writes nothing.
        Path none = dir.resolve("none");
        CommandRun bad = run(args(none, "--points", "2", "--cosine-floor", "1"));
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("dintsim explore: no allocation meets cosineFloor = 1.0"), bad.err());
        assertFalse(Files.exists(none));
    }

    @Test
    void badOptionsAreNamedAndWriteNothing() throws Exception {
        Path out = dir.resolve("none");
        assertBad(run(args(out, "--points", "1")), "option --points");
        assertBad(run(args(out, "--cosine-floor", "1.5")), "option --cosine-floor");
        assertBad(run(args(out, "--energy-budget", "-3")), "option --energy-budget");
        assertBad(run(args(out, "--format", "int9")), "option --format");
        Path arch = dir.resolve("arch.yaml");
        Files.writeString(arch, "design: int8xint8\n");
        assertBad(run(args(out, "--arch", arch.toString())), "option --arch");
        assertFalse(Files.exists(out));
    }

    private static void assertBad(CommandRun r, String named) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("dintsim explore: " + named), r.err());
    }
}
