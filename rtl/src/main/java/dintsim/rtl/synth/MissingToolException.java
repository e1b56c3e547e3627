package dintsim.rtl.synth;

/** A stage's external program is not installed; the message says which package to install. */
public final class MissingToolException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MissingToolException(RequiredTool tool) {
        super("'" + tool.command() + "' " + (tool.program() ? "not found on PATH" : "does not exist") + "; it is needed for " + tool.neededFor()
                + ". Install it with: sudo apt-get install " + tool.debianPackage()
                + " (./dintsim installs it automatically), or skip the stage (see --help)");
    }
}
