package dintsim.reports.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Builds a SHA-256 content key from a stage's inputs: each part is length-prefixed so that
 * ("ab","c") and ("a","bc") differ. Keys of upstream results are parts too, so a change
 * anywhere upstream changes every key below it.
 */
public final class CacheKey {
    private final MessageDigest digest;

    private CacheKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }

    public static CacheKey of(String stage) {
        return new CacheKey().add(stage);
    }

    public CacheKey add(String part) {
        return add(part.getBytes(StandardCharsets.UTF_8));
    }

    public CacheKey add(long part) {
        return add(Long.toString(part));
    }

    public CacheKey add(double part) {
        return add(Double.toString(part));
    }

    public CacheKey add(byte[] part) {
        long n = part.length;
        for (int i = 0; i < 8; i++) {
            digest.update((byte) (n >>> (8 * i)));
        }
        digest.update(part);
        return this;
    }

    public CacheKey add(float[] values) {
        byte[] b = new byte[values.length * 4];
        for (int i = 0; i < values.length; i++) {
            int v = Float.floatToRawIntBits(values[i]);
            b[4 * i] = (byte) v;
            b[4 * i + 1] = (byte) (v >>> 8);
            b[4 * i + 2] = (byte) (v >>> 16);
            b[4 * i + 3] = (byte) (v >>> 24);
        }
        return add(b);
    }

    /** The key as 64 hex digits; the builder must not be used afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
