package dintsim.rtl;

import dintsim.models.format.Formats;
import dintsim.models.mac.AccumulatorSpec;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacDesigns;
import dintsim.models.mac.OverflowPolicy;
import java.util.List;

/** The MAC designs the RTL tests cover: the standard ones, dINT with s = 0.25, narrow accumulators. */
public final class TestDesigns {
    private TestDesigns() {
    }

    public static List<MacDesign> all() {
        Formats f = new Formats();
        return List.of(
                MacDesigns.standard("int8xint8"),
                MacDesigns.standard("int4xint8"),
                MacDesigns.standard("dint4xint8"),
                MacDesigns.standard("fp4xint8"),
                MacDesigns.parse("dint4(s=0.25)xint8", f),
                MacDesigns.parse("int8xint8", f, new AccumulatorSpec(16, 0, OverflowPolicy.SATURATE)),
                MacDesigns.parse("dint4xint8", f, new AccumulatorSpec(12, 1, OverflowPolicy.WRAP)),
                MacDesigns.parse("int4xint8", f, new AccumulatorSpec(13, 0, OverflowPolicy.ERROR)),
                // Fewer fraction bits than the product: the truncating (floor) alignment path.
                MacDesigns.parse("fp4xint8", f, new AccumulatorSpec(14, 0, OverflowPolicy.SATURATE)));
    }
}
