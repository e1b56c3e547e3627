package dintsim.rtl.synth;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The hand-written Verilog test fixtures and one shared synthesizer (its cache lives for the run). */
public final class Fixtures {
    public static final Path WORK = Path.of("target", "dintsim-test-synth");
    private static YosysSynthesizer synthesizer;

    private Fixtures() {
    }

    public static synchronized YosysSynthesizer synthesizer() {
        if (synthesizer == null) {
            synthesizer = YosysSynthesizer.standard(WORK.resolve("synth-cache"));
        }
        return synthesizer;
    }

    /** A fixture file under src/test/resources/dintsim/rtl/synth. */
    public static Path file(String name) {
        try {
            var url = Fixtures.class.getResource("/dintsim/rtl/synth/" + name);
            if (url == null) {
                throw new IllegalStateException("test resource dintsim/rtl/synth/" + name + " is missing");
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture MAC {@code mac_<design>} (int8xint8 or int4xint8). */
    public static MacRtl mac(String design) {
        return new MacRtl("mac_" + design, List.of(file("mac_" + design + ".v")));
    }

    public static SynthResult synthesizeMac(String design) {
        MacRtl rtl = mac(design);
        return synthesizer().synthesize(rtl.top(), rtl.files());
    }
}
