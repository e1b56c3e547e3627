// Differential test driver for one MAC top (Mac_<design>): reads vectors with the Java model's
// expected results from stdin (format in MacVectorWriter.java), drives the Verilated MAC, counts
// mismatches. Usage: mac_tb TOP_NAME ACTIVITY_FILE|-   (summary on stdout, one "key value" a line)
#include "Vtop.h"
#include "tb_common.h"

int main(int argc, char** argv) {
    if (argc < 3) tb::fail("usage: mac_tb TOP ACTIVITY_FILE|-");
    VerilatedContext ctx;
    Vtop top{&ctx};
    tb::Reader in(stdin, "stdin (MAC vectors)");
    char magic[8];
    in.bytes(magic, 8);
    if (std::memcmp(magic, "DMACV1\0\0", 8) != 0) tb::fail("stdin: byte offset 0: not a dintsim MAC vector stream");
    const int productWidth = in.i32();
    const int accWidth = in.i32();
    const int wBits = in.i32();
    const int aBits = in.i32();

    top.reset = 1;
    for (int i = 0; i < 2; i++) { top.clock = 0; top.eval(); top.clock = 1; top.eval(); }
    top.reset = 0;

    tb::Activity act(1, 1);
    const int sW = act.add("weight", wBits), sA = act.add("act", aBits), sP = act.add("product", productWidth),
              sAcc = act.add("acc", accWidth);
    tb::Words prev[4], cur[4];

    uint64_t n = 0, mismatches = 0;
    std::string first;
    uint8_t rec[3];
    while (in.bytes(rec, 3, true)) {
        const uint8_t ctl = rec[2];
        int32_t loadValue = 0;
        if (ctl & 2) loadValue = in.i32();
        const int32_t expProduct = in.i32();
        const int32_t expAcc = in.i32();
        const uint8_t expFlags = in.u8();
        top.w = rec[0];
        top.a = rec[1];
        top.valid = 1;
        top.clear = (ctl & 1) ? 1 : 0;
        top.load = (ctl & 2) ? 1 : 0;
        top.loadValue = (uint32_t)loadValue & (accWidth >= 32 ? 0xffffffffu : ((1u << accWidth) - 1));
        top.clock = 0;
        top.eval();
        const int64_t gotProduct = tb::signExtend(top.product, productWidth);
        const int gotStep = top.stepOverflow;
        cur[0].clear(); cur[0].set(0, wBits, rec[0]);
        cur[1].clear(); cur[1].set(0, aBits, rec[1]);
        cur[2].clear(); cur[2].set(0, productWidth, (uint64_t)gotProduct);
        top.clock = 1;
        top.eval();
        const int64_t gotAcc = tb::signExtend(top.acc, accWidth);
        const int gotSticky = top.overflowed;
        cur[3].clear(); cur[3].set(0, accWidth, (uint64_t)gotAcc);
        if (n > 0) {
            act.count(sW, prev[0], cur[0]); act.count(sA, prev[1], cur[1]);
            act.count(sP, prev[2], cur[2]); act.count(sAcc, prev[3], cur[3]);
        }
        for (int i = 0; i < 4; i++) prev[i] = cur[i];
        const bool bad = gotProduct != expProduct || gotAcc != expAcc || gotStep != (expFlags & 1)
                         || gotSticky != ((expFlags >> 1) & 1);
        if (bad) {
            if (mismatches == 0) {
                char buf[400];
                std::snprintf(buf, sizeof buf,
                              "vector %llu (w=%u a=%u ctl=%u load=%d): product expected %d got %lld; acc expected %d got %lld; "
                              "stepOverflow expected %d got %d; overflowed expected %d got %d",
                              (unsigned long long)n, rec[0], rec[1], ctl, loadValue, expProduct, (long long)gotProduct,
                              expAcc, (long long)gotAcc, expFlags & 1, gotStep, (expFlags >> 1) & 1, gotSticky);
                first = buf;
            }
            mismatches++;
        }
        n++;
    }
    if (std::strcmp(argv[2], "-") != 0) act.write(argv[2], argv[1], n, false);
    std::printf("vectors %llu\nmismatches %llu\n", (unsigned long long)n, (unsigned long long)mismatches);
    if (mismatches) std::printf("first %s\n", first.c_str());
    top.final();
    return 0;
}
