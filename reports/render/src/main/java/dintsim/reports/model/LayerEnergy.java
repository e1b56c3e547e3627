package dintsim.reports.model;

/**
 * Energy of one layer on one design: the layer's MAC counts by kind times the design's energy
 * per MAC of each kind.
 *
 * @param layer      layer name
 * @param design     design name
 * @param macs       MACs the layer performs
 * @param nanojoules energy of the whole layer, nJ
 */
public record LayerEnergy(String layer, String design, long macs, double nanojoules) {
    public LayerEnergy {
        Checks.name("layer energy", "layer", layer);
        Checks.name("layer energy of " + layer, "design", design);
        Checks.nonNegative("layer energy of " + layer, "macs", macs);
        Checks.nonNegative("layer energy of " + layer, "nanojoules", nanojoules);
    }
}
