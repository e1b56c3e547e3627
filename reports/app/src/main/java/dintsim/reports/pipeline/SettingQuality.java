package dintsim.reports.pipeline;

/**
 * What the quantization study measured for one setting of the whole model.
 *
 * @param setting           label, e.g. {@code W4A8 dint4(s=0.5) rtn}
 * @param design            the MAC design that runs it
 * @param specialValue      dINT's s, or 0 for other formats
 * @param meanSqnrDb        mean of the layers' output SQNR, dB
 * @param embeddingCosine   mean sentence-embedding cosine to FP32, or null for a source that is not a whole model
 * @param underflowFraction non-zero weights quantized to zero / non-zero weights, over all layers
 * @param inferences        inferences (sentences) the traces hold; their tokens are the traces' M rows
 */
public record SettingQuality(String setting, String design, double specialValue, double meanSqnrDb,
                             Double embeddingCosine, double underflowFraction, int inferences) {
    public SettingQuality {
        if (inferences < 1) {
            throw new IllegalArgumentException("setting " + setting + ": field 'inferences' is " + inferences
                    + ", must be >= 1");
        }
    }
}
