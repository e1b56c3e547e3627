package dintsim.sim.kernel;

import java.util.PriorityQueue;

/**
 * One simulation: the current tick and the pending events. There is no global simulator; every
 * component gets the context it lives in.
 *
 * <p>Total order of events: ascending (tick, priority, sequence number), where the sequence
 * number counts {@link #schedule} calls; so on equal tick and priority the event scheduled
 * first runs first (FIFO). Ticks are {@code long}; scheduling in the past, or an event that is
 * already pending, throws at once.
 */
public final class SimContext {
    private final PriorityQueue<Event> queue = new PriorityQueue<>(SimContext::order);
    private long now;
    private long nextSequence;
    private long processed;

    private static int order(Event a, Event b) {
        int c = Long.compare(a.when, b.when);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.priority(), b.priority());
        return c != 0 ? c : Long.compare(a.sequence, b.sequence);
    }

    /** The current tick. */
    public long now() {
        return now;
    }

    /** Events processed so far. */
    public long processedEvents() {
        return processed;
    }

    /** Schedules {@code event} at absolute tick {@code when} (>= now). */
    public void schedule(Event event, long when) {
        if (when < now) {
            throw new IllegalStateException("event '" + event.name() + "' scheduled at tick " + when
                    + ", in the past (now " + now + ")");
        }
        if (event.scheduled) {
            throw new IllegalStateException("event '" + event.name() + "' is already scheduled at tick " + event.when
                    + "; cannot schedule it again at " + when);
        }
        event.scheduled = true;
        event.when = when;
        event.sequence = nextSequence++;
        queue.add(event);
    }

    /** Schedules {@code event} {@code delay} ticks from now. */
    public void scheduleIn(Event event, long delay) {
        if (delay < 0) {
            throw new IllegalStateException("event '" + event.name() + "': negative delay " + delay);
        }
        schedule(event, now + delay);
    }

    /** Removes a pending event; returns false when it was not pending. */
    public boolean deschedule(Event event) {
        if (!event.scheduled) {
            return false;
        }
        queue.remove(event);
        event.scheduled = false;
        return true;
    }

    /** Tick of the earliest pending event, or Long.MAX_VALUE when none is pending. */
    public long nextPendingTick() {
        Event e = queue.peek();
        return e == null ? Long.MAX_VALUE : e.when;
    }

    /**
     * Moves time forward without an event, for a component that runs several of its own cycles
     * inside one event (see {@link ClockDomain}); allowed only up to the next pending event, so
     * the total order is unchanged.
     */
    void advanceTo(long tick) {
        if (tick < now || tick > nextPendingTick()) {
            throw new IllegalStateException("cannot advance from tick " + now + " to " + tick
                    + " (next pending event at " + nextPendingTick() + ")");
        }
        now = tick;
    }

    public boolean hasPending() {
        return !queue.isEmpty();
    }

    /** Runs events until none is left; returns the tick of the last one. */
    public long run() {
        return runUntil(Long.MAX_VALUE);
    }

    /** Runs every event with tick <= {@code limit}; returns the current tick afterwards. */
    public long runUntil(long limit) {
        while (!queue.isEmpty() && queue.peek().when <= limit) {
            Event e = queue.poll();
            e.scheduled = false;
            now = e.when;
            processed++;
            e.process();
        }
        return now;
    }
}
