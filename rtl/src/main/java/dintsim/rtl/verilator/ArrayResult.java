package dintsim.rtl.verilator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What array_tb.cpp measured: the cycle count (cycle of the last output write + 1, idle PEs'
 * output slots included, as TIMING.md times folds), the M x N output values, which outputs
 * overflowed at some step (saturated, wrapped, or flagged by an ERROR design), and the cycle
 * each output was finally written. File: {@code "DARRRS1\0"}, int64 cycles, int64 count, int32
 * values[count], u8 overflow[count], int64 writeCycle[count] (-1 = never written); little-endian.
 *
 * @param seconds wall time the testbench spent in its cycle loop
 */
public record ArrayResult(long cycles, int[] values, boolean[] overflowed, long[] writeCycles, double seconds,
                          long simulatedCycles) {

    public static ArrayResult read(Path file, long expectedCount, double seconds, long simulatedCycles) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[8];
        if (b.remaining() < 24) {
            throw new IllegalArgumentException(file + ": byte offset 0: result file truncated (" + b.remaining() + " bytes)");
        }
        b.get(magic);
        if (!new String(magic, 0, 7, java.nio.charset.StandardCharsets.US_ASCII).equals("DARRRS1")) {
            throw new IllegalArgumentException(file + ": byte offset 0: not a dintsim array result");
        }
        long cycles = b.getLong();
        long count = b.getLong();
        if (count != expectedCount || b.remaining() != count * 13) {
            throw new IllegalArgumentException(file + ": byte offset 16: " + count + " outputs and " + b.remaining()
                    + " bytes of data, expected " + expectedCount + " outputs");
        }
        int n = (int) count;
        int[] values = new int[n];
        b.asIntBuffer().get(values);
        b.position(b.position() + 4 * n);
        boolean[] ovf = new boolean[n];
        for (int i = 0; i < n; i++) {
            ovf[i] = b.get() != 0;
        }
        long[] writes = new long[n];
        b.asLongBuffer().get(writes);
        return new ArrayResult(cycles, values, ovf, writes, seconds, simulatedCycles);
    }

    public long overflowedOutputs() {
        long n = 0;
        for (boolean o : overflowed) {
            n += o ? 1 : 0;
        }
        return n;
    }
}
