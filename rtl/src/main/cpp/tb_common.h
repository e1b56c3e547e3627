// Helpers shared by dintsim's Verilator testbenches: flat port access for any port width,
// little-endian binary I/O, and the activity (toggle) file of rtl/docs/ACTIVITY.md.
#pragma once
#include <verilated.h>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace tb {

[[noreturn]] inline void fail(const std::string& msg) {
    std::fprintf(stderr, "testbench error: %s\n", msg.c_str());
    std::exit(2);
}

// A port's bits staged as 32-bit words, so one code path serves CData..QData and VlWide<N>.
struct Words {
    std::vector<uint32_t> w;
    explicit Words(int bits = 64) : w((bits + 31) / 32 + 2, 0) {}
    void clear() { std::fill(w.begin(), w.end(), 0u); }
    void set(int lo, int width, uint64_t v) {
        int word = lo >> 5, off = lo & 31;
        uint64_t m = width >= 64 ? ~0ull : ((1ull << width) - 1);
        unsigned __int128 chunk = (unsigned __int128)w[word] | ((unsigned __int128)w[word + 1] << 32)
                                | ((unsigned __int128)w[word + 2] << 64);
        unsigned __int128 mask = (unsigned __int128)m << off;
        chunk = (chunk & ~mask) | (((unsigned __int128)(v & m)) << off);
        w[word] = (uint32_t)chunk;
        w[word + 1] = (uint32_t)(chunk >> 32);
        w[word + 2] = (uint32_t)(chunk >> 64);
    }
    uint64_t get(int lo, int width) const {
        uint64_t v = 0;
        int word = lo >> 5, off = lo & 31;
        // Up to 64 bits from at most three words.
        unsigned __int128 chunk = (unsigned __int128)w[word] | ((unsigned __int128)w[word + 1] << 32)
                                | ((unsigned __int128)w[word + 2] << 64);
        v = (uint64_t)(chunk >> off);
        return width >= 64 ? v : (v & ((1ull << width) - 1));
    }
    bool any() const {
        for (uint32_t x : w) if (x) return true;
        return false;
    }
};

inline void store(CData& p, const Words& s) { p = (CData)s.w[0]; }
inline void store(SData& p, const Words& s) { p = (SData)s.w[0]; }
inline void store(IData& p, const Words& s) { p = s.w[0]; }
inline void store(QData& p, const Words& s) { p = (QData)s.w[0] | ((QData)s.w[1] << 32); }
template <std::size_t N> inline void store(VlWide<N>& p, const Words& s) {
    for (std::size_t i = 0; i < N; i++) p[i] = s.w[i];
}
inline void load(const CData& p, Words& s) { s.w[0] = p; }
inline void load(const SData& p, Words& s) { s.w[0] = p; }
inline void load(const IData& p, Words& s) { s.w[0] = p; }
inline void load(const QData& p, Words& s) { s.w[0] = (uint32_t)p; s.w[1] = (uint32_t)(p >> 32); }
template <std::size_t N> inline void load(const VlWide<N>& p, Words& s) {
    for (std::size_t i = 0; i < N; i++) s.w[i] = p[i];
}

inline int64_t signExtend(uint64_t v, int width) {
    if (width >= 64) return (int64_t)v;
    uint64_t m = 1ull << (width - 1);
    v &= (1ull << width) - 1;
    return (int64_t)((v ^ m) - m);
}

// Sequential little-endian reader over a whole file or stdin stream.
struct Reader {
    FILE* f;
    std::string name;
    long offset = 0;
    Reader(FILE* file, std::string n) : f(file), name(std::move(n)) {}
    bool bytes(void* dst, size_t n, bool eofOk = false) {
        size_t got = std::fread(dst, 1, n, f);
        if (got == 0 && eofOk) return false;
        if (got != n) fail(name + ": truncated at byte offset " + std::to_string(offset));
        offset += (long)n;
        return true;
    }
    int32_t i32() { int32_t v; bytes(&v, 4); return v; }
    uint8_t u8() { uint8_t v; bytes(&v, 1); return v; }
};

// Per-instance toggle counts of named signals (rtl/docs/ACTIVITY.md).
struct Activity {
    struct Signal { std::string name; int width; std::vector<uint64_t> toggles; };
    int rows, cols;
    std::vector<Signal> signals;
    std::vector<uint64_t> macs;  // per PE: zero, special, normal (MacKind order = probe_mac bits 0..2)
    Activity(int r, int c) : rows(r), cols(c), macs((size_t)r * c * 3, 0) {}
    int add(const std::string& name, int width) {
        signals.push_back({name, width, std::vector<uint64_t>((size_t)rows * cols, 0)});
        return (int)signals.size() - 1;
    }
    // Toggles of every PE's field of a flat probe port between two samples.
    void count(int sig, const Words& prev, const Words& cur) {
        Signal& s = signals[sig];
        for (int i = 0; i < rows * cols; i++) {
            uint64_t d = prev.get(i * s.width, s.width) ^ cur.get(i * s.width, s.width);
            s.toggles[i] += (uint64_t)__builtin_popcountll(d);
        }
    }
    void write(const char* path, const std::string& top, uint64_t cycles, bool withMacs) const {
        FILE* f = std::fopen(path, "w");
        if (!f) fail(std::string(path) + ": cannot write activity file");
        std::fprintf(f, "# dintsim activity v1\ntop\t%s\ncycles\t%llu\nrows\t%d\ncols\t%d\n", top.c_str(),
                     (unsigned long long)cycles, rows, cols);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                for (const Signal& s : signals)
                    std::fprintf(f, "toggles\t%d\t%d\t%s\t%d\t%llu\n", r, c, s.name.c_str(), s.width,
                                 (unsigned long long)s.toggles[i]);
                if (withMacs)
                    std::fprintf(f, "macs\t%d\t%d\t%llu\t%llu\t%llu\n", r, c, (unsigned long long)macs[i * 3],
                                 (unsigned long long)macs[i * 3 + 1], (unsigned long long)macs[i * 3 + 2]);
            }
        std::fclose(f);
    }
};

}  // namespace tb
