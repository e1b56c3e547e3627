package dintsim.sim.mem;

import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.hw.array.FoldSchedule;

/**
 * Which operand tiles each fold needs and how big they are (TIMING.md, "System level").
 * ws: input tile = k-tile (M x R activations), weight tile = the fold's R x C block, output tile
 * = n-tile (M x C partial sums, complete after the last k-tile). os: input tile = m-tile (R x K),
 * weight tile = n-tile (K x C), output tile = the fold's R x C outputs.
 */
public final class TileMap {
    /** Operand index for arrays: input, weight. */
    public static final int INPUT = 0;
    public static final int WEIGHT = 1;

    private final FoldSchedule schedule;
    private final boolean ws;
    private final int activationBits;
    private final int weightBits;
    private final int accumulatorBits;

    public TileMap(FoldSchedule schedule, int activationBits, int weightBits, int accumulatorBits) {
        this.schedule = schedule;
        this.ws = schedule.array().dataflow() == Dataflow.WS;
        this.activationBits = activationBits;
        this.weightBits = weightBits;
        this.accumulatorBits = accumulatorBits;
    }

    public FoldSchedule schedule() {
        return schedule;
    }

    static long bytes(long elements, int bits) {
        return (elements * bits + 7) / 8;
    }

    /** Tile id of an operand (INPUT or WEIGHT) used by a fold. */
    public int tile(int operand, int fold) {
        if (operand == INPUT) {
            return ws ? schedule.innerTile(fold) : schedule.outerTile(fold);
        }
        return ws ? fold : schedule.innerTile(fold);
    }

    /** Number of distinct tiles of an operand. */
    public int tiles(int operand) {
        if (operand == INPUT) {
            return ws ? schedule.innerTiles() : schedule.outerTiles();
        }
        return ws ? schedule.folds() : schedule.innerTiles();
    }

    /** Bytes of the operand tile a fold uses. */
    public long tileBytes(int operand, int fold) {
        int ur = schedule.usedRows(fold);
        int uc = schedule.usedCols(fold);
        if (operand == INPUT) {
            return ws ? bytes((long) schedule.gemm().m() * ur, activationBits) : bytes((long) ur * schedule.gemm().k(), activationBits);
        }
        return ws ? bytes((long) ur * uc, weightBits) : bytes((long) uc * schedule.gemm().k(), weightBits);
    }

    /** The largest tile of an operand (fold 0's tile is full-size in both dimensions). */
    public long maxTileBytes(int operand) {
        return tileBytes(operand, 0);
    }

    /** Bytes of a whole operand matrix. */
    public long totalBytes(int operand) {
        return operand == INPUT ? bytes((long) schedule.gemm().m() * schedule.gemm().k(), activationBits)
                : bytes((long) schedule.gemm().n() * schedule.gemm().k(), weightBits);
    }

    /** True when the fold starts a new output tile (it needs a free output-buffer slot). */
    public boolean startsOutputTile(int fold) {
        return !ws || schedule.innerTile(fold) == 0;
    }

    /** True when the fold completes an output tile (its outputs go to DRAM when it ends). */
    public boolean completesOutputTile(int fold) {
        return !ws || schedule.innerTile(fold) == schedule.innerTiles() - 1;
    }

    /** On-chip bytes of the output tile a fold works on. */
    public long outputTileBytes(int fold) {
        int uc = schedule.usedCols(fold);
        return ws ? bytes((long) schedule.gemm().m() * uc, accumulatorBits)
                : bytes((long) schedule.usedRows(fold) * uc, accumulatorBits);
    }

    public long maxOutputTileBytes() {
        return outputTileBytes(0);
    }

    /**
     * Extra cycles a fold needs because a buffer cannot feed the array at full rate: for each
     * buffer, ceil(bits needed / bits per cycle) minus the cycles the array takes for that phase.
     */
    public long sramStall(int fold, MemoryConfig memory) {
        int ur = schedule.usedRows(fold);
        int uc = schedule.usedCols(fold);
        long t = schedule.streamLength();
        long stall = 0;
        stall = Math.max(stall, phaseStall(t, (long) ur * activationBits, memory.input()));
        if (ws) {
            long outBits = (long) uc * accumulatorBits * (schedule.innerTile(fold) > 0 ? 2 : 1);
            stall = Math.max(stall, phaseStall(t, outBits, memory.output()));
            stall = Math.max(stall, phaseStall(schedule.array().rows(), (long) uc * weightBits, memory.weight()));
        } else {
            stall = Math.max(stall, phaseStall(t, (long) uc * weightBits, memory.weight()));
        }
        return stall;
    }

    private static long phaseStall(long cycles, long bitsPerCycle, BufferConfig buffer) {
        long need = (cycles * bitsPerCycle + buffer.bitsPerCycle() - 1) / buffer.bitsPerCycle();
        return Math.max(0, need - cycles);
    }
}
