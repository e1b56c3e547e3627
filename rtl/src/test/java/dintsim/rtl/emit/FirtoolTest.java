package dintsim.rtl.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction of firtool from an llvm-firtool jar on the classpath (the installed-jar case). */
class FirtoolTest {
    @TempDir
    Path tmp;

    @Test
    void extractsTheBinaryOnceIntoAVersionedCacheDirectoryAndMakesItExecutable() throws Exception {
        Path jar = jar("llvm-firtool-9.9.9-linux-x64.jar", "#!/bin/sh\necho fake firtool $1\n");
        Path cache = tmp.resolve("cache");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Path exe = Firtool.fromClasspath(loader, cache);
            assertEquals(cache.resolve("firtool-9.9.9").resolve("firtool").toAbsolutePath(), exe);
            assertTrue(Files.isExecutable(exe), exe.toString());
            assertEquals("fake firtool --version", run(exe));
            // A second call reuses the extracted file instead of writing it again.
            Files.writeString(exe, "#!/bin/sh\necho already there\n");
            assertEquals(exe, Firtool.fromClasspath(loader, cache));
            assertEquals("already there", run(exe));
        }
    }

    @Test
    void noLlvmFirtoolJarMeansNoResultAndAnUnversionedJarIsRejected() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertNull(Firtool.fromClasspath(empty, tmp.resolve("cache")));
        }
        Path odd = jar("tools.jar", "#!/bin/sh\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {odd.toUri().toURL()}, null)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Firtool.fromClasspath(loader, tmp.resolve("cache")));
            assertTrue(e.getMessage().contains("tools.jar") && e.getMessage().contains("version"), e.getMessage());
        }
    }

    @Test
    void theRealLlvmFirtoolJarOnTheRtlClasspathYieldsAWorkingFirtool() throws Exception {
        Path exe = Firtool.fromClasspath(Firtool.class.getClassLoader(), tmp.resolve("cache"));
        assertTrue(exe != null && Files.isExecutable(exe), String.valueOf(exe));
        assertTrue(exe.getParent().getFileName().toString().startsWith("firtool-1."), exe.toString());
        assertTrue(run(exe).contains("firtool"), run(exe));
    }

    private Path jar(String name, String script) throws IOException {
        Path jar = tmp.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(Firtool.RESOURCE));
            out.write(script.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static String run(Path exe) throws Exception {
        Process p = new ProcessBuilder(exe.toString(), "--version").redirectErrorStream(true).start();
        String out;
        try (var in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out");
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
