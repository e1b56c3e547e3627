package dintsim.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dintsim.reports.model.AreaBreakdown;
import dintsim.reports.pipeline.CacheKey;
import dintsim.reports.pipeline.CodeVersion;
import dintsim.reports.pipeline.ResultCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {
    @Test
    void secondLookupIsAHitAndChangedInputIsAMiss(@TempDir Path dir) {
        AtomicInteger computed = new AtomicInteger();
        ResultCache cache = new ResultCache(dir, true);
        String k1 = CacheKey.of("synth").add("int8xint8").add(45).hex();
        AreaBreakdown a = cache.get("synth", k1, AreaBreakdown.class, () -> {
            computed.incrementAndGet();
            return new AreaBreakdown("int8xint8", 1.5, 2, 3, 0);
        });
        AreaBreakdown b = new ResultCache(dir, true).get("synth", k1, AreaBreakdown.class, () -> {
            computed.incrementAndGet();
            return new AreaBreakdown("wrong", 0, 0, 0, 0);
        });
        assertEquals(a, b);
        assertEquals(1, computed.get());
        String k2 = CacheKey.of("synth").add("int8xint8").add(46).hex();
        ResultCache third = new ResultCache(dir, true);
        third.get("synth", k2, AreaBreakdown.class, () -> {
            computed.incrementAndGet();
            return new AreaBreakdown("int8xint8", 9, 2, 3, 0);
        });
        assertEquals(2, computed.get());
        assertEquals(0, third.hits());
        assertEquals(1, third.misses());
    }

    @Test
    void disabledCacheRecomputesAndCorruptEntryIsRecomputed(@TempDir Path dir) throws Exception {
        AtomicInteger computed = new AtomicInteger();
        String key = CacheKey.of("s").add("x").hex();
        for (boolean enabled : new boolean[] {true, false}) {
            new ResultCache(dir, enabled).get("s", key, AreaBreakdown.class, () -> {
                computed.incrementAndGet();
                return new AreaBreakdown("d", 1, 1, 1, 1);
            });
        }
        assertEquals(2, computed.get());
        Files.writeString(dir.resolve("s").resolve(key + ".json"), "{ truncated");
        ResultCache c = new ResultCache(dir, true);
        AreaBreakdown again = c.get("s", key, AreaBreakdown.class, () -> new AreaBreakdown("d", 2, 2, 2, 2));
        assertEquals(2.0, again.adderUm2());
        assertEquals(1, c.misses());
    }

    @Test
    void keysSeparateTheirParts() {
        assertNotEquals(CacheKey.of("s").add("ab").add("c").hex(), CacheKey.of("s").add("a").add("bc").hex());
        assertEquals(CacheKey.of("s").add(1.5).hex(), CacheKey.of("s").add(1.5).hex());
        assertNotEquals(CacheKey.of("s").add(new float[] {0f}).hex(), CacheKey.of("s").add(new float[] {-0f}).hex());
    }

    @Test
    void codeVersionFollowsOnlyTheModulesAsked(@TempDir Path root) throws Exception {
        Path models = Files.createDirectories(root.resolve("models/target/classes/dintsim"));
        Path sim = Files.createDirectories(root.resolve("sim/target/classes/dintsim"));
        Files.writeString(models.resolve("A.class"), "a1");
        Files.writeString(sim.resolve("B.class"), "b1");
        List<String> cp = List.of(root.resolve("models/target/classes").toString(),
                root.resolve("sim/target/classes").toString(), "/repo/lib/jackson-databind-2.18.2.jar");
        CodeVersion v1 = CodeVersion.of(cp);
        Files.writeString(sim.resolve("B.class"), "b2");
        CodeVersion v2 = CodeVersion.of(cp);
        assertEquals(v1.of("models"), v2.of("models"));
        assertNotEquals(v1.of("models", "sim"), v2.of("models", "sim"));
        CodeVersion v3 = CodeVersion.of(List.of(cp.get(0), cp.get(1), "/repo/lib/jackson-databind-2.19.0.jar"));
        assertNotEquals(v2.of("models"), v3.of("models"));
    }

    @Test
    void computeErrorsPassThrough(@TempDir Path dir) {
        ResultCache c = new ResultCache(dir, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.get("s", "k", AreaBreakdown.class, () -> {
                    throw new IllegalArgumentException("trace x.trace: field 'k' is 0");
                }));
        assertEquals("trace x.trace: field 'k' is 0", e.getMessage());
    }
}
