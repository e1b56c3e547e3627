package dintsim.sim.cli;

import dintsim.models.param.Parameter;
import dintsim.models.param.ParameterGroup;
import dintsim.sim.hw.array.ArrayShape;
import dintsim.sim.replay.ArchConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;

/**
 * Help texts of command-line options, made from the parameter declarations ({@code descriptionKey}
 * of an option = the parameter's dotted name), so an option's help can never disagree with the
 * default and bounds the architecture file is validated against. picocli finds this bundle by the
 * class name given in a command's {@code resourceBundle}.
 */
public final class ParameterHelp extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        List<Object[]> entries = new ArrayList<>();
        for (ParameterGroup group : ArchConfig.PARAMETERS.flatten()) {
            for (Parameter<?> p : group.parameters()) {
                entries.add(new Object[] {group.qualified(p), p.help()});
            }
        }
        entries.add(new Object[] {"array", "array size ROWSxCOLS, each " + ArrayShape.ROWS.bounds() + " (default "
                + ArrayShape.ROWS.defaultValue() + "x" + ArrayShape.COLS.defaultValue() + ")"});
        return entries.toArray(new Object[0][]);
    }
}
