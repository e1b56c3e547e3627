package dintsim.sim.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The statistics one component declares, in one place: counters (integers it increments) and
 * derived values (formulas over counters, evaluated when read, never recomputed by hand at print
 * time). Names are kept in declaration order so outputs are deterministic.
 */
public final class StatGroup {
    private final String prefix;
    private final Map<String, Counter> counters = new LinkedHashMap<>();
    private final Map<String, Derived> derived = new LinkedHashMap<>();

    /** One counter. */
    public static final class Counter {
        private final String name;
        private final String unit;
        private final String description;
        private long value;

        Counter(String name, String unit, String description) {
            this.name = name;
            this.unit = unit;
            this.description = description;
        }

        public void add(long n) {
            value += n;
        }

        public void increment() {
            value++;
        }

        public long value() {
            return value;
        }

        public String name() {
            return name;
        }

        public String unit() {
            return unit;
        }

        public String description() {
            return description;
        }
    }

    /** A formula over this group's counters. */
    public record Derived(String name, String unit, String description, ToDoubleFunction<StatGroup> formula) {
    }

    public StatGroup(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public Counter counter(String name, String unit, String description) {
        if (counters.containsKey(name) || derived.containsKey(name)) {
            throw new IllegalStateException("stat " + prefix + "." + name + " declared twice");
        }
        Counter c = new Counter(name, unit, description);
        counters.put(name, c);
        return c;
    }

    public void derived(String name, String unit, String description, ToDoubleFunction<StatGroup> formula) {
        if (counters.containsKey(name) || derived.containsKey(name)) {
            throw new IllegalStateException("stat " + prefix + "." + name + " declared twice");
        }
        derived.put(name, new Derived(name, unit, description, formula));
    }

    /** A counter's value; unknown names throw. */
    public long get(String name) {
        Counter c = counters.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no counter " + prefix + "." + name);
        }
        return c.value;
    }

    public double derivedValue(String name) {
        Derived d = derived.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no derived stat " + prefix + "." + name);
        }
        return d.formula().applyAsDouble(this);
    }

    public List<Counter> counters() {
        return Collections.unmodifiableList(new ArrayList<>(counters.values()));
    }

    public List<Derived> derivedStats() {
        return Collections.unmodifiableList(new ArrayList<>(derived.values()));
    }

    /** Counters as "prefix.name" -> value, in declaration order. */
    public Map<String, Long> counterValues() {
        Map<String, Long> out = new LinkedHashMap<>();
        counters.forEach((k, v) -> out.put(prefix + "." + k, v.value));
        return out;
    }

    /** Derived stats as "prefix.name" -> value, in declaration order. */
    public Map<String, Double> derivedValues() {
        Map<String, Double> out = new LinkedHashMap<>();
        derived.forEach((k, v) -> out.put(prefix + "." + k, v.formula().applyAsDouble(this)));
        return out;
    }
}
