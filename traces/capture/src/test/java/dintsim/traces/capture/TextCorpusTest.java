package dintsim.traces.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextCorpusTest {

    @TempDir
    Path dir;

    @Test
    void builtInCorpusHasThirtyTwoDistinctSentences() {
        TextCorpus corpus = TextCorpus.builtIn();
        assertEquals(32, corpus.passages().size());
        assertEquals(32, corpus.passages().stream().distinct().count());
    }

    @Test
    void userFileSkipsBlankLines() throws IOException {
        Path file = dir.resolve("texts.txt");
        Files.writeString(file, "First passage.\n\n   \r\nSecond passage here.\r\n");
        TextCorpus corpus = TextCorpus.fromFile(file);
        assertEquals(List.of("First passage.", "Second passage here."), corpus.passages());
        assertEquals(file.toString(), corpus.source());
    }

    @Test
    void fileWithoutTokensIsRejectedNamingTheFile() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "\n  \n\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextCorpus.fromFile(empty));
        assertEquals(empty + ": no tokens: the text is empty or only blank lines", e.getMessage());

        Path control = dir.resolve("control.txt");
        Files.writeString(control, "fine line\n\u0000\u200b\u0001\n");
        e = assertThrows(IllegalArgumentException.class, () -> TextCorpus.fromFile(control));
        assertTrue(e.getMessage().startsWith(control + ": line 2 has no tokens"), e.getMessage());
    }

    @Test
    void unreadableOrNonUtf8FilesAreClearErrors() throws IOException {
        Path missing = dir.resolve("missing.txt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextCorpus.fromFile(missing));
        assertTrue(e.getMessage().startsWith(missing + ": cannot read"), e.getMessage());
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, new byte[]{'c', 'a', 'f', (byte) 0xE9});
        e = assertThrows(IllegalArgumentException.class, () -> TextCorpus.fromFile(latin1));
        assertEquals(latin1 + ": not valid UTF-8 text", e.getMessage());
    }
}
