package dintsim.rtl.power;

/**
 * Energy of the MACs of one kind (zero / special / normal weight).
 *
 * @param macs     how many MACs of this kind were run
 * @param meanPj   mean energy per MAC, pJ (cell switching plus the flip-flops' clock)
 */
public record KindEnergy(long macs, double meanPj) {
}
