package dintsim.traces.capture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link LinearLayer} that passes every call on to another implementation and keeps a copy of
 * the inputs and outputs, appended per layer name in call order.
 */
final class RecordingLinearLayer implements LinearLayer {

    private final LinearLayer delegate;
    private final Map<String, Recording> recordings = new LinkedHashMap<>();

    RecordingLinearLayer(LinearLayer delegate) {
        this.delegate = delegate;
    }

    @Override
    public float[] apply(String name, float[] x, int t) {
        float[] y = delegate.apply(name, x, t);
        recordings.computeIfAbsent(name, n -> new Recording()).append(x, y, t);
        return y;
    }

    /** Captures for {@code layers}, in that order; a layer never called has M = 0. */
    List<LayerCapture> captures(List<LinearWeights> layers) {
        List<LayerCapture> out = new ArrayList<>(layers.size());
        for (LinearWeights w : layers) {
            Recording r = recordings.getOrDefault(w.name(), new Recording());
            out.add(new LayerCapture(w.name(), r.rows, w.k(), w.n(), r.x.toArray(), r.y.toArray()));
        }
        return out;
    }

    private static final class Recording {
        final FloatList x = new FloatList();
        final FloatList y = new FloatList();
        int rows;

        void append(float[] in, float[] out, int t) {
            x.addAll(in);
            y.addAll(out);
            rows += t;
        }
    }
}
