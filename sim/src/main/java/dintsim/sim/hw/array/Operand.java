package dintsim.sim.hw.array;

/** The two GEMM operands as the array sees them: activations A (M x K) and weights W (K x N, stored N x K). */
public enum Operand {
    ACTIVATION("activation", BufferPhase.Buffer.INPUT),
    WEIGHT("weight", BufferPhase.Buffer.WEIGHT);

    private final String label;
    private final BufferPhase.Buffer buffer;

    Operand(String label, BufferPhase.Buffer buffer) {
        this.label = label;
        this.buffer = buffer;
    }

    /** "activation" or "weight": the name register counters use ({@code reg.activation}). */
    public String label() {
        return label;
    }

    /** The on-chip buffer holding this operand. */
    public BufferPhase.Buffer buffer() {
        return buffer;
    }

    public Operand other() {
        return this == ACTIVATION ? WEIGHT : ACTIVATION;
    }
}
