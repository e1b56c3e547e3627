package dintsim.sim.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Drives a set of {@link Clocked} components with one clock edge per cycle: evaluate all, then
 * commit all, in registration order. Runs cycles {@code first .. last} inclusive (or until
 * {@link #stopAfter} is called) on the given context.
 *
 * <p>While no other event is pending before the next edge, one edge event runs the following
 * cycles in a loop (advancing the context's time) instead of re-entering the event queue every
 * cycle; the order of events is exactly the same as with one event per cycle, only cheaper.
 */
public final class ClockDomain {
    private final SimContext context;
    private final Clock clock;
    private final List<Clocked> members = new ArrayList<>();
    private final Event edge;
    private long cycle;
    private long lastCycle;

    public ClockDomain(SimContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
        this.edge = new Event("clock edge") {
            @Override
            public void process() {
                tick();
            }
        };
    }

    public void add(Clocked component) {
        members.add(component);
    }

    /** Schedules the clock for cycles {@code first .. last}. */
    public void start(long first, long last) {
        if (last < first) {
            return;
        }
        this.cycle = first;
        this.lastCycle = last;
        context.schedule(edge, clock.tickOf(first));
    }

    /** Ends the run after the current cycle. */
    public void stopAfter(long cycleToStop) {
        lastCycle = Math.min(lastCycle, cycleToStop);
    }

    public long cycle() {
        return cycle;
    }

    private void tick() {
        while (true) {
            for (Clocked c : members) {
                c.evaluate(cycle);
            }
            for (Clocked c : members) {
                c.commit(cycle);
            }
            if (cycle >= lastCycle) {
                return;
            }
            cycle++;
            long next = clock.tickOf(cycle);
            if (context.nextPendingTick() <= next) {
                context.schedule(edge, next);
                return;
            }
            context.advanceTo(next);
        }
    }
}
