package dintsim.traces.quantize;

import java.util.List;

/**
 * What a study measured: per setting, per-layer metrics and overall figures.
 *
 * @param model       the model (or layer source) name
 * @param description how layers and calibration data were obtained
 * @param settings    one result per setting, in the order asked for
 */
public record StudyResult(String model, String description, List<SettingResult> settings) {
    public StudyResult {
        settings = List.copyOf(settings);
    }
}
