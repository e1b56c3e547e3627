package dintsim.sim.mem;

import dintsim.sim.hw.array.BufferPhase;
import dintsim.sim.hw.array.Dataflow;
import dintsim.sim.hw.array.FoldSchedule;
import dintsim.sim.hw.array.Operand;

/**
 * Which operand tiles each fold needs and how big they are (TIMING.md, "System level"): the
 * dataflow says which tiles and how many elements; this class turns elements into bytes with the
 * design's bit widths, and bandwidth demands into stall cycles.
 */
public final class TileMap {
    /** Operand index for arrays: input, weight. */
    public static final int INPUT = 0;
    public static final int WEIGHT = 1;

    private final FoldSchedule schedule;
    private final Dataflow dataflow;
    private final int activationBits;
    private final int weightBits;
    private final int accumulatorBits;

    public TileMap(FoldSchedule schedule, int activationBits, int weightBits, int accumulatorBits) {
        this.schedule = schedule;
        this.dataflow = schedule.dataflow();
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

    private static Operand operand(int index) {
        return index == INPUT ? Operand.ACTIVATION : Operand.WEIGHT;
    }

    private int bits(int operand) {
        return operand == INPUT ? activationBits : weightBits;
    }

    /** Tile id of an operand (INPUT or WEIGHT) used by a fold. */
    public int tile(int operand, int fold) {
        return dataflow.tile(operand(operand), schedule, fold);
    }

    /** Number of distinct tiles of an operand. */
    public int tiles(int operand) {
        return dataflow.tiles(operand(operand), schedule);
    }

    /** Bytes of the operand tile a fold uses. */
    public long tileBytes(int operand, int fold) {
        return bytes(dataflow.tileElements(operand(operand), schedule, fold), bits(operand));
    }

    /** The largest tile of an operand (fold 0's tile is full-size in both dimensions). */
    public long maxTileBytes(int operand) {
        return tileBytes(operand, 0);
    }

    /** Bytes of a whole operand matrix. */
    public long totalBytes(int operand) {
        long other = operand == INPUT ? schedule.gemm().m() : schedule.gemm().n();
        return bytes(other * schedule.gemm().k(), bits(operand));
    }

    /** True when the fold starts a new output tile (it needs a free output-buffer slot). */
    public boolean startsOutputTile(int fold) {
        return dataflow.startsOutputTile(schedule, fold);
    }

    /** True when the fold completes an output tile (its outputs go to DRAM when it ends). */
    public boolean completesOutputTile(int fold) {
        return dataflow.completesOutputTile(schedule, fold);
    }

    /** On-chip bytes of the output tile a fold works on. */
    public long outputTileBytes(int fold) {
        return bytes(dataflow.outputTileElements(schedule, fold), accumulatorBits);
    }

    public long maxOutputTileBytes() {
        return outputTileBytes(0);
    }

    /**
     * Extra cycles a fold needs because a buffer cannot feed the array at full rate: for each
     * buffer phase, ceil(bits needed / bits per cycle) minus the cycles the array takes for it.
     */
    public long sramStall(int fold, MemoryConfig memory) {
        long stall = 0;
        for (BufferPhase phase : dataflow.bufferPhases(schedule, fold)) {
            BufferConfig buffer;
            int bits;
            switch (phase.buffer()) {
                case INPUT -> {
                    buffer = memory.input();
                    bits = activationBits;
                }
                case WEIGHT -> {
                    buffer = memory.weight();
                    bits = weightBits;
                }
                default -> {
                    buffer = memory.output();
                    bits = accumulatorBits;
                }
            }
            stall = Math.max(stall, phaseStall(phase.cycles(), phase.elementsPerCycle() * bits, buffer));
        }
        return stall;
    }

    private static long phaseStall(long cycles, long bitsPerCycle, BufferConfig buffer) {
        long need = (cycles * bitsPerCycle + buffer.bitsPerCycle() - 1) / buffer.bitsPerCycle();
        return Math.max(0, need - cycles);
    }
}
