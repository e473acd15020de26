// vnplan_bench: throughput of each stage on a corpus built in memory.
//
// The corpus is made from the documents in samples/ (or the folders given):
// each sample is cut into its header, its top-level sections and its footer
// (the cuts come from the parser's own model), and every generated document
// takes the header and footer of one sample and a run of top-level sections
// of the same numbering style drawn from all of them, renumbered, with years
// shifted and percentages changed. One fixed seed makes the corpus the same
// on every run, so numbers from two builds compare.
//
// Stages, each timed alone over the whole corpus (work before the stage is
// done untimed, a chunk at a time, so that memory stays bounded):
//   decode    text::decode (UTF-8 check, line split, NFC)
//   parse     parse::parse_structure on decoded text
//   extract   extract::extract_all on parsed documents
//   jsonl     format::flatten + render_items(jsonl), what `tasks` prints
//   load      vnplan::parse_document: decode + parse + extract
//   tasks     load + jsonl: one file of `vnplan tasks --format jsonl`
// once on one thread and once with N threads (std::thread over documents).
// Each figure is the median of --reps runs. MB are 10^6 bytes of input.
//
// On a shared machine the same binary's figures can move by a fifth between
// runs. To compare two builds exactly, count one stage's instructions and
// mispredicted branches, which do not move, with callgrind (one command):
//   valgrind --tool=callgrind --branch-sim=yes
//       --toggle-collect='vnplan::extract::extract_all*'
//       vnplan_bench --size 3 --reps 1 --threads 1 --stage extract_all
// and `vnplan::parse_document*` for the load stage. Under valgrind nettle's
// SHA-256 takes a generic path, ten times the cost of its SHA-NI one.
#include "extract/extract.hpp"
#include "format/items.hpp"
#include "parse/parse.hpp"
#include "text/text.hpp"
#include "vnplan.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#ifndef VNPLAN_SOURCE_DIR
#define VNPLAN_SOURCE_DIR "."
#endif

namespace {

namespace fs = std::filesystem;
using namespace vnplan;

// ---- a small deterministic generator (the same numbers on every platform) --

struct rng {
    std::uint64_t state;
    std::uint64_t next() {
        // splitmix64
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
};

// ---- samples cut into pieces ---------------------------------------------

struct piece {
    std::vector<std::string> lines;  // with their line ends, as in the file
    std::string style;               // of a section: its numbering style
};

struct sample {
    std::string name;
    piece header, footer;
    std::vector<piece> sections;
    std::string style;  // of its first top-level section
};

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return std::move(ss).str();
}

// Lines with their ends, split where text::decode splits (LF, CRLF, CR), so
// that index i is line i + 1 of the model.
std::vector<std::string> raw_lines(std::string_view s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\n' && s[i] != '\r') continue;
        if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
        out.emplace_back(s.substr(start, i + 1 - start));
        start = i + 1;
    }
    if (start < s.size()) out.emplace_back(std::string(s.substr(start)) + "\n");
    return out;
}

std::optional<sample> cut(const fs::path& path) {
    const std::string bytes = read_file(path);
    auto r = parse_document(bytes, path.filename().string());
    if (!r.doc || r.doc->sections.empty()) return std::nullopt;
    // UTF-16 samples would need their own splitting; they add nothing here.
    if (r.doc->source.encoding.rfind("utf-8", 0) != 0) return std::nullopt;
    const auto lines = raw_lines(bytes);
    auto range = [&](int from, int to) {  // 1-based, inclusive
        piece p;
        for (int i = std::max(from, 1); i <= to && i <= static_cast<int>(lines.size()); ++i)
            p.lines.push_back(lines[static_cast<std::size_t>(i - 1)]);
        return p;
    };
    sample s;
    s.name = path.filename().string();
    const auto& secs = r.doc->sections;
    s.style = secs.front().style;
    s.header = range(1, secs.front().line - 1);
    for (std::size_t i = 0; i < secs.size(); ++i) {
        const int last = i + 1 < secs.size() ? secs[i + 1].line - 1 : secs[i].end_line;
        auto p = range(secs[i].line, last);
        p.style = secs[i].style;
        s.sections.push_back(std::move(p));
    }
    s.footer = range(secs.back().end_line + 1, static_cast<int>(lines.size()));
    return s;
}

