package dintsim.reports.model;

/**
 * Accuracy and cost of one quantization configuration of the whole model.
 *
 * @param config                 configuration label, e.g. {@code W4A8 dint4(s=0.5)}
 * @param design                 the MAC design that runs it, e.g. {@code dint4xint8}
 * @param sqnrDb                 signal-to-quantization-noise ratio of the layer outputs, dB
 *                               (mean over layers)
 * @param embeddingCosine        cosine similarity of the quantized model's sentence embeddings
 *                               to the FP32 ones (mean over the sentences), or null when the
 *                               source is not a whole model
 * @param energyPerInferenceUj   energy of all linear layers of one inference on the default
 *                               array, uJ (one inference = one evaluation sentence)
 */
public record AccuracyPoint(String config, String design, double sqnrDb, Double embeddingCosine,
                            double energyPerInferenceUj) {
    public AccuracyPoint {
        Checks.name("accuracy point", "config", config);
        Checks.name("accuracy point " + config, "design", design);
        Checks.finite("accuracy point " + config, "sqnrDb", sqnrDb);
        if (embeddingCosine != null) {
            Checks.finite("accuracy point " + config, "embeddingCosine", embeddingCosine);
        }
        Checks.nonNegative("accuracy point " + config, "energyPerInferenceUj", energyPerInferenceUj);
    }
}
