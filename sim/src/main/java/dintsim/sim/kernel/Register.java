package dintsim.sim.kernel;

/**
 * A clocked register of one {@code long} value: {@link #set} writes the next value during
 * evaluate, {@link #commit()} makes it current; reads always see the value from the start of the
 * cycle. Counts the writes that took effect.
 */
public final class Register {
    private final String name;
    private long current;
    private long next;
    private boolean pending;
    private long writes;

    public Register(String name, long reset) {
        this.name = name;
        this.current = reset;
    }

    public String name() {
        return name;
    }

    public long get() {
        return current;
    }

    public void set(long value) {
        next = value;
        pending = true;
    }

    public void commit() {
        if (pending) {
            current = next;
            pending = false;
            writes++;
        }
    }

    public long writes() {
        return writes;
    }
}
