package dintsim.sim.hw.array;

/**
 * Input-stationary (TIMING.md, is; SCALE-Sim's "is"): activations stay in the PEs (rows cover K,
 * columns M), weights stream, N runs in time; 2R + C + T - 2 cycles per fold without overlap.
 */
final class InputStationary extends StationaryDataflow {
    InputStationary() {
        super(Operand.ACTIVATION);
    }

    @Override
    public String label() {
        return "is";
    }

    @Override
    public String title() {
        return "input-stationary";
    }
}
