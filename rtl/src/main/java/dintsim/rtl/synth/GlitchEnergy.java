package dintsim.rtl.synth;

import dintsim.models.mac.MacKind;
import dintsim.rtl.power.KindEnergy;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Energy per MAC of one netlist on one operand stream, zero-delay and glitch-aware (clock
 * energy included in both).
 *
 * @param macs                MACs simulated
 * @param zeroDelayPjPerMac   every net at most one transition per clock phase
 * @param glitchAwarePjPerMac every transition of the timed simulation, glitches included
 * @param zeroDelayTogglesPerMac   cell output transitions per MAC at zero delay
 * @param glitchAwareTogglesPerMac the same, timed
 * @param zeroDelayByKind     zero-delay energy per MAC kind on the same stream (kinds it holds)
 * @param glitchAwareByKind   glitch-aware energy per MAC kind on the same stream
 */
public record GlitchEnergy(long macs, double zeroDelayPjPerMac, double glitchAwarePjPerMac, double zeroDelayTogglesPerMac,
                           double glitchAwareTogglesPerMac, Map<MacKind, KindEnergy> zeroDelayByKind,
                           Map<MacKind, KindEnergy> glitchAwareByKind) {
    /** No glitch measurement (the study was asked for none). */
    public static final GlitchEnergy NONE = new GlitchEnergy(0, 0, 0, 0, 0);

    public GlitchEnergy {
        zeroDelayByKind = Collections.unmodifiableMap(copy(zeroDelayByKind));
        glitchAwareByKind = Collections.unmodifiableMap(copy(glitchAwareByKind));
    }

    /** The means alone, no split by kind. */
    public GlitchEnergy(long macs, double zeroDelayPjPerMac, double glitchAwarePjPerMac, double zeroDelayTogglesPerMac,
                        double glitchAwareTogglesPerMac) {
        this(macs, zeroDelayPjPerMac, glitchAwarePjPerMac, zeroDelayTogglesPerMac, glitchAwareTogglesPerMac, Map.of(), Map.of());
    }

    private static EnumMap<MacKind, KindEnergy> copy(Map<MacKind, KindEnergy> m) {
        EnumMap<MacKind, KindEnergy> out = new EnumMap<>(MacKind.class);
        out.putAll(m);
        return out;
    }

    public boolean measured() {
        return macs > 0;
    }

    /** Glitch-aware over zero-delay energy. */
    public double ratio() {
        return glitchAwarePjPerMac / zeroDelayPjPerMac;
    }
}
