// Replays one GEMM on a Verilated systolic array top (WsArray_* or OsArray_*) with the fold
// schedule of sim/docs/TIMING.md; this file is the sequencer and the output buffer, the RTL is
// the PE grid. Usage: array_tb TOP STIMULUS RESULT ACTIVITY|-
// Compile-time: TB_OS (0 ws, 1 os), TB_PROBES (probe ports present), TB_ROWS, TB_COLS.
// Formats of STIMULUS and RESULT: dintsim.rtl.verilator.ArrayStimulus / ArrayResult (Java).
#include "Vtop.h"
#include "tb_common.h"
#include <chrono>

struct Stimulus {
    int dataflowOs, doubleBuffered, R, C, M, K, N, wBits, aBits, accW, productWidth;
    std::vector<uint8_t> A, W;  // M x K and N x K codes
};

static Stimulus readStimulus(const char* path) {
    FILE* f = std::fopen(path, "rb");
    if (!f) tb::fail(std::string(path) + ": cannot open stimulus file");
    tb::Reader in(f, path);
    char magic[8];
    in.bytes(magic, 8);
    if (std::memcmp(magic, "DARRST1\0", 8) != 0) tb::fail(std::string(path) + ": byte offset 0: not a dintsim array stimulus");
    Stimulus s;
    s.dataflowOs = in.i32(); s.doubleBuffered = in.i32(); s.R = in.i32(); s.C = in.i32();
    s.M = in.i32(); s.K = in.i32(); s.N = in.i32();
    s.wBits = in.i32(); s.aBits = in.i32(); s.accW = in.i32(); s.productWidth = in.i32();
    if (s.dataflowOs != TB_OS || s.R != TB_ROWS || s.C != TB_COLS)
        tb::fail(std::string(path) + ": stimulus is for a different array than this testbench was built for");
    s.A.resize((size_t)s.M * s.K);
    s.W.resize((size_t)s.N * s.K);
    in.bytes(s.A.data(), s.A.size());
    in.bytes(s.W.data(), s.W.size());
    std::fclose(f);
    return s;
}

static void writeI64(FILE* f, int64_t v) { std::fwrite(&v, 8, 1, f); }

