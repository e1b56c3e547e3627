package dintsim.models.cli;

import dintsim.models.format.Formats;
import dintsim.models.format.NumberFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dintsim formats}: the value table and bit patterns of every format, built-in or user-defined. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "Print every number format: code, bit pattern, value, fixed value, kind, reserved codes and the "
                + "rounding rule. Built-ins are int8, int4, dint4 (s = 0.5), fp4.")
public final class FormatsCommand implements Callable<Integer> {
    @Option(names = "--format-spec", paramLabel = "FILE",
            description = "A user format spec (JSON, see models/docs/formats.md); repeatable.")
    List<Path> specFiles = new ArrayList<>();

    @Option(names = "--format", paramLabel = "NAME",
            description = "Also print this format, e.g. 'dint4(s=0.25)' or 'dint4(s=0.5,zero=false)'; repeatable.")
    List<String> extraNames = new ArrayList<>();

    @Spec
    CommandSpec spec;

    public FormatsCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Formats formats = new Formats();
        for (Path p : specFiles) {
            formats.register(p);
        }
        List<NumberFormat> all = new ArrayList<>(formats.all());
        for (String name : extraNames) {
            all.add(formats.get(name));
        }
        for (int i = 0; i < all.size(); i++) {
            if (i > 0) {
                out.println();
            }
            FormatTable.print(out, all.get(i));
        }
        out.flush();
        return 0;
    }
}
