package dintsim.sim.hw.array;

/** Weight-stationary (TIMING.md, ws): weights stay in the PEs, activations stream, M runs in time. */
final class WeightStationary extends StationaryDataflow {
    WeightStationary() {
        super(Operand.WEIGHT);
    }

    @Override
    public String label() {
        return "ws";
    }

    @Override
    public String title() {
        return "weight-stationary";
    }
}
