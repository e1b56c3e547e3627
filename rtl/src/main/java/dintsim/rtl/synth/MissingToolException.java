package dintsim.rtl.synth;

/** A stage's external program is not installed; the message says which package to install. */
public final class MissingToolException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MissingToolException(RequiredTool tool) {
        super("'" + tool.command() + "' not found on PATH; it is needed for " + tool.neededFor()
                + ". Install it with: sudo apt-get install " + tool.debianPackage()
                + " (./dintsim installs it automatically), or skip the stage (see --help)");
    }
}
