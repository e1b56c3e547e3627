package dintsim.rtl.synth;

import dintsim.rtl.synth.liberty.LookupTable;
import java.util.List;
import java.util.Map;

/**
 * A cell's energy from its Liberty tables: the output pin's {@code internal_power} rise/fall tables
 * (one per related input pin) looked up at the load and input transition, plus 1/2 C V^2 for
 * charging the load; input pins' own {@code internal_power} (a flip-flop's D and CLK); and the
 * timing arcs' {@code rise_transition}/{@code fall_transition} for the output slew.
 *
 * <p>The gate-level simulators count transitions, not their direction, and a net alternates
 * rising and falling, so the mean of the rise and fall figures is exact to within one transition.
 * Which input caused a transition is not recorded either: the related pins are averaged.
 *
 * @param outputEnergy  per related pin, rise and fall energy tables (library energy unit)
 * @param outputSlew    per timing arc, rise and fall transition tables (library time unit)
 * @param inputEnergy   input pin -> its rise and fall energy tables (1-D, by the pin's slew)
 * @param clockPin      the flip-flop's clock pin, or null
 * @param clockPinPf    the clock pin's capacitance, pF
 * @param voltage       supply voltage, V
 * @param energyToFj    library energy unit in fJ (capacitance unit x V^2: 1 pF V^2 = 1000 fJ)
 */
public record TablePower(List<LookupTable[]> outputEnergy, List<LookupTable[]> outputSlew,
                         Map<String, LookupTable[]> inputEnergy, String clockPin, double clockPinPf, double voltage,
                         double energyToFj) implements CellPower {
    public TablePower {
        outputEnergy = List.copyOf(outputEnergy);
        outputSlew = List.copyOf(outputSlew);
        inputEnergy = Map.copyOf(inputEnergy);
    }

    @Override
    public double outputTransitionFj(double loadPf, double inputSlewNs) {
        double internal = 0;
        for (LookupTable[] riseFall : outputEnergy) {
            internal += mean(riseFall, loadPf, inputSlewNs);
        }
        internal = outputEnergy.isEmpty() ? 0 : internal / outputEnergy.size();
        return internal * energyToFj + loadChargeFj(loadPf);
    }

    @Override
    public double loadChargeFj(double loadPf) {
        // Charging the load draws C V^2 from the supply on a rising edge, nothing on a falling one.
        return 0.5 * loadPf * voltage * voltage * 1000;
    }

    @Override
    public double clockPinChargeFj() {
        return clockPin == null ? 0 : clockPinPf * voltage * voltage * 1000;
    }

    @Override
    public double inputTransitionFj(String pin, double slewNs) {
        LookupTable[] riseFall = inputEnergy.get(pin);
        return riseFall == null || pin.equals(clockPin) ? 0 : mean(riseFall, 0, slewNs) * energyToFj;
    }

    @Override
    public double clockCycleFj(double clockSlewNs) {
        if (clockPin == null) {
            return 0;
        }
        LookupTable[] riseFall = inputEnergy.get(clockPin);
        double internal = riseFall == null ? 0 : 2 * mean(riseFall, 0, clockSlewNs) * energyToFj;
        return internal + clockPinChargeFj();
    }

    @Override
    public double outputSlewNs(double loadPf, double inputSlewNs) {
        if (outputSlew.isEmpty()) {
            return 0;
        }
        double s = 0;
        for (LookupTable[] riseFall : outputSlew) {
            s += mean(riseFall, loadPf, inputSlewNs);
        }
        return s / outputSlew.size();
    }

    private static double mean(LookupTable[] riseFall, double loadPf, double slewNs) {
        double sum = 0;
        int n = 0;
        for (LookupTable t : riseFall) {
            if (t != null) {
                sum += t.lookup(loadPf, slewNs);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
