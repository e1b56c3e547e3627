package dintsim.sim.mem;

import dintsim.sim.hw.array.FoldSchedule;
import dintsim.sim.kernel.Event;
import dintsim.sim.kernel.SimContext;

/**
 * The array inside its memory system, one event per fold boundary (TIMING.md, "System level").
 * A fold cannot start before its operand tiles are on chip and an output-buffer slot is free;
 * when it must wait, the whole array waits (a clock-enable gap), so the fold-internal timing of
 * the contract is unchanged and folds only move later. Tiles are loaded over one FIFO DRAM
 * channel in fold order as soon as a buffer slot is free; outputs are written back when their
 * tile is complete.
 */
public final class SystemModel {
    private final TileMap tiles;
    private final MemoryConfig memory;
    private final FoldSchedule schedule;
    private final SimContext context;
    private final DramChannel dram;
    private final MemoryStats stats;
    private final int folds;
    private final boolean[] resident = new boolean[2];
    private final int[] slots = new int[2];
    private final int[] slotsInUse = new int[2];
    private final long[][] tileReady = new long[2][];
    private final long[] foldReady;
    private final int outputSlots;
    private int outputSlotsInUse;
    private int nextLoad;
    private final boolean[] loadedForNext = new boolean[2];
    private long nextLoadReady;
    private int nextStart;
    private boolean startPending;
    private long earliestNextStart;
    private long lastEnd;
    private long lastWrite;
    private final Event startEvent;

    public SystemModel(TileMap tiles, MemoryConfig memory) {
        this.tiles = tiles;
        this.memory = memory;
        this.schedule = tiles.schedule();
        this.context = new SimContext();
        this.dram = new DramChannel(context, memory.dramBytesPerCycle());
        this.stats = new MemoryStats();
        this.folds = schedule.folds();
        this.foldReady = new long[folds];
        BufferConfig[] buffers = {memory.input(), memory.weight()};
        for (int op = 0; op < 2; op++) {
            resident[op] = tiles.totalBytes(op) <= buffers[op].sizeBytes();
            slots[op] = (int) Math.min(2, buffers[op].sizeBytes() / tiles.maxTileBytes(op));
            tileReady[op] = new long[tiles.tiles(op)];
            java.util.Arrays.fill(tileReady[op], -1);
        }
        this.outputSlots = (int) Math.min(2, memory.output().sizeBytes() / tiles.maxOutputTileBytes());
        if (slots[0] < 1 || slots[1] < 1 || outputSlots < 1) {
            throw new IllegalStateException("buffers must hold one tile; validate the configuration first");
        }
        this.startEvent = new Event("fold start", 1) {
            @Override
            public void process() {
                startPending = false;
                startFold();
            }
        };
    }

    /** Runs the whole layer; {@code arrayCycles} is the ideal-memory count, for the stall figure. */
    public MemoryStats run(long arrayCycles) {
        context.schedule(new Event("begin") {
            @Override
            public void process() {
                pumpLoads();
            }
        }, 0);
        context.run();
        if (nextStart < folds) {
            throw new IllegalStateException("memory model stopped before fold " + nextStart + " of " + folds);
        }
        long end = Math.max(lastEnd, lastWrite);
        stats.systemCycles.add(end);
        stats.stallCycles.add(end - arrayCycles);
        stats.dramReadBytes.add(dram.readBytes());
        stats.dramWriteBytes.add(dram.writeBytes());
        stats.dramBusyCycles.add(dram.busyCycles());
        return stats;
    }

    /** Issues tile loads in fold order while buffer slots allow. */
    private void pumpLoads() {
        while (nextLoad < folds) {
            int f = nextLoad;
            for (int op = 0; op < 2; op++) {
                if (loadedForNext[op]) {
                    continue;
                }
                int tile = tiles.tile(op, f);
                boolean reused = resident[op] ? tileReady[op][tile] >= 0 : f > 0 && tiles.tile(op, f - 1) == tile;
                if (!reused) {
                    if (!resident[op] && slotsInUse[op] >= slots[op]) {
                        return; // wait for a fold to end and free a slot
                    }
                    if (!resident[op]) {
                        slotsInUse[op]++;
                    }
                    long bytes = tiles.tileBytes(op, f);
                    tileReady[op][tile] = dram.read(bytes);
                    if (op == TileMap.INPUT) {
                        stats.inputFillBytes.add(bytes);
                    } else {
                        stats.weightFillBytes.add(bytes);
                    }
                }
                nextLoadReady = Math.max(nextLoadReady, tileReady[op][tile]);
                loadedForNext[op] = true;
            }
            foldReady[f] = nextLoadReady;
            nextLoadReady = 0;
            loadedForNext[0] = false;
            loadedForNext[1] = false;
            nextLoad++;
            pumpStarts();
        }
    }

    /** Starts the next fold when its loads are issued; schedules it at its earliest legal cycle. */
    private void pumpStarts() {
        if (startPending || nextStart >= folds || nextStart >= nextLoad) {
            return;
        }
        int f = nextStart;
        if (tiles.startsOutputTile(f) && outputSlotsInUse >= outputSlots) {
            return; // wait for a write-back to free an output slot
        }
        long when = Math.max(Math.max(earliestNextStart, foldReady[f] + schedule.lead(f)), context.now());
        startPending = true;
        context.schedule(startEvent, when);
    }

    private void startFold() {
        int f = nextStart++;
        long now = context.now();
        if (tiles.startsOutputTile(f)) {
            outputSlotsInUse++;
        }
        long sramStall = tiles.sramStall(f, memory);
        stats.sramStallCycles.add(sramStall);
        earliestNextStart = now + schedule.spacing() + sramStall;
        long end = now + schedule.span() + sramStall;
        context.schedule(new Event("fold end") {
            @Override
            public void process() {
                endFold(f);
            }
        }, end);
        pumpStarts();
    }

    /** The cycle after the fold's last: free operand slots whose run of folds ends here, write back outputs. */
    private void endFold(int f) {
        lastEnd = Math.max(lastEnd, context.now());
        for (int op = 0; op < 2; op++) {
            boolean lastOfRun = f == folds - 1 || tiles.tile(op, f + 1) != tiles.tile(op, f);
            if (!resident[op] && lastOfRun) {
                slotsInUse[op]--;
            }
        }
        if (tiles.completesOutputTile(f)) {
            long bytes = tiles.outputTileBytes(f);
            stats.outputDrainBytes.add(bytes);
            long done = dram.write(bytes);
            lastWrite = Math.max(lastWrite, done);
            context.schedule(new Event("write-back done") {
                @Override
                public void process() {
                    outputSlotsInUse--;
                    pumpStarts();
                }
            }, done);
        }
        pumpLoads();
        pumpStarts();
    }
}
