package dintsim.sim.cli;

import dintsim.models.param.Parameter;
import dintsim.models.param.ParameterGroup;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.hw.array.Operand;
import dintsim.sim.replay.ArchConfig;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dintsim info}: every configurable parameter as declared (name, type, unit, default,
 * bounds, meaning) and every dataflow with its mapping, straight from the declarations the
 * architecture-file loader and the help texts use.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "List the dataflows and every architecture parameter: name, unit, default, bounds, meaning.")
public final class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Dataflows (--dataflow, array.dataflow):");
        out.printf(Locale.ROOT, "  %-4s %-20s %-5s %-5s %-6s %s%n", "name", "title", "rows", "cols", "stream", "held in the PEs");
        for (Dataflow d : Dataflow.all()) {
            out.printf(Locale.ROOT, "  %-4s %-20s %-5s %-5s %-6s %s%n", d.label(), d.title(), d.rowDim(), d.colDim(),
                    d.streamDim(), d.stationaryOperand().map(Operand::label).map(l -> l + "s").orElse("outputs"));
        }
        out.println();
        out.println("Architecture parameters (--arch FILE; dotted names are the file's fields):");
        out.printf(Locale.ROOT, "  %-30s %-8s %-12s %-9s %-22s %s%n", "name", "type", "unit", "default", "bounds", "meaning");
        for (ParameterGroup group : ArchConfig.PARAMETERS.flatten()) {
            for (Parameter<?> p : group.parameters()) {
                out.printf(Locale.ROOT, "  %-30s %-8s %-12s %-9s %-22s %s%n", group.qualified(p),
                        p.type().name().toLowerCase(Locale.ROOT), p.unit().isEmpty() ? "-" : p.unit(),
                        p.defaultText(), p.bounds(), p.meaning());
            }
        }
        out.flush();
        return 0;
    }
}
