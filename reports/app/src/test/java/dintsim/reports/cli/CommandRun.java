package dintsim.reports.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of a command through the shared error handling ({@link CommandLines}), for command tests.
 *
 * @param code exit code
 * @param out  standard output
 * @param err  standard error
 */
public record CommandRun(int code, String out, String err) {
    public static CommandRun of(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = CommandLines.of(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
