package dintsim.traces.quantize;

import dintsim.traces.capture.TextCorpus;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus split by passage into calibration (even-numbered passages) and evaluation
 * (odd-numbered) halves, so metrics are measured on text the calibration did not see; a
 * one-passage corpus serves as both.
 */
record CorpusSplit(TextCorpus calibration, TextCorpus evaluation, boolean split) {

    static CorpusSplit of(TextCorpus corpus) {
        List<String> p = corpus.passages();
        boolean split = p.size() >= 2;
        List<String> even = new ArrayList<>();
        List<String> odd = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            (i % 2 == 0 ? even : odd).add(p.get(i));
        }
        return new CorpusSplit(new TextCorpus(corpus.source() + " (even passages)", split ? even : p),
                new TextCorpus(corpus.source() + " (odd passages)", split ? odd : p), split);
    }

    /** "the evaluation text" or "the same text", for descriptions. */
    String evaluationSource() {
        return split ? evaluation.source() : "the same text";
    }
}
