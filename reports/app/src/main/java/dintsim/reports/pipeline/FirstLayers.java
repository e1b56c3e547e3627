package dintsim.reports.pipeline;

import dintsim.traces.quantize.LayerInput;
import dintsim.traces.quantize.LayerSource;
import java.util.List;

/**
 * The first N layers of a source, for small runs. Not a whole model any more, so it measures no
 * embedding quality (the report then shows SQNR only).
 */
final class FirstLayers implements LayerSource {
    private final LayerSource source;
    private final int count;

    FirstLayers(LayerSource source, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("--layers is " + count + ", must be >= 1 (0 = all)");
        }
        this.source = source;
        this.count = count;
    }

    @Override
    public String model() {
        return source.model();
    }

    @Override
    public String description() {
        return source.description() + "; first " + count + " linear layers only";
    }

    @Override
    public List<LayerInput> layers() {
        List<LayerInput> all = source.layers();
        if (count > all.size()) {
            throw new IllegalArgumentException("--layers is " + count + " but " + source.model() + " has "
                    + all.size() + " linear layers");
        }
        return all.subList(0, count);
    }
}
