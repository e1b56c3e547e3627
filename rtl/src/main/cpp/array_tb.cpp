// Replays one GEMM on a Verilated systolic array top (StationaryArray_* or OsArray_*) following
// the fold table of the stimulus (computed by the Java FoldSchedule from sim/docs/TIMING.md): this
// file is the sequencer and the output buffer, the RTL is the PE grid with its skew registers. It
// derives no timing: it drives each fold from its recorded base (and preload start) and maps each
// output-valid pulse back to its output. Usage: array_tb TOP STIMULUS RESULT ACTIVITY|-
// Compile-time: TB_STATIONARY (1: the top edge preloads held codes, partial sums flow down;
// 0: output-stationary), TB_PROBES (probe ports present), TB_ROWS, TB_COLS.
// Formats of STIMULUS and RESULT: dintsim.rtl.verilator.ArrayStimulus / ArrayResult (Java).
#include "Vtop.h"
#include "tb_common.h"
#include <chrono>

struct Fold {
    int64_t base, preload;
    int32_t rowTile, colTile, flags;
};
enum { CONTINUES = 1, COMPLETES = 2 };

struct Stimulus {
    int stationary, doubleBuffered, R, C, M, N, K, rowsL, rowsP, bitsL, bitsP, aBits, wBits, accW, productWidth,
        strideL, strideP, T, F;
    std::vector<Fold> folds;
    std::vector<uint8_t> L, P;  // rowsL x K and rowsP x K codes
};

static Stimulus readStimulus(const char* path) {
    FILE* f = std::fopen(path, "rb");
    if (!f) tb::fail(std::string(path) + ": cannot open stimulus file");
    tb::Reader in(f, path);
    char magic[8];
    in.bytes(magic, 8);
    if (std::memcmp(magic, "DARRST2\0", 8) != 0)
        tb::fail(std::string(path) + ": byte offset 0: not a dintsim array stimulus (version 2)");
    Stimulus s;
    int* fields[] = {&s.stationary, &s.doubleBuffered, &s.R, &s.C, &s.M, &s.N, &s.K, &s.rowsL, &s.rowsP, &s.bitsL,
                     &s.bitsP, &s.aBits, &s.wBits, &s.accW, &s.productWidth, &s.strideL, &s.strideP, &s.T, &s.F};
    for (int* p : fields) *p = in.i32();
    if (s.stationary != TB_STATIONARY || s.R != TB_ROWS || s.C != TB_COLS)
        tb::fail(std::string(path) + ": stimulus is for a different array than this testbench was built for");
    if (s.F < 1 || s.T < 1) tb::fail(std::string(path) + ": byte offset 8: no folds or an empty stream");
    s.folds.resize(s.F);
    for (Fold& fd : s.folds) {
        in.bytes(&fd.base, 8);
        in.bytes(&fd.preload, 8);
        fd.rowTile = in.i32();
        fd.colTile = in.i32();
        fd.flags = in.i32();
    }
    s.L.resize((size_t)s.rowsL * s.K);
    s.P.resize((size_t)s.rowsP * s.K);
    in.bytes(s.L.data(), s.L.size());
    in.bytes(s.P.data(), s.P.size());
    std::fclose(f);
    return s;
}

static void writeI64(FILE* f, int64_t v) { std::fwrite(&v, 8, 1, f); }

