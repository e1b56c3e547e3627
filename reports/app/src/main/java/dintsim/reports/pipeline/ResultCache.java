package dintsim.reports.pipeline;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dintsim.reports.ReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A directory of stage results keyed by content hash ({@link CacheKey}): one JSON file per
 * result, under {@code dir/STAGE/KEY.json}, holding the value and the SHA-256 of its JSON, checked
 * on every read (a damaged entry is recomputed, never trusted). Writes go to a temporary file and are moved into
 * place, so a killed run never leaves a half-written entry; an unreadable entry is recomputed.
 * Thread-safe (sweeps call it from worker threads).
 */
public final class ResultCache {
    private final Path dir;
    private final boolean enabled;
    private final ObjectMapper json = ReportWriter.JSON;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger damaged = new AtomicInteger();

    /** @param enabled false makes every lookup a miss (results are still written) */
    public ResultCache(Path dir, boolean enabled) {
        this.dir = dir;
        this.enabled = enabled;
    }

    public Path dir() {
        return dir;
    }

    public <T> T get(String stage, String key, Class<T> type, Callable<T> compute) {
        return get(stage, key, json.constructType(type), compute, v -> true);
    }

    /** As {@link #get(String, String, Class, Callable)}; a cached value {@code usable} rejects is recomputed. */
    public <T> T get(String stage, String key, Class<T> type, Callable<T> compute, java.util.function.Predicate<T> usable) {
        return get(stage, key, json.constructType(type), compute, usable);
    }

    public <T> T get(String stage, String key, JavaType type, Callable<T> compute) {
        return get(stage, key, type, compute, v -> true);
    }

    /** The cached result of {@code stage} for {@code key}, or computes, stores and returns it. */
    private <T> T get(String stage, String key, JavaType type, Callable<T> compute, java.util.function.Predicate<T> usable) {
        Path file = dir.resolve(stage).resolve(key + ".json");
        if (enabled && Files.isRegularFile(file)) {
            try {
                JsonNode entry = json.readTree(file.toFile());
                JsonNode value = entry == null ? null : entry.get("value");
                if (value != null && entry.path("sha256").asText().equals(hash(value))) {
                    T result = json.treeToValue(value, type);
                    if (usable.test(result)) {
                        hits.incrementAndGet();
                        return result;
                    }
                }
                damaged.incrementAndGet(); // a hash that does not match, or unusable: recompute
            } catch (IOException | IllegalArgumentException e) {
                damaged.incrementAndGet(); // unreadable, or an older layout: recompute it
            }
        }
        return recompute(stage, key, compute);
    }

    /** Computes and stores a result whatever the cache holds (an entry found stale by its user). */
    public <T> T recompute(String stage, String key, Callable<T> compute) {
        Path file = dir.resolve(stage).resolve(key + ".json");
        misses.incrementAndGet();
        T value;
        try {
            value = compute.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(stage + ": " + e.getMessage(), e);
        }
        store(file, value);
        return value;
    }

    private void store(Path file, Object value) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".json");
            JsonNode tree = json.valueToTree(value);
            ObjectNode entry = json.createObjectNode();
            entry.put("sha256", hash(tree));
            entry.set("value", tree);
            json.writeValue(tmp.toFile(), entry);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cache entry " + file, e);
        }
    }

    /** SHA-256 of a value's canonical JSON text: stored beside it and checked on every read. */
    private String hash(JsonNode value) throws IOException {
        return CacheKey.of("cache entry").add(json.writeValueAsString(value)).hex();
    }

    /** Entries found damaged or unreadable (and recomputed) so far. */
    public int damaged() {
        return damaged.get();
    }

    public int hits() {
        return hits.get();
    }

    public int misses() {
        return misses.get();
    }
}
