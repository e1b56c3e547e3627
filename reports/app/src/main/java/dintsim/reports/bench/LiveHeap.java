package dintsim.reports.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/** The largest heap in use right after a garbage collection while watched: the memory a run retains. */
final class LiveHeap implements AutoCloseable {
    private final AtomicLong max = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<Runnable> removers = new ArrayList<>();

    static LiveHeap watch() {
        LiveHeap h = new LiveHeap();
        NotificationListener listener = (n, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                used += u.getUsed();
            }
            h.collections.incrementAndGet();
            h.max.accumulateAndGet(used, Math::max);
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) gc;
            emitter.addNotificationListener(listener, null, null);
            h.removers.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // already gone
                }
            });
        }
        return h;
    }

    long maxBytes() {
        return max.get();
    }

    long collections() {
        return collections.get();
    }

    @Override
    public void close() {
        removers.forEach(Runnable::run);
    }
}
