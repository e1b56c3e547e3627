package dintsim.rtl.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of Verilog files (each file's name and bytes, in the given order): what a cost-table
 * entry records about the RTL it was measured on, so a test can tell when the table is stale.
 */
public final class RtlHash {
    private RtlHash() {
    }

    public static String of(List<Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                sha.update(("file " + f.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
                try {
                    sha.update(Files.readAllBytes(f));
                } catch (IOException e) {
                    throw new IllegalArgumentException(f + ": cannot read: " + e.getMessage());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