std::string roman(int n) {
    static constexpr std::pair<int, const char*> table[] = {{50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"},
                                                            {5, "V"},  {4, "IV"},  {1, "I"}};
    std::string out;
    for (const auto& [v, s] : table)
        while (n >= v) {
            out += s;
            n -= v;
        }
    return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Where the label of a heading line starts: after spaces, `**` and a
// `Điều `/`Phần `/`Chương ` word.
std::size_t label_start(const std::string& l) {
    std::size_t i = 0;
    while (i < l.size() && (l[i] == ' ' || l[i] == '*' || l[i] == '\t')) ++i;
    for (std::string_view w : {std::string_view("Điều "), std::string_view("Phần "), std::string_view("Chương ")})
        if (l.compare(i, w.size(), w) == 0) return i + w.size();
    return i;
}

// Gives a top-level section the number `n`: `III.` -> `IV.`, `2.` -> `5.`,
// and `2.1.` under `2.` -> `5.1.`. Other styles keep their labels.
void renumber(std::vector<std::string>& lines, const std::string& style, int n) {
    if (lines.empty()) return;
    auto& head = lines.front();
    const std::size_t at = label_start(head);
    std::size_t end = at;
    if (style == "roman") {
        while (end < head.size() && std::string_view("IVXLC").find(head[end]) != std::string_view::npos) ++end;
        if (end > at) head.replace(at, end - at, roman(n));
        return;
    }
    if (style != "arabic" && style != "article") return;
    while (end < head.size() && is_digit(head[end])) ++end;
    if (end == at) return;
    const std::string old = head.substr(at, end - at);
    const std::string now = std::to_string(n);
    head.replace(at, end - at, now);
    for (std::size_t i = 1; i < lines.size(); ++i) {
        auto& l = lines[i];
        const std::size_t s = label_start(l);
        if (l.compare(s, old.size() + 1, old + ".") == 0 && s + old.size() + 1 < l.size() &&
            is_digit(l[s + old.size() + 1]))
            l.replace(s, old.size(), now);
    }
}

// Years move by `shift` (a document is a term earlier or later), and a
// percentage gets another value; other numbers stay.
void vary_numbers(std::string& l, int shift, rng& r) {
    std::string out;
    out.reserve(l.size() + 8);
    for (std::size_t i = 0; i < l.size();) {
        if (!is_digit(l[i]) || (i > 0 && is_digit(l[i - 1]))) {
            out += l[i++];
            continue;
        }
        std::size_t j = i;
        while (j < l.size() && is_digit(l[j])) ++j;
        const std::string_view run(l.data() + i, j - i);
        if (j < l.size() && l[j] == '%' && run.size() <= 3) {
            out += std::to_string(1 + r.below(100));
        } else if (run.size() == 4 && (run.starts_with("19") || run.starts_with("20"))) {
            out += std::to_string(std::atoi(std::string(run).c_str()) + shift);
        } else {
            out += run;
        }
        i = j;
    }
    l = std::move(out);
}

struct corpus {
    std::vector<std::string> docs;
    std::vector<std::string> names;
    std::size_t bytes = 0;
};

std::string generate_one(const std::vector<sample>& samples, rng& r, std::size_t min_bytes) {
    const auto& base = samples[static_cast<std::size_t>(r.below(static_cast<int>(samples.size())))];
    // Sections of the base's style, from every sample.
    std::vector<const piece*> pool;
    for (const auto& s : samples)
        for (const auto& p : s.sections)
            if (p.style == base.style) pool.push_back(&p);
    const int shift = r.below(11) - 5;
    std::string out;
    auto emit = [&](std::vector<std::string> lines) {
        for (auto& l : lines) {
            vary_numbers(l, shift, r);
            out += l;
        }
    };
    emit(base.header.lines);
    const int count = 3 + r.below(8);
    for (int k = 1; k <= count || out.size() < min_bytes; ++k) {
        const auto* p = pool[static_cast<std::size_t>(r.below(static_cast<int>(pool.size())))];
        auto lines = p->lines;
        renumber(lines, p->style, k);
        emit(std::move(lines));
    }
    emit(base.footer.lines);
    return out;
}

corpus generate(const std::vector<sample>& samples, std::size_t target_bytes, std::uint64_t seed) {
    corpus c;
    rng r{seed};
    while (c.bytes < target_bytes) {
        c.docs.push_back(generate_one(samples, r, 0));
        c.bytes += c.docs.back().size();
        char name[32];
        std::snprintf(name, sizeof name, "gen/%06zu.txt", c.docs.size());
        c.names.emplace_back(name);
    }
    return c;
}

// ---- timing ----------------------------------------------------------------

// CPU time of the calling thread: on a machine shared with other work the
// wall clock says how busy the machine was, this says what the code costs.
double thread_cpu_seconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Runs f(i) for every i in [begin, end) on `threads` threads, each taking the
// next index when it is done with one (documents differ in size). Returns
// the CPU seconds the threads spent.
double parallel_for(std::size_t begin, std::size_t end, int threads, const std::function<void(std::size_t)>& f) {
    std::atomic<std::size_t> next{begin};
    std::atomic<std::int64_t> cpu_ns{0};
    auto work = [&] {
        const double c0 = thread_cpu_seconds();
        for (std::size_t i; (i = next.fetch_add(1)) < end;) f(i);
        cpu_ns += static_cast<std::int64_t>((thread_cpu_seconds() - c0) * 1e9);
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    return static_cast<double>(cpu_ns.load()) * 1e-9;
}

using clock_type = std::chrono::steady_clock;

double seconds_since(clock_type::time_point t0) {
    return std::chrono::duration<double>(clock_type::now() - t0).count();
}

constexpr std::size_t chunk_bytes = 16u << 20;

// The corpus in chunks of about chunk_bytes, as index ranges.
std::vector<std::pair<std::size_t, std::size_t>> chunks(const corpus& c) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    std::size_t begin = 0, size = 0;
    for (std::size_t i = 0; i < c.docs.size(); ++i) {
        size += c.docs[i].size();
        if (size >= chunk_bytes || i + 1 == c.docs.size()) {
            out.emplace_back(begin, i + 1);
            begin = i + 1;
            size = 0;
        }
    }
    return out;
}

struct stage_state {
    std::vector<text::source_text> src;
    std::vector<model::document> doc;
};

enum class stage { decode, parse, extract, jsonl, load, tasks };
constexpr const char* stage_names[] = {"decode+normalise", "parse_structure", "extract_all", "render jsonl",
                                       "load (decode+parse+extract)", "tasks jsonl (load+render)"};

// One timed pass of one stage over the corpus; the untimed preparation runs
// on `prep_threads`.
struct timing {
    double wall = 0;  // seconds
    double cpu = 0;   // CPU seconds of the timed threads
};

timing run_stage(const corpus& c, stage st, int threads, int prep_threads, std::size_t& sink) {
    timing total;
    std::atomic<std::size_t> out_bytes{0};
    for (const auto& chunk : chunks(c)) {
        // Not a structured binding: clang 14 cannot capture those in lambdas.
        const std::size_t b = chunk.first, e = chunk.second;
        const std::size_t n = e - b;
        stage_state s;
        s.src.resize(n);
        s.doc.resize(n);
        const bool need_src = st == stage::parse || st == stage::extract || st == stage::jsonl;
        const bool need_doc = st == stage::extract || st == stage::jsonl;
        if (need_src)
            parallel_for(b, e, prep_threads, [&](std::size_t i) { text::decode(c.docs[i], s.src[i - b]); });
        if (need_doc)
            parallel_for(b, e, prep_threads, [&](std::size_t i) {
                s.doc[i - b] = parse::parse_structure(s.src[i - b], c.names[i]);
                if (st == stage::jsonl) extract::extract_all(s.doc[i - b]);
            });
        const auto t0 = clock_type::now();
        total.cpu += parallel_for(b, e, threads, [&](std::size_t i) {
            const std::size_t k = i - b;
            switch (st) {
                case stage::decode: {
                    text::source_text src;
                    text::decode(c.docs[i], src);
                    out_bytes += src.lines.size();
                    break;
                }
                case stage::parse: s.doc[k] = parse::parse_structure(s.src[k], c.names[i]); break;
                case stage::extract: extract::extract_all(s.doc[k]); break;
                case stage::jsonl: {
                    const auto out = format::render_items(format::flatten(s.doc[k]), format::item_format::jsonl, {});
                    out_bytes += out.size();
                    break;
                }
                case stage::load: {
                    auto r = parse_document(c.docs[i], c.names[i]);
                    out_bytes += r.doc ? r.doc->sections.size() : 0;
                    break;
                }
                case stage::tasks: {
                    auto r = parse_document(c.docs[i], c.names[i]);
                    if (r.doc)
                        out_bytes +=
                            format::render_items(format::flatten(*r.doc), format::item_format::jsonl, {}).size();
                    break;
                }
            }
        });
        total.wall += seconds_since(t0);
    }
    sink += out_bytes;
    return total;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const auto n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int usage(const char* why) {
    std::fprintf(stderr,
                 "vnplan_bench: %s\n"
                 "usage: vnplan_bench [--size MB] [--reps N] [--threads N] [--seed N] [--stage NAME]\n"
                 "                    [--emit FILE [--emit-kb K]] [--emit-dir DIR] [SAMPLE_DIR...]\n",
                 why);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    double size_mb = 200;
    int reps = 5;
    int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::uint64_t seed = 1;
    std::string only_stage, emit_file, emit_dir;
    double emit_kb = 50;
    std::vector<std::string> dirs;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        const char* v = nullptr;
        if (a == "--size" && (v = value())) size_mb = std::atof(v);
        else if (a == "--reps" && (v = value())) reps = std::max(1, std::atoi(v));
        else if (a == "--threads" && (v = value())) threads = std::max(1, std::atoi(v));
        else if (a == "--seed" && (v = value())) seed = std::strtoull(v, nullptr, 10);
        else if (a == "--stage" && (v = value())) only_stage = v;
        else if (a == "--emit" && (v = value())) emit_file = v;
        else if (a == "--emit-kb" && (v = value())) emit_kb = std::atof(v);
        else if (a == "--emit-dir" && (v = value())) emit_dir = v;
        else if (a == "-h" || a == "--help") {
            usage("throughput of the vnplan stages on a corpus built from samples");
            return 0;
        }
        else if (!a.starts_with("-")) dirs.push_back(a);
        else return usage(("unknown or incomplete option " + a).c_str());
    }
    if (dirs.empty()) dirs.push_back(VNPLAN_SOURCE_DIR "/samples");

    std::vector<fs::path> files;
    for (const auto& d : dirs) {
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(d, ec))
            if (e.path().extension() == ".txt") files.push_back(e.path());
        if (ec) return usage((d + ": cannot read the folder").c_str());
    }
    std::sort(files.begin(), files.end());  // the same samples in the same order: the same corpus
    std::vector<sample> samples;
    for (const auto& f : files)
        if (auto s = cut(f)) samples.push_back(std::move(*s));
    if (samples.empty()) return usage("no sample with numbered sections found");

    if (!emit_file.empty()) {
        rng r{seed};
        const auto doc = generate_one(samples, r, static_cast<std::size_t>(emit_kb * 1000));
        std::ofstream(emit_file, std::ios::binary) << doc;
        std::printf("%s: %zu bytes\n", emit_file.c_str(), doc.size());
        return 0;
    }

    const auto t_gen = clock_type::now();
    const corpus c = generate(samples, static_cast<std::size_t>(size_mb * 1e6), seed);
    const double gen_s = seconds_since(t_gen);
    if (!emit_dir.empty()) {
        fs::create_directories(emit_dir);
        for (std::size_t i = 0; i < c.docs.size(); ++i) {
            char name[32];
            std::snprintf(name, sizeof name, "%06zu.txt", i + 1);
            std::ofstream(fs::path(emit_dir) / name, std::ios::binary) << c.docs[i];
        }
        std::printf("%s: %zu documents, %.1f MB\n", emit_dir.c_str(), c.docs.size(), c.bytes / 1e6);
        return 0;
    }
    std::size_t largest = 0;
    for (const auto& d : c.docs) largest = std::max(largest, d.size());
    std::printf("corpus: %.1f MB in %zu documents (mean %.1f KB, largest %.1f KB) from %zu samples, seed %llu, built in %.1f s\n",
                c.bytes / 1e6, c.docs.size(), c.bytes / 1e3 / static_cast<double>(c.docs.size()), largest / 1e3,
                samples.size(), static_cast<unsigned long long>(seed), gen_s);
    std::printf("medians of %d runs; 1 thread vs %d threads (hardware: %u)\n\n", reps, threads,
                std::thread::hardware_concurrency());
    std::printf("%-28s %9s %9s %9s | %9s %9s %9s | %6s\n", "stage", "MB/s", "docs/s", "cpu MB/s", "MB/s",
                "docs/s", "cpu MB/s", "ratio");
    std::printf("%-28s %29s | %29s |\n", "", "1 thread", (std::to_string(threads) + " threads").c_str());
    std::size_t sink = 0;
    for (int k = 0; k < 6; ++k) {
        const auto st = static_cast<stage>(k);
        if (!only_stage.empty() && std::string(stage_names[k]).find(only_stage) == std::string::npos) continue;
        std::vector<double> wall1, cpu1, walln, cpun;
        for (int r = 0; r < reps; ++r) {
            const auto one = run_stage(c, st, 1, threads, sink);
            wall1.push_back(one.wall);
            cpu1.push_back(one.cpu);
            const auto many = threads > 1 ? run_stage(c, st, threads, threads, sink) : one;
            walln.push_back(many.wall);
            cpun.push_back(many.cpu);
        }
        const double mb = static_cast<double>(c.bytes) / 1e6;
        const double docs = static_cast<double>(c.docs.size());
        const double s1 = median(wall1), sn = median(walln);
        // cpu MB/s is per core: input bytes over the CPU seconds of all threads.
        std::printf("%-28s %9.1f %9.0f %9.1f | %9.1f %9.0f %9.1f | %5.2fx\n", stage_names[k], mb / s1, docs / s1,
                    mb / median(cpu1), mb / sn, docs / sn, mb / median(cpun), s1 / sn);
        std::fflush(stdout);
    }
    // Keeps the work from being optimised away.
    if (sink == 42) std::puts("");
    return 0;
}
