package dintsim.rtl.verilator;

import dintsim.models.golden.CodeMatrix;
import dintsim.rtl.emit.ArrayConfig;
import dintsim.rtl.gen.MacPlan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The stimulus file array_tb.cpp replays: header {@code "DARRST1\0"}, then int32 dataflow (0 ws,
 * 1 os), doubleBuffered (0/1), R, C, M, K, N, weightBits, activationBits, accumulatorWidth,
 * productWidth; then the M x K activation codes and the N x K weight codes, one byte each,
 * row-major (the trace layout). Little-endian.
 */
public final class ArrayStimulus {
    private ArrayStimulus() {
    }

    public static void write(Path file, MacPlan plan, ArrayConfig config, CodeMatrix activations, CodeMatrix weights)
            throws IOException {
        if (activations.cols() != weights.cols()) {
            throw new IllegalArgumentException("stimulus " + file + ": activations have K = " + activations.cols()
                    + " but weights have K = " + weights.cols());
        }
        ByteBuffer head = ByteBuffer.allocate(8 + 11 * 4).order(ByteOrder.LITTLE_ENDIAN);
        head.put(new byte[] {'D', 'A', 'R', 'R', 'S', 'T', '1', 0});
        int[] fields = {config.dataflow() == dintsim.sim.hw.array.Dataflow.OS ? 1 : 0, config.doubleBuffered() ? 1 : 0,
            config.rows(), config.cols(), activations.rows(), activations.cols(), weights.rows(), plan.weightBits(),
            plan.activationBits(), plan.accumulator().width(), plan.productWidth()};
        for (int f : fields) {
            head.putInt(f);
        }
        head.flip();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(head);
            ch.write(ByteBuffer.wrap(activations.codes()));
            ch.write(ByteBuffer.wrap(weights.codes()));
        }
    }
}
