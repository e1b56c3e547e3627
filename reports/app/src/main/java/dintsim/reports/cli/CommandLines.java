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

    /**
     * Executes the command line; running out of heap is a message with the heap size and what to
     * do, not a raw OutOfMemoryError (its stack trace would not help anyone).
     */
    public static int execute(CommandLine cli, String... args) {
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            cli.getErr().printf(java.util.Locale.ROOT, "dintsim: out of memory: the Java heap is limited to %.1f GiB; "
                    + "run with a larger heap (e.g. JAVA_OPTS=-Xmx64g ./dintsim ...) or smaller layers%n",
                    Runtime.getRuntime().maxMemory() / 1073741824.0);
            cli.getErr().flush();
            return 2;
        }
    }

    /** Runs {@code check}; a user error it raises is prefixed with the option it is about ("option --seq-len: ..."). */
    public static <T> T option(String option, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("option " + option + ": " + e.getMessage(), e);
        }
    }

    /**
     * Options given where they would have no effect are errors, never silently ignored: each of
     * {@code options} the user gave needs {@code needed} to hold ({@code what} says why).
     */
    public static void requireFor(picocli.CommandLine.Model.CommandSpec spec, boolean needed, String what, String... options) {
        if (spec == null || needed) {
            return;
        }
        for (String o : options) {
            if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                throw new IllegalArgumentException("option " + o + " has no effect here: it needs " + what);
            }
        }
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
