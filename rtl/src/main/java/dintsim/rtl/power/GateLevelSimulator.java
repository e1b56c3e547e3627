package dintsim.rtl.power;

import dintsim.rtl.synth.CellLibrary;
import dintsim.rtl.synth.ExternalToolException;
import dintsim.rtl.synth.RequiredTool;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Verilates a flat gate-level netlist (with behavioural models of the library cells and a probe on
 * every cell output) into a toggle-counting testbench, and runs stimuli through it. Builds are
 * cached under {@code workRoot/<hash>} by the content of netlist, cell models and testbench.
 */
public final class GateLevelSimulator {
    private final RequiredTool verilator;
    private final CellLibrary library;
    private final Path workRoot;
    private final Duration timeout;

    public GateLevelSimulator(RequiredTool verilator, CellLibrary library, Path workRoot, Duration timeout) {
        this.verilator = verilator;
        this.library = library;
        this.workRoot = workRoot.toAbsolutePath();
        this.timeout = timeout;
    }

    /** Verilator from $DINTSIM_VERILATOR or the PATH, the given library, 10 min timeout. */
    public static GateLevelSimulator standard(CellLibrary library, Path workRoot) {
        return new GateLevelSimulator(RequiredTool.VERILATOR.overriddenBy("DINTSIM_VERILATOR"),
                library, workRoot, Duration.ofMinutes(10));
    }

    /** A netlist compiled into a runnable testbench. */
    public final class Compiled implements GateLevelModel {
        private final GateNetlist netlist;
        private final List<NetlistPort> inputs;
        private final List<NetlistPort> outputs;
        private final Path dir;
        private final Path binary;
        private final NetEnergies energies;
        private final double[] cellEnergyFj;

        private Compiled(GateNetlist netlist, List<NetlistPort> inputs, List<NetlistPort> outputs,
                         Path dir, Path binary) {
            this.netlist = netlist;
            this.inputs = inputs;
            this.outputs = outputs;
            this.dir = dir;
            this.binary = binary;
            this.energies = NetEnergies.of(netlist, library);
            this.cellEnergyFj = energies.perTransitionFj();
        }

        @Override
        public NetEnergies energies() {
            return energies;
        }

        @Override
        public GateNetlist netlist() {
            return netlist;
        }

        /** Input ports in stimulus order (the clock excluded). */
        @Override
        public List<NetlistPort> inputs() {
            return inputs;
        }

        /** Output ports in result order (the probe excluded). */
        @Override
        public List<NetlistPort> outputs() {
            return outputs;
        }

        /** Runs {@code stimulus[cycle][input]} and returns what the testbench measured. */
        @Override
        public ActivityRun run(long[][] stimulus) {
            int cycles = stimulus.length;
            try {
                Path runDir = Files.createTempDirectory(dir, "run");
                Path in = runDir.resolve("stimulus.bin");
                Path en = runDir.resolve("energy.bin");
                Path out = runDir.resolve("outputs.bin");
                Path tg = runDir.resolve("toggles.bin");
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(in), 1 << 16)) {
                    ByteBuffer b = ByteBuffer.allocate(8 * inputs.size()).order(ByteOrder.LITTLE_ENDIAN);
                    for (int c = 0; c < cycles; c++) {
                        if (stimulus[c].length != inputs.size()) {
                            throw new IllegalArgumentException("stimulus cycle " + c + " has " + stimulus[c].length
                                    + " values for " + inputs.size() + " inputs");
                        }
                        b.clear();
                        for (long v : stimulus[c]) {
                            b.putLong(v);
                        }
                        o.write(b.array());
                    }
                }
                ByteBuffer e = ByteBuffer.allocate(8 * cellEnergyFj.length).order(ByteOrder.LITTLE_ENDIAN);
                for (double v : cellEnergyFj) {
                    e.putDouble(v);
                }
                Files.write(en, e.array());
                RequiredTool.VERILATOR.at(binary).run(List.of(in.toString(), Integer.toString(cycles),
                        en.toString(), out.toString(), tg.toString()), runDir, runDir.resolve("tb.log"), timeout);
                long[][] outputValues = new long[cycles][outputs.size()];
                double[] energy = new double[cycles];
                try (DataInputStream d = new DataInputStream(new BufferedInputStream(Files.newInputStream(out), 1 << 16))) {
                    for (int c = 0; c < cycles; c++) {
                        for (int i = 0; i < outputs.size(); i++) {
                            outputValues[c][i] = Long.reverseBytes(d.readLong());
                        }
                        energy[c] = Double.longBitsToDouble(Long.reverseBytes(d.readLong()));
                    }
                }
                long[] toggles = new long[cellEnergyFj.length];
                try (InputStream t = Files.newInputStream(tg)) {
                    ByteBuffer tb = ByteBuffer.wrap(t.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
                    for (int i = 0; i < toggles.length; i++) {
                        toggles[i] = tb.getLong();
                    }
                }
                deleteRecursively(runDir);
                return new ActivityRun(outputValues, energy, toggles);
            } catch (IOException ex) {
                throw new UncheckedIOException("gate-level run of " + netlist.top() + " in " + dir, ex);
            }
        }
    }

    /** Compiles the netlist file with {@code clock} as its clock input. */
    public Compiled compile(Path netlistFile, String clock) {
        GateNetlist netlist = GateNetlist.read(netlistFile, library);
        List<NetlistPort> inputs = netlist.stimulusInputs(clock);
        List<NetlistPort> outputs = netlist.outputPorts();
        String probed = netlist.withProbe();
        String cells = library.behaviouralVerilog();
        String tb = ToggleTestbench.generate(netlist.top(), clock, inputs, outputs, netlist.cells().size());
        Path dir = workRoot.resolve(hash(probed, cells, tb).substring(0, 24));
        Path binary = dir.resolve("obj").resolve("tb");
        if (!Files.isExecutable(binary)) {
            build(netlist.top(), dir, probed, cells, tb);
        }
        return new Compiled(netlist, inputs, outputs, dir, binary);
    }

    private void build(String top, Path dir, String probed, String cells, String tb) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("netlist_probed.v"), probed);
            Files.writeString(dir.resolve("cells.v"), cells);
            Path cpp = dir.resolve("tb.cpp").toAbsolutePath();
            Files.writeString(cpp, tb);
            List<String> args = List.of("--cc", "--exe", "--build", "-j", "2", "-O3", "--x-assign", "0",
                    "--x-initial", "0", "-Wno-fatal", "-Wno-lint", "-Wno-style", "-Wno-MULTITOP",
                    "--top-module", top, "-Mdir", "obj", "-o", "tb", "-LDFLAGS", "-pthread",
                    "cells.v", "netlist_probed.v", cpp.toString());
            verilator.run(args, dir, dir.resolve("verilator.log"), timeout);
        } catch (IOException e) {
            throw new UncheckedIOException("building the gate-level testbench in " + dir, e);
        }
        if (!Files.isExecutable(dir.resolve("obj").resolve("tb"))) {
            throw new ExternalToolException("verilator finished but " + dir.resolve("obj/tb") + " is missing");
        }
    }

    private static String hash(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(p.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
