package dintsim.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Loads a local page in headless Chromium (no network, fresh profile) and returns the DOM after load. */
final class HeadlessChromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    static String dumpDom(Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("dintsim-chromium-");
        Path out = Files.createTempFile("dintsim-dom-", ".html");
        try {
            Process p = new ProcessBuilder(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=10000", "--dump-dom",
                    page.toUri().toString()))
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("chromium did not finish within 90 s on " + page);
            }
            if (p.exitValue() != 0) {
                throw new IOException("chromium exited with " + p.exitValue() + " on " + page);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** The page's render check: images, loaded, broken, tables, empty. */
    record RenderCheck(int images, int loaded, String broken, int tables, String empty) {
        static RenderCheck parse(String dom) {
            Matcher m = Pattern.compile("render-check images=(\\d+) loaded=(\\d+) broken=([^ ]*) tables=(\\d+) empty=([^<]*)<")
                    .matcher(dom);
            if (!m.find()) {
                throw new AssertionError("no render check in the DOM (script did not run?):\n"
                        + dom.substring(Math.max(0, dom.length() - 2000)));
            }
            return new RenderCheck(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3),
                    Integer.parseInt(m.group(4)), m.group(5).trim());
        }
    }
}
