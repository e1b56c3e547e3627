package dintsim.reports.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * The one error path of every dintsim command: a user error (bad option value, bad file, bad
 * data) prints {@code dintsim COMMAND: message} alone on standard error and exits with 2; any
 * other exception is an internal error (exit 1, with its stack trace). Commands just throw.
 */
public final class CommandLines {
    private CommandLines() {
    }

    /** A picocli command line for the command, with the shared error handling. */
    public static CommandLine of(Object command) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler(CommandLines::handle);
        return cli;
    }

    /** True for what the user can cause and fix: the message alone says what is wrong. */
    static boolean isUserError(Exception e) {
        return e instanceof IllegalArgumentException || e instanceof ArithmeticException || e instanceof IOException
                || e instanceof UncheckedIOException;
    }

    private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        String prefix = name.startsWith("dintsim") ? name : "dintsim " + name;
        if (isUserError(e)) {
            err.println(prefix + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        err.println(prefix + ": internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return 1;
    }
}
