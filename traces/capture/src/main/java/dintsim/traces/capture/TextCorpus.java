package dintsim.traces.capture;

import dintsim.models.io.IoErrors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Calibration text: passages, one per line, blank lines skipped. The built-in corpus is 32 varied
 * English sentences (hardware, news, science, everyday life); a user's UTF-8 file can replace it.
 *
 * @param source   where the passages came from (resource or file), for messages
 * @param passages non-blank passages, in file order
 */
public record TextCorpus(String source, List<String> passages) {

    /** Class-path resource of the built-in corpus. */
    public static final String BUILT_IN_RESOURCE = "/dintsim/traces/capture/corpus.txt";

    public TextCorpus {
        passages = List.copyOf(passages);
        if (passages.isEmpty()) {
            throw new IllegalArgumentException(source + ": no passages (the text is empty or only blank lines)");
        }
    }

    /** The built-in corpus. */
    public static TextCorpus builtIn() {
        try (InputStream in = TextCorpus.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + BUILT_IN_RESOURCE + " is missing from the dintsim-traces-capture jar");
            }
            return parse(BUILT_IN_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8), WordPieceTokenizer.builtIn());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + BUILT_IN_RESOURCE, e);
        }
    }

    /**
     * A user's text file: UTF-8, one passage per line, blank lines skipped.
     *
     * @throws IllegalArgumentException naming the file if it cannot be read, is not UTF-8, has no
     *                                  passage, or has a line that yields no token
     */
    public static TextCorpus fromFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read text file: " + IoErrors.reason(e), e);
        }
        return parse(file.toString(), text, WordPieceTokenizer.builtIn());
    }

    /** Splits {@code text} into non-blank lines and checks that each yields at least one token. */
    static TextCorpus parse(String source, String text, WordPieceTokenizer tokenizer) {
        List<String> passages = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (tokenizer.wordPieceIds(line).length == 0) {
                throw new IllegalArgumentException(source + ": line " + (i + 1) + " has no tokens (only control or"
                        + " formatting characters)");
            }
            passages.add(line);
        }
        if (passages.isEmpty()) {
            throw new IllegalArgumentException(source + ": no tokens: the text is empty or only blank lines");
        }
        return new TextCorpus(source, passages);
    }
}
