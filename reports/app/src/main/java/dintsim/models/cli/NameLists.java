package dintsim.models.cli;

/** How command lines split lists of format and design names. */
public final class NameLists {
    /**
     * Splits at commas outside parentheses, so {@code int4,dint4(s=0.25,zero=false)} is two
     * names. Use as picocli's {@code split}; pair it with {@link #LABEL} for readable help.
     */
    public static final String SPLIT = ",(?![^()]*\\))";

    /** What the help shows between list items instead of the regular expression. */
    public static final String LABEL = ",";

    private NameLists() {
    }
}
