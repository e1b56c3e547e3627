package dintsim.rtl.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external program with a timeout and turns every failure into an
 * {@link ExternalToolException} that says what to install or what went wrong.
 *
 * @param executable  program name or path
 * @param debianPackage the package that provides it, named in "not found" errors
 */
public record ExternalTool(String executable, String debianPackage) {

    /** True when the program can be started. */
    public boolean available() {
        try {
            Process p = new ProcessBuilder(executable, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs {@code executable args...} in {@code workDir}; stdout and stderr go to {@code logFile}.
     * Returns the log text. Non-zero exit or timeout throws with the log's tail.
     */
    public String run(List<String> args, Path workDir, Path logFile, Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(args);
        Process process;
        try {
            Files.createDirectories(workDir);
            process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile()).start();
        } catch (IOException e) {
            throw new ExternalToolException("cannot run '" + executable + "' (" + e.getMessage() + "); install it "
                    + "with: apt-get install " + debianPackage);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new ExternalToolException(executable + " timed out after " + timeout.toSeconds() + " s in "
                        + workDir + " (log: " + logFile + ")");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ExternalToolException(executable + " was interrupted");
        }
        String log = readLog(logFile);
        if (process.exitValue() != 0) {
            throw new ExternalToolException(executable + " failed with exit code " + process.exitValue() + " in "
                    + workDir + " (log: " + logFile + "):\n" + tail(log, 40));
        }
        return log;
    }

    private static String readLog(Path logFile) {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** The last {@code lines} lines of a text. */
    public static String tail(String text, int lines) {
        String[] all = text.split("\n");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", java.util.Arrays.copyOfRange(all, from, all.length));
    }
}
