package dintsim.models.bench;

import java.lang.management.ManagementFactory;

/** The host's one-minute load average (negative where the OS does not report it). */
final class Load {
    private Load() {
    }

    static double average() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
