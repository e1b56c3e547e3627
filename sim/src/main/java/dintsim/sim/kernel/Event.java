package dintsim.sim.kernel;

/**
 * Something that happens at one tick: a component creates its events once, keeps them as fields
 * and schedules them through its {@link SimContext}. An event has exactly one job,
 * {@link #process()}; it may be scheduled again only after it ran (or was never scheduled).
 */
public abstract class Event {
    /** Ties at one tick run in ascending priority; lower numbers first. */
    public static final int PRIORITY_DEFAULT = 0;

    private final String name;
    private final int priority;
    boolean scheduled;
    long when;
    long sequence;

    protected Event(String name, int priority) {
        this.name = name;
        this.priority = priority;
    }

    protected Event(String name) {
        this(name, PRIORITY_DEFAULT);
    }

    /** The event's one job, run when the context reaches its tick. */
    public abstract void process();

    public String name() {
        return name;
    }

    public int priority() {
        return priority;
    }

    public boolean isScheduled() {
        return scheduled;
    }

    /** Tick it is scheduled for (meaningful while {@link #isScheduled()}). */
    public long when() {
        return when;
    }

    @Override
    public String toString() {
        return name + (scheduled ? " @" + when : "");
    }
}
