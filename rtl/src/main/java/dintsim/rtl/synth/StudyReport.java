package dintsim.rtl.synth;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dintsim.models.mac.MacDesign;
import dintsim.models.mac.MacKind;
import dintsim.rtl.power.KindEnergy;
import dintsim.rtl.timing.StaPower;
import dintsim.sim.cost.Cost;
import dintsim.sim.cost.CostTable;
import dintsim.sim.cost.MacCost;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@link StudyRow}s: a text table with the paper's ratios and the Horowitz sanity check,
 * CSV, a JSON dump, the rtl cost table (toggle model and fit details), and the simulator's
 * {@link CostTable} with measured MAC entries ({@link #simulatorCosts}).
 */
public final class StudyReport {
    /** dINT paper, Table 2: INT8xINT8 MAC over dINT4xINT8 MAC (the only place these are written). */
    public static final double PAPER_AREA_RATIO = 1.93;
    public static final double PAPER_POWER_RATIO = 2.56;
    /** Horowitz, ISSCC 2014, 45 nm at 0.9 V: 8-bit integer multiply. */
    public static final double HOROWITZ_INT8_MULT_PJ = 0.2;
    public static final double HOROWITZ_VOLTAGE = 0.9;

    /** A design is written as its name (synth.json's "design" field); the accumulator is in each row's energy source. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule().addSerializer(MacDesign.class, new JsonSerializer<MacDesign>() {
                @Override
                public void serialize(MacDesign d, JsonGenerator g, SerializerProvider p) throws IOException {
                    g.writeString(d.name());
                }
            }));

    private StudyReport() {
    }

    /** The table, then ratios and the sanity check. */
    public static String text(List<StudyRow> rows) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%-20s %10s %6s %7s %4s %8s %9s %9s %9s %9s %9s %8s %8s%n", "design", "area um2",
                "cells", "transis", "FFs", "fmax MHz", "pJ/MAC", "zero", "special", "normal", "clock", "kind err", "togl err"));
        for (StudyRow r : rows) {
            s.append(String.format(Locale.ROOT, "%-20s %10.1f %6d %7d %4d %8.1f %9.4f %9s %9s %9s %9.4f %7.2f%% %7.2f%%%n",
                    r.design().name(), r.area().areaUm2(), r.area().cells(), r.area().transistors(), r.area().flipFlops(),
                    r.timing().fmaxMhz(),
                    r.energy().energyPerMacPj(), kind(r, MacKind.ZERO), kind(r, MacKind.SPECIAL),
                    kind(r, MacKind.NORMAL), r.energy().clockPjPerMac(), 100 * r.calibration().relativeError(),
                    100 * r.calibration().toggleModelRelativeError()));
        }
        s.append("kind err / togl err: held-out energy predicted by per-kind energies / by the RTL toggle model, vs measured\n");
        for (LibraryLabel l : rows.stream().map(StudyRow::library).distinct().toList()) {
            s.append("library: ").append(l.provenance()).append('\n');
        }
        s.append("timing (OpenSTA, worst register path):\n");
        for (StudyRow r : rows) {
            s.append(String.format(Locale.ROOT, "  %-20s abc target %s, critical path %.3f ns (%s -> %s)%n", r.design().name(),
                    r.delayTargetNs() > 0 ? String.format(Locale.ROOT, "%.2f ns", r.delayTargetNs()) : "none",
                    r.timing().criticalPathNs(), r.timing().startpoint(), r.timing().endpoint()));
        }
        s.append("cross-check at the measured activity of the trace operands (OpenSTA given every cell output's and input "
                + "bit's transitions per cycle), pJ per cycle: dintsim internal / switching / total vs OpenSTA internal as "
                + "reported (per transition) / switching / total per transition:\n");
        for (StudyRow r : rows) {
            PowerCrossCheck p = r.power();
            s.append(String.format(Locale.ROOT, "  %-20s dintsim %.4f / %.4f / %.4f, OpenSTA %.4f (%.4f) / %.4f / %.4f: "
                            + "ratio %.3f (internal %.3f, switching %.3f)%n", r.design().name(), p.dintsimInternalPj(),
                    p.dintsimSwitchingPj(), p.dintsimPj(), p.staInternalPj(), p.staInternalPerTransitionPj(),
                    p.staSwitchingPj(), p.staPerTransitionPj(), p.ratio(), p.internalRatio(), p.switchingRatio()));
        }
        rows.stream().map(r -> r.power().sta()).filter(StaPower::sumsRiseAndFallInternal).map(StaPower::version).distinct()
                .forEach(v -> s.append("  OpenSTA ").append(v).append(" charges rise + fall internal energy per transition: "
                        + "its internal is halved for the per-transition figure\n"));
        s.append(String.format(Locale.ROOT, "  (dintsim's clock pin charge, not in OpenSTA: %s pJ per cycle)%n",
                String.join(", ", rows.stream().map(r -> String.format(Locale.ROOT, "%s %.4f", r.design().name(),
                        r.power().dintsimClockPinPj())).toList())));
        if (rows.stream().anyMatch(r -> r.glitch().measured())) {
            s.append("glitches (Java gate-level simulator on the same operands, OpenSTA SDF delays; energy per MAC, clock included):\n");
            for (StudyRow r : rows) {
                GlitchEnergy g = r.glitch();
                if (g.measured()) {
                    s.append(String.format(Locale.ROOT, "  %-20s %7d MACs: zero-delay %.4f pJ, glitch-aware %.4f pJ (x%.3f); "
                                    + "transitions per MAC %.1f -> %.1f%n", r.design().name(), g.macs(), g.zeroDelayPjPerMac(),
                            g.glitchAwarePjPerMac(), g.ratio(), g.zeroDelayTogglesPerMac(), g.glitchAwareTogglesPerMac()));
                }
            }
        }
        s.append("area split (um2): registers / multiplier module / other logic\n");
        for (StudyRow r : rows) {
            s.append(String.format(Locale.ROOT, "  %-20s %9.1f / %9.1f / %9.1f%n", r.design().name(), r.area().registerAreaUm2(),
                    r.area().multiplierAreaUm2(), r.area().accumulatorAreaUm2()));
        }
        Map<String, Object> ratios = ratios(rows);
        if (!ratios.isEmpty()) {
            s.append(String.format(Locale.ROOT, "int8xint8 / dint4xint8: area %.2fx (paper %.2fx), energy per MAC %.2fx (paper power %.2fx)%n",
                    ratios.get("areaRatio"), PAPER_AREA_RATIO, ratios.get("energyRatio"), PAPER_POWER_RATIO));
            if (ratios.containsKey("glitchAwareEnergyRatio")) {
                s.append(String.format(Locale.ROOT, "int8xint8 / dint4xint8 energy on the glitch stream: zero-delay %.2fx, "
                        + "glitch-aware %.2fx%n", ratios.get("zeroDelayEnergyRatioShortStream"), ratios.get("glitchAwareEnergyRatio")));
            }
        }
        Map<String, Object> h = horowitz(rows);
        if (!h.isEmpty()) {
            s.append(String.format(Locale.ROOT, "sanity: int8xint8 %s %.3f pJ at %.1f V = %.3f pJ at %.1f V; Horowitz 45 nm "
                            + "INT8 multiply %.1f pJ (ratio %.2fx)%n", h.get("what"), h.get("pjAtLibraryVoltage"),
                    h.get("libraryVoltage"), h.get("pjAt09V"), HOROWITZ_VOLTAGE, HOROWITZ_INT8_MULT_PJ, h.get("ratioToHorowitz")));
        }
        return s.toString();
    }

    private static String kind(StudyRow r, MacKind k) {
        KindEnergy e = r.energy().byKind().get(k);
        return e == null ? "-" : String.format(Locale.ROOT, "%.4f", e.meanPj());
    }

    /** int8xint8 over dint4xint8 (area, energy per MAC), when both are present. */
    public static Map<String, Object> ratios(List<StudyRow> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        StudyRow int8 = find(rows, "int8xint8");
        StudyRow dint4 = find(rows, "dint4xint8");
        if (int8 != null && dint4 != null) {
            out.put("areaRatio", int8.area().areaUm2() / dint4.area().areaUm2());
            out.put("paperAreaRatio", PAPER_AREA_RATIO);
            out.put("energyRatio", int8.energy().energyPerMacPj() / dint4.energy().energyPerMacPj());
            out.put("paperPowerRatio", PAPER_POWER_RATIO);
            if (int8.glitch().measured() && dint4.glitch().measured()) {
                out.put("zeroDelayEnergyRatioShortStream", int8.glitch().zeroDelayPjPerMac() / dint4.glitch().zeroDelayPjPerMac());
                out.put("glitchAwareEnergyRatio", int8.glitch().glitchAwarePjPerMac() / dint4.glitch().glitchAwarePjPerMac());
            }
        }
        return out;
    }

    /**
     * INT8 multiply energy against Horowitz's 0.2 pJ: the multiplier module's switching when the
     * multiplier is its own module, else the whole MAC (an upper bound), scaled by V^2 to 0.9 V.
     */
    public static Map<String, Object> horowitz(List<StudyRow> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        StudyRow int8 = find(rows, "int8xint8");
        if (int8 == null) {
            return out;
        }
        boolean separate = int8.energy().multiplierPjPerMac() > 0;
        double pj = separate ? int8.energy().multiplierPjPerMac() : int8.energy().energyPerMacPj();
        double volts = int8.library().voltage();
        double scaled = pj * (HOROWITZ_VOLTAGE * HOROWITZ_VOLTAGE) / (volts * volts);
        out.put("what", separate ? "multiplier" : "whole MAC (multiplier not a separate module)");
        out.put("library", int8.library().name());
        out.put("libraryVoltage", volts);
        out.put("pjAtLibraryVoltage", pj);
        out.put("pjAt09V", scaled);
        out.put("horowitzPj", HOROWITZ_INT8_MULT_PJ);
        out.put("ratioToHorowitz", scaled / HOROWITZ_INT8_MULT_PJ);
        return out;
    }

    private static StudyRow find(List<StudyRow> rows, String design) {
        return rows.stream().filter(r -> r.design().name().equals(design)).findFirst().orElse(null);
    }

    public static String csv(List<StudyRow> rows) {
        StringBuilder s = new StringBuilder("design,top,library,delay_target_ns,critical_path_ns,fmax_mhz,area_um2,cells,"
                + "transistors,flip_flops,register_area_um2,"
                + "multiplier_area_um2,other_area_um2,macs,energy_pj_per_mac,zero_pj,special_pj,normal_pj,clock_pj_per_mac,"
                + "register_pj_per_mac,multiplier_pj_per_mac,other_pj_per_mac,toggles_per_mac,fit_predicted_pj,"
                + "fit_measured_pj,fit_relative_error,toggle_model_predicted_pj,toggle_model_relative_error,"
                + "xcheck_dintsim_internal_pj_per_cycle,xcheck_dintsim_switching_pj_per_cycle,"
                + "xcheck_opensta_internal_pj_per_cycle,xcheck_opensta_switching_pj_per_cycle,"
                + "glitch_macs,glitch_zero_delay_pj_per_mac,glitch_aware_pj_per_mac,glitch_ratio\n");
        for (StudyRow r : rows) {
            var a = r.area();
            var e = r.energy();
            s.append(String.join(",", quote(r.design().name()), a.top(), r.library().name(), num(r.delayTargetNs()),
                    num(r.timing().criticalPathNs()), num(r.timing().fmaxMhz()), num(a.areaUm2()), Integer.toString(a.cells()),
                    Long.toString(a.transistors()), Integer.toString(a.flipFlops()), num(a.registerAreaUm2()),
                    num(a.multiplierAreaUm2()), num(a.accumulatorAreaUm2()), Long.toString(e.macs()),
                    num(e.energyPerMacPj()), kindNum(r, MacKind.ZERO), kindNum(r, MacKind.SPECIAL),
                    kindNum(r, MacKind.NORMAL), num(e.clockPjPerMac()), num(e.registerPjPerMac()),
                    num(e.multiplierPjPerMac()), num(e.otherPjPerMac()), num(e.togglesPerMac()),
                    num(r.calibration().predictedPj()), num(r.calibration().measuredPj()),
                    num(r.calibration().relativeError()), num(r.calibration().predictedToggleModelPj()),
                    num(r.calibration().toggleModelRelativeError()), num(r.power().dintsimInternalPj()),
                    num(r.power().dintsimSwitchingPj()), num(r.power().staInternalPj()), num(r.power().staSwitchingPj()),
                    Long.toString(r.glitch().macs()),
                    r.glitch().measured() ? num(r.glitch().zeroDelayPjPerMac()) : "",
                    r.glitch().measured() ? num(r.glitch().glitchAwarePjPerMac()) : "",
                    r.glitch().measured() ? num(r.glitch().ratio()) : "")).append('\n');
        }
        return s.toString();
    }

    private static String kindNum(StudyRow r, MacKind k) {
        KindEnergy e = r.energy().byKind().get(k);
        return e == null ? "" : num(e.meanPj());
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String quote(String s) {
        return s.contains(",") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Area-vs-clock curves: one line per design and abc delay target, with OpenSTA's timing of the netlist. */
    public static String sweepCsv(Map<MacDesign, List<SweepPoint>> sweeps, IsoFrequency iso) {
        StringBuilder s = new StringBuilder("design,delay_target_ns,area_um2,register_area_um2,multiplier_area_um2,"
                + "other_area_um2,cells,critical_path_ns,fmax_mhz,meets_iso_mhz,chosen_at_iso\n");
        sweeps.forEach((d, points) -> {
            for (SweepPoint p : points) {
                AreaReport a = p.synth().area();
                s.append(String.join(",", quote(d.name()), num(p.delayTargetNs()), num(a.areaUm2()), num(a.registerAreaUm2()),
                        num(a.multiplierAreaUm2()), num(a.accumulatorAreaUm2()), Integer.toString(a.cells()),
                        num(p.timing().criticalPathNs()), num(p.timing().fmaxMhz()),
                        Boolean.toString(p.timing().meets(iso.mhz())), Boolean.toString(p == iso.chosen().get(d))))
                        .append('\n');
            }
        });
        return s.toString();
    }

    /** The curves as text, and the iso-frequency point. */
    public static String sweepText(Map<MacDesign, List<SweepPoint>> sweeps, IsoFrequency iso) {
        StringBuilder s = new StringBuilder("area vs clock (abc -D target -> OpenSTA fmax, area):\n");
        sweeps.forEach((d, points) -> {
            s.append(String.format(Locale.ROOT, "  %-20s", d.name()));
            for (SweepPoint p : points) {
                s.append(String.format(Locale.ROOT, " %s:%.0fMHz/%.0f", p.delayTargetNs() > 0
                        ? String.format(Locale.ROOT, "%.1fns", p.delayTargetNs()) : "none", p.timing().fmaxMhz(), p.areaUm2()));
            }
            s.append('\n');
        });
        s.append(String.format(Locale.ROOT, "iso-frequency: %.1f MHz (the highest clock every design meets); chosen targets:",
                iso.mhz()));
        iso.chosen().forEach((d, p) -> s.append(String.format(Locale.ROOT, " %s %s", d.name(),
                p.delayTargetNs() > 0 ? String.format(Locale.ROOT, "%.1fns", p.delayTargetNs()) : "none")));
        return s.append('\n').toString();
    }

    /** Everything measured, as JSON. */
    public static String json(List<StudyRow> rows) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("rows", rows);
        root.put("ratios", ratios(rows));
        root.put("horowitz", horowitz(rows));
        return write(root);
    }

    /**
     * The calibrated cost table: design -> area, flip-flops, energy per MAC overall and per MAC
     * kind (pJ), the clock share, and how well the per-kind model predicted held-out traces.
     */
    public static String costTable(List<StudyRow> rows) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "dintsim-rtl-cost-table");
        root.put("version", 1);
        root.put("libraries", rows.stream().map(StudyRow::library).distinct().toList());
        root.put("energyModel", "gate-level zero-delay toggles x energy per transition of each net (library tables at "
                + "the net's load and slew) + flip-flop clock pins");
        Map<String, Object> designs = new LinkedHashMap<>();
        for (StudyRow r : rows) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("top", r.area().top());
            d.put("library", r.library().name());
            d.put("areaUm2", r.area().areaUm2());
            d.put("cells", r.area().cells());
            d.put("transistors", r.area().transistors());
            d.put("registers", r.area().flipFlops());
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("mean", r.energy().energyPerMacPj());
            for (MacKind k : MacKind.values()) {
                KindEnergy ke = r.energy().byKind().get(k);
                if (ke != null) {
                    e.put(k.label(), ke.meanPj());
                }
            }
            d.put("energyPerMacPj", e);
            Map<String, Object> counts = new LinkedHashMap<>();
            for (MacKind k : MacKind.values()) {
                KindEnergy ke = r.energy().byKind().get(k);
                if (ke != null) {
                    counts.put(k.label(), ke.macs());
                }
            }
            d.put("macsByKind", counts);
            d.put("clockPjPerCycle", r.energy().clockPjPerMac());
            d.put("heldOutRelativeError", r.calibration().relativeError());
            Map<String, Object> t = new LinkedHashMap<>();
            Map<String, Object> base = new LinkedHashMap<>();
            r.toggleModel().kindPj().forEach((k, v) -> base.put(k.label(), v));
            t.put("basePjByKind", base);
            t.put("pjPerBitToggle", r.toggleModel().signalPj());
            t.put("heldOutRelativeError", r.calibration().toggleModelRelativeError());
            d.put("rtlToggleModel", t);
            if (r.glitch().measured()) {
                d.put("glitches", r.glitch());
            }
            d.put("traces", r.energy().source());
            designs.put(r.design().name(), d);
        }
        root.put("designs", designs);
        return write(root);
    }

    /**
     * The simulator's cost table with the MAC entries measured here: {@code base} (its registers,
     * SRAM and DRAM and their cited sources) with one MAC entry per row, energies scaled from the
     * library's supply (each row's {@link LibraryLabel#voltage}) to the base table's by (V_table / V_library)^2.
     *
     * @param yosys   the Yosys version line, e.g. "Yosys 0.23 (git sha1 ...)"
     * @param command the command that produced the rows, quoted in every source
     */
    public static CostTable simulatorCosts(List<StudyRow> rows, CostTable onLibrary, String yosys, String command) {
        double volts = onLibrary.supplyVolts();
        Map<MacDesign, MacCost> macs = new LinkedHashMap<>();
        Map<MacDesign, Map<String, String>> measuredOn = new LinkedHashMap<>();
        for (StudyRow r : rows) {
            if (r.library().nodeNm() != onLibrary.nodeNm() || r.library().voltage() != volts) {
                throw new IllegalArgumentException(r.design().name() + " was measured on " + r.library().name()
                        + ", not on the cost table's technology (" + onLibrary.technology() + ")");
            }
            macs.put(r.design(), macCost(r, volts, yosys, command));
            measuredOn.put(r.design(), measuredOn(r, yosys));
        }
        String libraries = String.join("; ", rows.stream().map(r -> r.library().provenance()).distinct().toList());
        String description = String.format(Locale.ROOT, "Per-event energies (pJ, at %.1f V) and areas (um^2), all at "
                + "one technology (%s). MAC entries: measured by dintsim synth (%s; library: %s; energy from gate-level "
                + "switching on trace operands; areas as synthesized). Registers: the library's flip-flop (see their "
                + "sources). SRAM: cited 45 nm figures scaled to this node (see each source). DRAM: cited per-access "
                + "energy (off-chip, not scaled). Command: %s", volts, onLibrary.technology(), yosys, libraries, command);
        return onLibrary.withMacs(macs, measuredOn, description, "dintsim synth (" + command + ")");
    }

    /**
     * {@code base} moved to a library's technology: its node and supply, and register entries from
     * its flip-flop ({@link RegisterCost}), so that MAC, register and SRAM entries describe one
     * process. A library whose node is not known (a user's Liberty file) cannot make a table.
     */
    public static CostTable onLibrary(CostTable base, CellLibrary library) {
        LibraryLabel l = LibraryLabel.of(library);
        if (!(l.nodeNm() > 0)) {
            throw new IllegalArgumentException("library " + l.name() + ": its technology node is not known (a Liberty "
                    + "file given by the user), so no cost table can state one node for its MAC, register and SRAM "
                    + "entries; write costs.json with osu018 or dintsim45");
        }
        RegisterCost reg = RegisterCost.of(library);
        String node = String.format(Locale.ROOT, "%s nm (%s), the library the MAC and register entries were measured on",
                l.nodeNm() == Math.rint(l.nodeNm()) ? Long.toString((long) l.nodeNm()) : Double.toString(l.nodeNm()), l.name());
        return base.withTechnology(new Cost(l.nodeNm(), node), new Cost(l.voltage(), l.name() + " nom_voltage"),
                new Cost(reg.energyPerBitPj(), reg.energySource(l)), new Cost(reg.areaPerBitUm2(), reg.areaSource(l)),
                l.name() + ", " + node.substring(0, node.indexOf(" (")));
    }

    /** What a row was measured on, as the cost table records it (RtlHash of Verilog and netlist, top, library, clock). */
    public static Map<String, String> measuredOn(StudyRow r, String yosys) {
        Map<String, String> on = new LinkedHashMap<>();
        on.put("top", r.area().top());
        on.put("multiplier", r.multiplier());
        on.put("verilogSha256", r.verilogSha256());
        on.put("netlistSha256", r.netlistSha256());
        on.put("library", r.library().name());
        on.put("yosys", yosys);
        on.put("delayTargetNs", String.format(Locale.ROOT, "%.3f", r.delayTargetNs()));
        on.put("fmaxMhz", String.format(Locale.ROOT, "%.1f", r.timing().fmaxMhz()));
        return on;
    }

    /**
     * One row as the simulator's MAC entry, at a table's supply voltage: the one conversion from a
     * measurement to a cost record ({@code dintsim synth --out} and the report's synthesize stage).
     */
    public static MacCost macCost(StudyRow r, double supplyVolts, String yosys, String command) {
        double lib = r.library().voltage();
        double scale = (supplyVolts * supplyVolts) / (lib * lib);
        String scaling = scaling(r.library(), supplyVolts);
        Cost[] kinds = new Cost[MacKind.COUNT];
        for (MacKind k : MacKind.values()) {
            kinds[k.ordinal()] = kindCost(r, k, yosys, scaling, scale, command);
        }
        String area = String.format(Locale.ROOT, "dintsim synth: %s onto %s, top %s, "
                        + "%d cells, %d flip-flops (its accumulator register included); command: %s",
                yosys, r.library().provenance(), r.area().top(), r.area().cells(), r.area().flipFlops(), command);
        return new MacCost(kinds[MacKind.ZERO.ordinal()], kinds[MacKind.SPECIAL.ordinal()],
                kinds[MacKind.NORMAL.ordinal()], new Cost(r.area().areaUm2(), area));
    }

    private static String scaling(LibraryLabel library, double volts) {
        double lib = library.voltage();
        double scale = (volts * volts) / (lib * lib);
        if (scale == 1) {
            return String.format(Locale.ROOT, "at the library's %.1f V", lib);
        }
        return String.format(Locale.ROOT, "gate-level energy at the library's %.1f V x (%.1f/%.1f)^2 = %.4f to the "
                + "table's %.1f V", lib, volts, lib, scale, volts);
    }

    /** A MAC kind's measured energy; a kind with no MACs in the traces gets the mean over all MACs, and says so. */
    private static Cost kindCost(StudyRow r, MacKind k, String yosys, String scaling, double scale, String command) {
        KindEnergy e = r.energy().byKind().get(k);
        String kind = k.label();
        String flow = "dintsim synth: gate-level switching (Verilator, zero-delay toggles x " + r.library().name()
                + " energy per transition of each net + flip-flop clock pins) of the " + yosys + " netlist of "
                + r.area().top() + "; ";
        String traces = traceSummary(r.energy().source());
        if (e == null || e.macs() == 0) {
            return new Cost(r.energy().energyPerMacPj() * scale, flow + "no " + kind + "-weight MACs among the "
                    + r.energy().macs() + " measured (" + traces + "): mean over all of them; " + scaling + "; command: " + command);
        }
        return new Cost(e.meanPj() * scale, flow + "mean of " + e.macs() + " " + kind + "-weight MACs among "
                + r.energy().macs() + " (" + traces + "); " + scaling + "; command: " + command);
    }

    /** "36 trace(s): layer0.attention.query, ..." -> "36 trace(s)": the command names the trace sets. */
    private static String traceSummary(String source) {
        int colon = source.indexOf(": ");
        return colon < 0 ? source : source.substring(0, colon);
    }

    private static String write(Object o) {
        try {
            return JSON.writeValueAsString(o) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
