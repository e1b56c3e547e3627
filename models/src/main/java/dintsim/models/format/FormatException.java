package dintsim.models.format;

/** A number format that cannot exist, a name nobody defined, or a code outside a format. */
public class FormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public FormatException(String message) {
        super(message);
    }
}
