package dintsim.sim.mem;

import dintsim.sim.kernel.SimContext;

/**
 * One DRAM channel: requests are served whole, first come first served, at a fixed bandwidth;
 * a request of b bytes issued at tick t completes at max(t, busy-until) + ceil(b / bandwidth).
 * Because service is FIFO, the completion tick is known when the request is issued.
 */
public final class DramChannel {
    private final SimContext context;
    private final double bytesPerCycle;
    private long busyUntil;
    private long readBytes;
    private long writeBytes;
    private long busyCycles;

    public DramChannel(SimContext context, double bytesPerCycle) {
        this.context = context;
        this.bytesPerCycle = bytesPerCycle;
    }

    /** Issues a read at the current tick; returns its completion tick. */
    public long read(long bytes) {
        readBytes += bytes;
        return serve(bytes);
    }

    /** Issues a write at the current tick; returns its completion tick. */
    public long write(long bytes) {
        writeBytes += bytes;
        return serve(bytes);
    }

    private long serve(long bytes) {
        long duration = (long) Math.ceil(bytes / bytesPerCycle);
        long start = Math.max(context.now(), busyUntil);
        busyUntil = start + duration;
        busyCycles += duration;
        return busyUntil;
    }

    public long readBytes() {
        return readBytes;
    }

    public long writeBytes() {
        return writeBytes;
    }

    /** Cycles the channel spent transferring. */
    public long busyCycles() {
        return busyCycles;
    }
}
