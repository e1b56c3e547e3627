package dintsim.rtl.synth;

/**
 * Energy and output transition time of one library cell, by the load its output drives and the
 * transition time at its inputs. A characterised library answers from its Liberty tables
 * ({@link TablePower}); the bundled dintsim45 estimate has one figure per cell ({@link FixedPower}).
 */
public interface CellPower {
    /**
     * Energy drawn per output transition, fJ: internal energy plus the charge of the load,
     * averaged over rising and falling transitions and over the input pins that cause them.
     */
    double outputTransitionFj(double loadPf, double inputSlewNs);

    /**
     * The part of {@link #outputTransitionFj} that charges the load (1/2 C V^2 per transition), fJ;
     * the rest is internal energy. 0 when the figure cannot be split (one fixed energy per cell).
     */
    double loadChargeFj(double loadPf);

    /** Energy per transition at an input pin with its own internal power (e.g. a flip-flop's D), fJ. */
    double inputTransitionFj(String pin, double slewNs);

    /** Energy per clock cycle in a flip-flop's clock pin (both edges, pin capacitance included), fJ; 0 otherwise. */
    double clockCycleFj(double clockSlewNs);

    /** The part of {@link #clockCycleFj} that charges the clock pin (C V^2 per cycle), fJ; 0 when not split. */
    double clockPinChargeFj();

    /** Mean output transition time at that load and input transition, ns (0 when not characterised). */
    double outputSlewNs(double loadPf, double inputSlewNs);
}
