package dintsim.traces.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the figures of the real-model path: model load time and heap, Java FP32 forward speed on
 * 30 sequences of 64 tokens (ONNX Runtime on the same inputs for comparison), capture times for
 * the built-in corpus per passage and at SLAC lengths 16..128, and agreement with ONNX Runtime.
 * Run: {@code mvn -o -q -pl traces/capture -am compile && mvn -o -q -pl traces/capture
 * org.codehaus.mojo:exec-maven-plugin:3.5.0:exec@minilm-benchmark}.
 */
public final class MiniLmBenchmark {

    private MiniLmBenchmark() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        MiniLmModel model = MiniLmModel.builtIn();
        long t1 = System.nanoTime();
        MiniLm miniLm = new MiniLm(model, WordPieceTokenizer.builtIn());
        long t2 = System.nanoTime();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        print("model load (ONNX parse + transpose): %.0f ms; tokenizer load: %.0f ms; heap after GC: %d MB",
                ms(t1 - t0), ms(t2 - t1), heap >> 20);

        TextCorpus corpus = TextCorpus.builtIn();
        List<int[]> windows = TokenSequences.fixedLength(corpus, miniLm.tokenizer(), 64, 0);
        List<int[]> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(windows.get(i % windows.size()));
        }
        for (int round = 1; round <= 3; round++) {
            long s = System.nanoTime();
            miniLm.embeddings(batch, model.fp32Linear());
            double elapsed = ms(System.nanoTime() - s);
            print("Java FP32 forward, 30 x 64 tokens, round %d: %.0f ms (%.1f ms/sequence)", round, elapsed, elapsed / 30);
        }

        try (OnnxRuntimeReference ort = OnnxRuntimeReference.builtIn()) {
            for (int round = 1; round <= 2; round++) {
                long s = System.nanoTime();
                for (int[] ids : batch) {
                    ort.embedding(ids);
                }
                print("ONNX Runtime (1 thread), 30 x 64 tokens, round %d: %.0f ms", round, ms(System.nanoTime() - s));
            }
            List<int[]> check = new ArrayList<>(TokenSequences.perPassage(corpus, miniLm.tokenizer(), 512));
            check.addAll(TokenSequences.fixedLength(corpus, miniLm.tokenizer(), 128, 0));
            List<ReferenceCheck.Agreement> agreements = ReferenceCheck.run(miniLm, ort, check);
            print("agreement with ONNX Runtime over %d sequences (32 passages + %d x 128 tokens): "
                            + "min hidden-state cosine 1 - %.1e, min embedding cosine 1 - %.1e, max |hidden diff| %.2e",
                    agreements.size(), agreements.size() - 32,
                    1 - agreements.stream().mapToDouble(ReferenceCheck.Agreement::hiddenStateCosine).min().orElseThrow(),
                    1 - agreements.stream().mapToDouble(ReferenceCheck.Agreement::embeddingCosine).min().orElseThrow(),
                    agreements.stream().mapToDouble(ReferenceCheck.Agreement::maxAbsHiddenDiff).max().orElseThrow());
        }

        long s = System.nanoTime();
        ModelCapture perPassage = miniLm.capture(corpus, 128);
        print("capture, built-in corpus, one sequence per passage: %d sequences, M = %d tokens, %.0f ms",
                perPassage.sequences().size(), perPassage.totalTokens(), ms(System.nanoTime() - s));
        for (int length : new int[]{16, 32, 64, 128}) {
            s = System.nanoTime();
            ModelCapture c = miniLm.captureFixedLength(corpus, length, 0);
            print("capture, SLAC length %3d: %2d sequences, M = %d tokens, %.0f ms", length, c.sequences().size(),
                    c.totalTokens(), ms(System.nanoTime() - s));
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
