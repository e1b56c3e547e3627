package dintsim.sim.kernel;

import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * A one-way connection between two components with a fixed latency in ticks: a value sent at
 * tick t is delivered to the receiver at t + latency, in send order. Latency belongs to the link,
 * not to the components it joins.
 *
 * @param <T> payload type
 */
public final class Link<T> {
    private final SimContext context;
    private final String name;
    private final long latency;
    private final Consumer<T> receiver;
    private final ArrayDeque<T> inFlight = new ArrayDeque<>();
    private final ArrayDeque<Long> arrivals = new ArrayDeque<>();
    private final Event deliver;
    private long sent;

    public Link(SimContext context, String name, long latency, Consumer<T> receiver) {
        if (latency < 0) {
            throw new IllegalArgumentException("link '" + name + "': latency must be >= 0, got " + latency);
        }
        this.context = context;
        this.name = name;
        this.latency = latency;
        this.receiver = receiver;
        this.deliver = new Event("deliver on " + name) {
            @Override
            public void process() {
                deliverDue();
            }
        };
    }

    public String name() {
        return name;
    }

    public long latency() {
        return latency;
    }

    /** Values sent so far. */
    public long sentCount() {
        return sent;
    }

    public void send(T value) {
        inFlight.addLast(value);
        arrivals.addLast(context.now() + latency);
        sent++;
        if (!deliver.isScheduled()) {
            context.schedule(deliver, context.now() + latency);
        }
    }

    private void deliverDue() {
        while (!arrivals.isEmpty() && arrivals.peekFirst() <= context.now()) {
            arrivals.removeFirst();
            receiver.accept(inFlight.removeFirst());
        }
        if (!arrivals.isEmpty()) {
            context.schedule(deliver, arrivals.peekFirst());
        }
    }
}
