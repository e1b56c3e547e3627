package dintsim.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dintsim.models.param.Parameter;
import dintsim.models.param.ParameterGroup;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.replay.ArchConfig;
import dintsim.sim.replay.ArchConfigLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The parameter declarations are the single source of defaults, bounds, help texts and `dintsim info`. */
class ParameterDeclarationsTest {

    private static String run(Object command, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute(args));
        return out.toString();
    }

    @Test
    void infoListsEveryDeclaredParameterWithItsDefaultAndBoundsAndEveryDataflow() {
        String info = run(new InfoCommand());
        int listed = 0;
        for (ParameterGroup g : ArchConfig.PARAMETERS.flatten()) {
            for (Parameter<?> p : g.parameters()) {
                String line = info.lines().filter(l -> l.trim().startsWith(g.qualified(p) + " ")).findFirst()
                        .orElseThrow(() -> new AssertionError("info misses " + g.qualified(p)));
                assertTrue(line.contains(p.defaultText()) && line.contains(p.bounds()), line);
                listed++;
            }
        }
        assertEquals(16, listed);
        for (Dataflow d : Dataflow.all()) {
            assertTrue(info.contains("  " + d.label() + " ") && info.contains(d.title()), d.label());
        }
    }

    @Test
    void helpTextsAndFileDefaultsComeFromTheDeclarations() {
        String help = run(new SimulateCommand(), "--help").replaceAll("\\s+", " ");
        assertTrue(help.contains(ArrayShape.OVERLAP.help().replaceAll("\\s+", " ")), help);
        assertTrue(help.contains(ArchConfig.CLOCK_MHZ.help().replaceAll("\\s+", " ")), help);
        ArchConfig empty = ArchConfigLoader.parse("{}", "empty.json", false);
        assertEquals(ArchConfig.defaults().array(), empty.array());
        assertEquals(ArchConfig.defaults().memory(), empty.memory());
        assertEquals(ArchConfig.CLOCK_MHZ.defaultValue(), empty.clockMhz());
        assertEquals(ArrayShape.ROWS.defaultValue(), empty.array().rows());
    }

    @Test
    void boundsApplyToFilesAndOptionsAlike() {
        IllegalArgumentException file = assertThrows(IllegalArgumentException.class,
                () -> ArchConfigLoader.parse("{\"clockMhz\": 0}", "a.json", false));
        assertTrue(file.getMessage().contains("a.json: field 'clockMhz' is 0, must be " + ArchConfig.CLOCK_MHZ.bounds()),
                file.getMessage());
        IllegalArgumentException option = assertThrows(IllegalArgumentException.class,
                () -> ArchConfig.CLOCK_MHZ.check(-1.0, "option --clock-mhz"));
        assertTrue(option.getMessage().contains("option --clock-mhz is -1, must be " + ArchConfig.CLOCK_MHZ.bounds()));
    }
}
