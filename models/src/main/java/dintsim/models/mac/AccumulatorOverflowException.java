package dintsim.models.mac;

/** A partial sum left the accumulator's range under {@link OverflowPolicy#ERROR}. */
public class AccumulatorOverflowException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    public AccumulatorOverflowException(String message) {
        super(message);
    }
}
