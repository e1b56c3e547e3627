package dintsim.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every option's help states its default (an option with a default that its help hides misleads). */
class HelpTextTest {
    @Test
    void everyOptionWithADefaultSaysWhatItIs() {
        List<String> silent = new ArrayList<>();
        collect(CommandLines.of(new Main()), silent);
        assertEquals(List.of(), silent, "options whose help omits their default");
    }

    private static void collect(CommandLine cli, List<String> silent) {
        for (OptionSpec o : cli.getCommandSpec().options()) {
            boolean flag = o.type() == boolean.class || o.type() == Boolean.class;
            if (o.defaultValue() == null || flag || o.usageHelp() || o.versionHelp()) {
                continue;
            }
            String help = String.join(" ", o.description()).toLowerCase(Locale.ROOT);
            String value = o.defaultValue().toLowerCase(Locale.ROOT);
            if (!help.contains("default") || !(help.contains(value) || help.contains("${default-value}"))) {
                silent.add(cli.getCommandSpec().qualifiedName() + " " + o.longestName() + " (default " + o.defaultValue() + ")");
            }
        }
        cli.getSubcommands().values().forEach(sub -> collect(sub, silent));
    }
}