int main(int argc, char** argv) {
    if (argc < 5) tb::fail("usage: array_tb TOP STIMULUS RESULT ACTIVITY|-");
    const Stimulus s = readStimulus(argv[2]);
    const int R = s.R, C = s.C, M = s.M, K = s.K, N = s.N;
    const bool os = TB_OS;
    // Folds and their stream bases b_f (and ws preload starts p_f), TIMING.md.
    const int64_t T = os ? K : M;
    const int64_t tiles0 = os ? (M + R - 1) / R : (N + C - 1) / C;  // outer loop: mt (os) / nt (ws)
    const int64_t tiles1 = os ? (N + C - 1) / C : (K + R - 1) / R;  // inner loop: nt (os) / kt (ws)
    const int64_t F = tiles0 * tiles1;
    std::vector<int64_t> base(F), pre(os ? 0 : F);
    for (int64_t f = 0; f < F; f++) {
        if (os) {
            base[f] = s.doubleBuffered ? f * T : f * (R + C + T - 2);
        } else if (s.doubleBuffered) {
            base[f] = f == 0 ? R : base[f - 1] + std::max<int64_t>(T, 2 * R + C - 1);
            pre[f] = f == 0 ? 0 : base[f - 1] + R + C - 1;
        } else {
            pre[f] = f * (2 * R + C + T - 2);
            base[f] = pre[f] + R;
        }
    }
    const int64_t streamEnd = base[F - 1] + T;  // first cycle with nothing left to drive
    const int64_t expectedOutputs = os ? F * R * C : F * T * C;

    VerilatedContext ctx;
    Vtop top{&ctx};
    top.reset = 1;
    for (int i = 0; i < 2; i++) { top.clock = 0; top.eval(); top.clock = 1; top.eval(); }
    top.reset = 0;

    std::vector<int32_t> obuf((size_t)M * N, 0);
    std::vector<uint8_t> oovf((size_t)M * N, 0);
    std::vector<int64_t> wcycle((size_t)M * N, -1);
    std::vector<int64_t> seen(os ? R * C : C, 0);  // outputs seen per PE (os) / per column (ws)

    tb::Words aIn(R * s.aBits), aValid(R), aBeat(R), aFirst(R), aLast(R), wIn(C * s.wBits), wValid(C);
    tb::Words psumIn(C * s.accW), psumInValid(C), psumInOvf(C);
    tb::Words outV(os ? R * C * s.accW : C * s.accW), outValid(os ? R * C : C), outOvf(os ? R * C : C);
#if TB_PROBES
    tb::Activity act(R, C);
    const int sigA = act.add("act", s.aBits), sigW = act.add("weight", s.wBits),
              sigP = act.add("product", s.productWidth), sigAcc = act.add("acc", s.accW);
    const int PE = R * C;
    tb::Words pA[2] = {tb::Words(PE * s.aBits), tb::Words(PE * s.aBits)};
    tb::Words pW[2] = {tb::Words(PE * s.wBits), tb::Words(PE * s.wBits)};
    tb::Words pP[2] = {tb::Words(PE * s.productWidth), tb::Words(PE * s.productWidth)};
    tb::Words pAcc[2] = {tb::Words(PE * s.accW), tb::Words(PE * s.accW)};
    tb::Words pMac(PE * 3);
#endif

    int64_t received = 0, lastWrite = -1, t = 0;
    int64_t sf = 0, pf = 0;  // current stream fold, current preload fold
    const auto start = std::chrono::steady_clock::now();
    for (;; t++) {
        aValid.clear(); aFirst.clear(); aBeat.clear(); aLast.clear(); wValid.clear();
        psumInValid.clear(); psumInOvf.clear();
        while (sf < F && t >= base[sf] + T) sf++;
        const bool streaming = sf < F && t >= base[sf];
        if (os) {
            if (streaming) {
                const int64_t mt = sf / tiles1, nt = sf % tiles1, k = t - base[sf];
                for (int r = 0; r < R; r++) {
                    const int64_t m = mt * R + r;
                    aIn.set(r * s.aBits, s.aBits, m < M ? s.A[m * K + k] : 0);
                    aValid.set(r, 1, m < M);
                    aBeat.set(r, 1, 1);
                    aFirst.set(r, 1, k == 0);
                    aLast.set(r, 1, k == T - 1);
                }
                for (int c = 0; c < C; c++) {
                    const int64_t n = nt * C + c;
                    wIn.set(c * s.wBits, s.wBits, n < N ? s.W[n * K + k] : 0);
                    wValid.set(c, 1, n < N);
                }
            }
        } else {
            while (pf < F && t >= pre[pf] + R) pf++;
            const bool preloading = pf < F && t >= pre[pf];
            if (preloading) {
                const int64_t nt = pf / tiles1, kt = pf % tiles1, j = t - pre[pf];
                const int64_t k = kt * R + (R - 1 - j);
                for (int c = 0; c < C; c++) {
                    const int64_t n = nt * C + c;
                    const bool data = n < N && k < K;
                    wIn.set(c * s.wBits, s.wBits, data ? s.W[n * K + k] : 0);
                    wValid.set(c, 1, data);
                }
            }
#if !TB_OS
            top.preload = preloading;
#endif
            if (streaming) {
                const int64_t nt = sf / tiles1, kt = sf % tiles1, m = t - base[sf];
                for (int r = 0; r < R; r++) {
                    const int64_t k = kt * R + r;
                    aIn.set(r * s.aBits, s.aBits, k < K ? s.A[m * K + k] : 0);
                    aValid.set(r, 1, k < K);
                    aFirst.set(r, 1, m == 0);
                }
                for (int c = 0; c < C; c++) {
                    const int64_t n = nt * C + c;
                    const bool carry = kt > 0 && n < N;  // the partial sum of the previous k-tile
                    psumIn.set(c * s.accW, s.accW, carry ? (uint32_t)obuf[m * N + n] : 0);
                    psumInOvf.set(c, 1, carry && oovf[m * N + n]);
                    psumInValid.set(c, 1, 1);
                }
            }
        }
        tb::store(top.aIn, aIn);
        tb::store(top.aValid, aValid);
        tb::store(top.aFirst, aFirst);
        tb::store(top.wIn, wIn);
        tb::store(top.wValid, wValid);
#if TB_OS
        tb::store(top.aBeat, aBeat);
        tb::store(top.aLast, aLast);
#else
        tb::store(top.psumIn, psumIn);
        tb::store(top.psumInValid, psumInValid);
        tb::store(top.psumInOvf, psumInOvf);
#endif
        top.clock = 0;
        top.eval();
#if TB_PROBES
        {
            const int cu = t & 1, pv = cu ^ 1;
            tb::load(top.probe_act, pA[cu]); tb::load(top.probe_weight, pW[cu]);
            tb::load(top.probe_product, pP[cu]); tb::load(top.probe_acc, pAcc[cu]);
            tb::load(top.probe_mac, pMac);
            if (t > 0) {
                act.count(sigA, pA[pv], pA[cu]); act.count(sigW, pW[pv], pW[cu]);
                act.count(sigP, pP[pv], pP[cu]); act.count(sigAcc, pAcc[pv], pAcc[cu]);
            }
            for (int i = 0; i < PE; i++) {
                const uint64_t k3 = pMac.get(i * 3, 3);
                for (int b = 0; b < 3; b++) act.macs[i * 3 + b] += (k3 >> b) & 1;
            }
        }
#endif
        top.clock = 1;
        top.eval();
        // Writes at the end of cycle t.
#if TB_OS
        tb::load(top.outValid, outValid);
        if (outValid.any()) {
            tb::load(top.out, outV);
            tb::load(top.outOvf, outOvf);
            for (int i = 0; i < R * C; i++) {
                if (!outValid.get(i, 1)) continue;
                const int64_t f = seen[i]++;
                const int64_t m = (f / tiles1) * R + i / C, n = (f % tiles1) * C + i % C;
                if (f >= F) tb::fail("RTL wrote more outputs than the schedule has folds (PE " + std::to_string(i) + ")");
                if (m < M && n < N) {
                    obuf[m * N + n] = (int32_t)tb::signExtend(outV.get(i * s.accW, s.accW), s.accW);
                    oovf[m * N + n] = (uint8_t)outOvf.get(i, 1);
                    wcycle[m * N + n] = t;
                }
                received++;
                lastWrite = t;
            }
        }
#else
        tb::load(top.psumOutValid, outValid);
        if (outValid.any()) {
            tb::load(top.psumOut, outV);
            tb::load(top.psumOutOvf, outOvf);
            for (int c = 0; c < C; c++) {
                if (!outValid.get(c, 1)) continue;
                const int64_t j = seen[c]++;
                const int64_t f = j / T, m = j % T;
                if (f >= F) tb::fail("RTL wrote more outputs than the schedule has folds (column " + std::to_string(c) + ")");
                const int64_t nt = f / tiles1, kt = f % tiles1, n = nt * C + c;
                if (n < N) {
                    obuf[m * N + n] = (int32_t)tb::signExtend(outV.get(c * s.accW, s.accW), s.accW);
                    oovf[m * N + n] = (uint8_t)outOvf.get(c, 1);
                    if (kt == tiles1 - 1) wcycle[m * N + n] = t;
                }
                received++;
                lastWrite = t;
            }
        }
#endif
        if (t >= streamEnd && received == expectedOutputs) break;
        if (t > streamEnd + R + C + 8)
            tb::fail("RTL produced " + std::to_string(received) + " outputs, the schedule expects " + std::to_string(expectedOutputs));
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const int64_t cycles = lastWrite + 1;

    FILE* f = std::fopen(argv[3], "wb");
    if (!f) tb::fail(std::string(argv[3]) + ": cannot write result file");
    std::fwrite("DARRRS1\0", 1, 8, f);
    writeI64(f, cycles);
    writeI64(f, (int64_t)M * N);
    std::fwrite(obuf.data(), 4, obuf.size(), f);
    std::fwrite(oovf.data(), 1, oovf.size(), f);
    std::fwrite(wcycle.data(), 8, wcycle.size(), f);
    std::fclose(f);
#if TB_PROBES
    if (std::strcmp(argv[4], "-") != 0) act.write(argv[4], argv[1], (uint64_t)cycles, true);
#endif
    std::printf("cycles %lld\nsimulated_cycles %lld\nseconds %.6f\n", (long long)cycles, (long long)(t + 1), secs);
    top.final();
    return 0;
}
