package dintsim.rtl.synth;

/** An external tool (Yosys, Verilator, a C++ compiler) is missing, failed or timed out. */
public class ExternalToolException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ExternalToolException(String message) {
        super(message);
    }
}
