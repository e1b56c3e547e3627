package dintsim.traces.cli;

import dintsim.reports.cli.CommandLines;
import dintsim.traces.capture.MiniLm;
import dintsim.traces.capture.ReferenceCheck;
import dintsim.traces.capture.TextCorpus;
import dintsim.traces.capture.TokenSequences;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dintsim check-model}: runs the Java FP32 forward pass and ONNX Runtime on the same token
 * sequences and prints how closely they agree; exit code 0 if every cosine reaches the threshold,
 * 1 otherwise. Register this class as a subcommand of the top-level command.
 */
@Command(name = "check-model", mixinStandardHelpOptions = true,
        description = "Check the Java forward pass of all-MiniLM-L6-v2 against ONNX Runtime on the built-in corpus "
                + "or a text file (one passage per line).")
public final class CheckModelCommand implements Callable<Integer> {

    @Option(names = "--text", paramLabel = "FILE", description = "UTF-8 text, one passage per line (default: built-in corpus).")
    Path textFile;

    @Option(names = "--max-len", paramLabel = "N", defaultValue = "128",
            description = "Maximum tokens per passage including [CLS] and [SEP] (default: ${DEFAULT-VALUE}).")
    int maxLength;

    @Option(names = "--min-cosine", paramLabel = "C", defaultValue = "0.9999",
            description = "Required cosine of hidden states and embeddings (default: ${DEFAULT-VALUE}).")
    double minCosine;

    @Spec
    CommandSpec spec;

    public CheckModelCommand() {
    }

    @Override
    public Integer call() {
        if (!(minCosine >= -1 && minCosine <= 1)) {
            throw new IllegalArgumentException("option --min-cosine: " + minCosine + " must be in [-1, 1]");
        }
        TextCorpus corpus = textFile == null ? TextCorpus.builtIn() : TextCorpus.fromFile(textFile);
        MiniLm miniLm = MiniLm.builtIn();
        List<int[]> sequences = CommandLines.option("--max-len",
                () -> TokenSequences.perPassage(corpus, miniLm.tokenizer(), maxLength));
        List<ReferenceCheck.Agreement> agreements = ReferenceCheck.run(miniLm, sequences);
        PrintWriter out = spec.commandLine().getOut();
        out.println("passage tokens hidden_cosine (1-cos) embedding_cosine (1-cos) max_abs_hidden_diff");
        int failures = 0;
        for (int i = 0; i < agreements.size(); i++) {
            ReferenceCheck.Agreement a = agreements.get(i);
            boolean ok = a.hiddenStateCosine() >= minCosine && a.embeddingCosine() >= minCosine;
            failures += ok ? 0 : 1;
            out.println(String.format(Locale.ROOT, "%7d %6d %11.8f (%.1e) %14.8f (%.1e) %19.3e%s", i + 1, a.tokens(),
                    a.hiddenStateCosine(), 1 - a.hiddenStateCosine(), a.embeddingCosine(), 1 - a.embeddingCosine(),
                    a.maxAbsHiddenDiff(), ok ? "" : "  BELOW " + minCosine));
        }
        out.println(String.format(Locale.ROOT, "%s: %d passages, %d below cosine %s (Java FP32 vs ONNX Runtime, %s)",
                failures == 0 ? "OK" : "FAILED", agreements.size(), failures, minCosine, corpus.source()));
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
