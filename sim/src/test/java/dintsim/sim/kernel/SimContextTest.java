package dintsim.sim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimContextTest {

    private static Event recorder(String name, int priority, List<String> log, SimContext ctx) {
        return new Event(name, priority) {
            @Override
            public void process() {
                log.add(name + "@" + ctx.now());
            }
        };
    }

    @Test
    void ordersByTimeThenPriorityThenSchedulingOrder() {
        SimContext ctx = new SimContext();
        List<String> log = new ArrayList<>();
        ctx.schedule(recorder("late", 0, log, ctx), 5);
        ctx.schedule(recorder("b-first-scheduled", 1, log, ctx), 3);
        ctx.schedule(recorder("c-second-scheduled", 1, log, ctx), 3);
        ctx.schedule(recorder("urgent", -1, log, ctx), 3);
        ctx.schedule(recorder("early", 0, log, ctx), 1);
        ctx.run();
        assertEquals(List.of("early@1", "urgent@3", "b-first-scheduled@3", "c-second-scheduled@3", "late@5"), log);
        assertEquals(5, ctx.processedEvents());
    }

    @Test
    void schedulingInThePastOrTwiceThrows() {
        SimContext ctx = new SimContext();
        List<String> log = new ArrayList<>();
        Event e = recorder("e", 0, log, ctx);
        ctx.schedule(e, 2);
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> ctx.schedule(e, 4));
        assertTrue(twice.getMessage().contains("already scheduled"), twice.getMessage());
        ctx.run();
        IllegalStateException past = assertThrows(IllegalStateException.class, () -> ctx.schedule(e, 1));
        assertTrue(past.getMessage().contains("in the past"), past.getMessage());
        ctx.schedule(e, 2); // same tick as now is allowed once it has run
        ctx.run();
        assertEquals(List.of("e@2", "e@2"), log);
    }

    @Test
    void clockDomainEvaluatesAllBeforeCommittingAndKeepsOtherEventsInOrder() {
        SimContext ctx = new SimContext();
        ClockDomain domain = new ClockDomain(ctx, new Clock(10));
        Register a = new Register("a", 1);
        Register b = new Register("b", 0);
        // b' = a, a' = a + 1: with evaluate-then-commit b lags a by one cycle whatever the order.
        domain.add(new Clocked() {
            @Override
            public void evaluate(long cycle) {
                b.set(a.get());
            }

            @Override
            public void commit(long cycle) {
                b.commit();
            }
        });
        domain.add(new Clocked() {
            @Override
            public void evaluate(long cycle) {
                a.set(a.get() + 1);
            }

            @Override
            public void commit(long cycle) {
                a.commit();
            }
        });
        List<String> log = new ArrayList<>();
        ctx.schedule(new Event("probe", 5) {
            @Override
            public void process() {
                log.add("a=" + a.get() + ",b=" + b.get() + "@" + ctx.now());
            }
        }, 30);
        domain.start(0, 4);
        ctx.run();
        assertEquals(6, a.get());
        assertEquals(5, b.get());
        assertEquals(5, a.writes());
        // The probe at tick 30 runs after the edge of cycle 3 (priority 0 < 5): 4 edges done.
        assertEquals(List.of("a=5,b=4@30"), log);
    }

    @Test
    void linkDeliversAfterItsLatencyInSendOrder() {
        SimContext ctx = new SimContext();
        List<String> got = new ArrayList<>();
        Link<String> link = new Link<>(ctx, "l", 3, v -> got.add(v + "@" + ctx.now()));
        ctx.schedule(new Event("send") {
            @Override
            public void process() {
                link.send("x");
                link.send("y");
            }
        }, 2);
        ctx.schedule(new Event("send2") {
            @Override
            public void process() {
                link.send("z");
            }
        }, 4);
        ctx.run();
        assertEquals(List.of("x@5", "y@5", "z@7"), got);
        assertThrows(IllegalArgumentException.class, () -> new Link<String>(ctx, "bad", -1, v -> { }));
    }
}
