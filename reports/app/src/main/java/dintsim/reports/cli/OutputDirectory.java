package dintsim.reports.cli;

import dintsim.models.io.IoErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A command's output directory, written all or nothing: files go to a hidden staging directory
 * beside the target and move into place only when the command succeeds ({@link #commit()}). A
 * command that fails leaves nothing behind (the staging directory and any parent it created are
 * removed); one that is killed leaves only a hidden staging directory, removed by the next run.
 * Files already in the target that the command does not write are kept.
 */
public final class OutputDirectory implements AutoCloseable {
    private static final String STAGING_MARK = ".dintsim-partial-";

    private final Path target;
    private final Path staging;
    private final List<Path> createdParents;
    private boolean committed;

    private OutputDirectory(Path target, Path staging, List<Path> createdParents) {
        this.target = target;
        this.staging = staging;
        this.createdParents = createdParents;
    }

    /** Checks {@code target} (named by {@code option} in errors) and opens a staging directory for it. */
    public static OutputDirectory open(Path target, String option) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(option + ": " + target + " is a file, not a directory");
        }
        Path parent = absolute.getParent();
        List<Path> created = new ArrayList<>();
        try {
            for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
                created.add(p); // deepest first, the order to remove them in
            }
            Files.createDirectories(parent);
            removeStale(parent, absolute.getFileName().toString());
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + STAGING_MARK);
            return new OutputDirectory(absolute, staging, created);
        } catch (IOException e) {
            deleteAll(created);
            throw new IllegalArgumentException(option + ": cannot create " + target + ": " + IoErrors.reason(e));
        }
    }

    /** Where the command writes; the files appear in the target on {@link #commit()}. */
    public Path dir() {
        return staging;
    }

    /** The directory the files end up in. */
    public Path target() {
        return target;
    }

    /** Moves every staged file into the target (replacing files of the same name). */
    public void commit() {
        try {
            if (!Files.exists(target)) {
                move(staging, target);
            } else {
                try (Stream<Path> entries = Files.list(staging)) {
                    for (Path staged : entries.sorted().toList()) {
                        Path dest = target.resolve(staged.getFileName().toString());
                        deleteTree(dest);
                        move(staged, dest);
                    }
                }
                Files.delete(staging);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the results into " + target + ": " + IoErrors.reason(e), e);
        }
    }

    /** Without a commit: removes what the command wrote. */
    @Override
    public void close() {
        if (!committed) {
            deleteTree(staging);
            deleteAll(createdParents);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Staging directories of earlier runs that were killed before they could clean up. */
    private static void removeStale(Path parent, String name) throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith("." + name + STAGING_MARK)).toList()) {
                deleteTree(p);
            }
        }
    }

    private static void deleteAll(List<Path> dirs) {
        for (Path d : dirs) {
            try {
                Files.deleteIfExists(d);
            } catch (IOException e) {
                return; // not empty any more: someone else wrote there, keep it
            }
        }
    }

    /** Removes a directory and everything in it (nothing when it does not exist). */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root + ": " + IoErrors.reason(e), e);
        }
    }
}