int main(int argc, char** argv) {
    if (argc < 5) tb::fail("usage: array_tb TOP STIMULUS RESULT ACTIVITY|-");
    const Stimulus s = readStimulus(argv[2]);
    const int R = s.R, C = s.C, K = s.K, F = s.F;
    const int64_t T = s.T;
    const std::vector<Fold>& fold = s.folds;
    const int64_t streamEnd = fold[F - 1].base + T;  // first cycle with nothing left to drive
    // Every fold leaves one output per PE (output-stationary) or one per stream slot and column.
    const int64_t expectedOutputs = TB_STATIONARY ? (int64_t)F * T * C : (int64_t)F * R * C;
    const auto out = [&](int64_t i, int64_t j) { return (size_t)(i * s.strideL + j * s.strideP); };

    VerilatedContext ctx;
    Vtop top{&ctx};
    top.reset = 1;
    for (int i = 0; i < 2; i++) { top.clock = 0; top.eval(); top.clock = 1; top.eval(); }
    top.reset = 0;

    std::vector<int32_t> obuf((size_t)s.M * s.N, 0);
    std::vector<uint8_t> oovf((size_t)s.M * s.N, 0);
    std::vector<int64_t> wcycle((size_t)s.M * s.N, -1);
    std::vector<int64_t> seen(TB_STATIONARY ? C : R * C, 0);  // outputs seen per column / per PE

    tb::Words lIn(R * s.bitsL), lValid(R), lFirst(R), lBeat(R), lLast(R), pIn(C * s.bitsP), pValid(C);
    tb::Words psumIn(C * s.accW), psumInValid(C), psumInOvf(C);
    const int outputs = TB_STATIONARY ? C : R * C;
    tb::Words outV(outputs * s.accW), outValid(outputs), outOvf(outputs);
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
    int sf = 0;  // current stream fold
#if TB_STATIONARY
    int pf = 0;  // current preload fold
#endif
    const auto start = std::chrono::steady_clock::now();
    for (;; t++) {
        lValid.clear(); lFirst.clear(); lBeat.clear(); lLast.clear(); pValid.clear();
        psumInValid.clear(); psumInOvf.clear();
        while (sf < F && t >= fold[sf].base + T) sf++;
        const bool streaming = sf < F && t >= fold[sf].base;
#if TB_STATIONARY
        // Preload: R cycles, one row of held codes a cycle (the bottom PE row's first).
        while (pf < F && t >= fold[pf].preload + R) pf++;
        const bool preloading = pf < F && t >= fold[pf].preload;
        if (preloading) {
            const Fold& fd = fold[pf];
            const int64_t k = (int64_t)fd.rowTile * R + (R - 1 - (t - fd.preload));
            for (int c = 0; c < C; c++) {
                const int64_t j = (int64_t)fd.colTile * C + c;
                const bool data = j < s.rowsP && k < K;
                pIn.set(c * s.bitsP, s.bitsP, data ? s.P[j * K + k] : 0);
                pValid.set(c, 1, data);
            }
        }
        top.preload = preloading;
        if (streaming) {
            const Fold& fd = fold[sf];
            const int64_t x = t - fd.base;  // stream slot: row x of L
            for (int r = 0; r < R; r++) {
                const int64_t k = (int64_t)fd.rowTile * R + r;
                lIn.set(r * s.bitsL, s.bitsL, k < K ? s.L[x * K + k] : 0);
                lValid.set(r, 1, k < K);
                lFirst.set(r, 1, x == 0);
            }
            for (int c = 0; c < C; c++) {
                const int64_t j = (int64_t)fd.colTile * C + c;
                const bool carry = (fd.flags & CONTINUES) && j < s.rowsP;  // an earlier fold's partial sum
                psumIn.set(c * s.accW, s.accW, carry ? (uint32_t)obuf[out(x, j)] : 0);
                psumInOvf.set(c, 1, carry && oovf[out(x, j)]);
                psumInValid.set(c, 1, 1);
            }
        }
        tb::store(top.streamIn, lIn);
        tb::store(top.streamValid, lValid);
        tb::store(top.streamFirst, lFirst);
        tb::store(top.heldIn, pIn);
        tb::store(top.heldValid, pValid);
        tb::store(top.psumIn, psumIn);
        tb::store(top.psumInValid, psumInValid);
        tb::store(top.psumInOvf, psumInOvf);
#else
        if (streaming) {
            const Fold& fd = fold[sf];
            const int64_t k = t - fd.base;
            for (int r = 0; r < R; r++) {
                const int64_t i = (int64_t)fd.rowTile * R + r;
                lIn.set(r * s.bitsL, s.bitsL, i < s.rowsL ? s.L[i * K + k] : 0);
                lValid.set(r, 1, i < s.rowsL);
                lBeat.set(r, 1, 1);
                lFirst.set(r, 1, k == 0);
                lLast.set(r, 1, k == T - 1);
            }
            for (int c = 0; c < C; c++) {
                const int64_t j = (int64_t)fd.colTile * C + c;
                pIn.set(c * s.bitsP, s.bitsP, j < s.rowsP ? s.P[j * K + k] : 0);
                pValid.set(c, 1, j < s.rowsP);
            }
        }
        tb::store(top.aIn, lIn);
        tb::store(top.aValid, lValid);
        tb::store(top.aBeat, lBeat);
        tb::store(top.aFirst, lFirst);
        tb::store(top.aLast, lLast);
        tb::store(top.wIn, pIn);
        tb::store(top.wValid, pValid);
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
#if TB_STATIONARY
        tb::load(top.psumOutValid, outValid);
#else
        tb::load(top.outValid, outValid);
#endif
        if (outValid.any()) {
#if TB_STATIONARY
            tb::load(top.psumOut, outV);
            tb::load(top.psumOutOvf, outOvf);
#else
            tb::load(top.out, outV);
            tb::load(top.outOvf, outOvf);
#endif
            for (int e = 0; e < outputs; e++) {
                if (!outValid.get(e, 1)) continue;
                // Column e's n-th output is slot n % T of fold n / T; PE e's n-th output is fold n's.
                const int64_t nth = seen[e]++;
                const int64_t f = TB_STATIONARY ? nth / T : nth;
                if (f >= F) tb::fail("RTL wrote more outputs than the schedule has folds (output port " + std::to_string(e) + ")");
                const Fold& fd = fold[f];
                const int64_t i = TB_STATIONARY ? nth % T : (int64_t)fd.rowTile * R + e / C;
                const int64_t j = (int64_t)fd.colTile * C + e % C;
                if (i < s.rowsL && j < s.rowsP) {
                    obuf[out(i, j)] = (int32_t)tb::signExtend(outV.get(e * s.accW, s.accW), s.accW);
                    oovf[out(i, j)] = (uint8_t)outOvf.get(e, 1);
                    if (fd.flags & COMPLETES) wcycle[out(i, j)] = t;
                }
                received++;
                lastWrite = t;
            }
        }
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
    writeI64(f, (int64_t)s.M * s.N);
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
