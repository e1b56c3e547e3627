package dintsim.reports.model;

import java.util.List;

/**
 * Facts about one run that change from run to run (time, host); kept out of {@link ReportData}
 * so that every other output file is byte-for-byte reproducible.
 *
 * @param startedUtc   ISO-8601 start time
 * @param wallSeconds  wall time of the whole command
 * @param codeVersion  the code version the cache keys use
 * @param threads      worker threads used for sweeps
 * @param stages       one line per stage: name, computed or cached, seconds
 */
public record RunInfo(String startedUtc, double wallSeconds, String codeVersion, int threads, List<String> stages) {
    public RunInfo {
        stages = List.copyOf(stages);
    }
}
