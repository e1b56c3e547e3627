package dintsim.traces.capture;

import java.util.Arrays;

/** Growable float array (amortised doubling, one copy at the end), for captured activations. */
public final class FloatList {
    private float[] data = new float[0];
    private int size;

    public void addAll(float[] values) {
        if ((long) size + values.length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("captured activations exceed 2^31 values; capture fewer or shorter inputs");
        }
        if (size + values.length > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(size + values.length, data.length * 2L)));
        }
        System.arraycopy(values, 0, data, size, values.length);
        size += values.length;
    }

    public int size() {
        return size;
    }

    public float[] toArray() {
        return size == data.length ? data : Arrays.copyOf(data, size);
    }
}
