// SPDX-License-Identifier: GPL-3.0-or-later
// The floor that `statelens-cli info` is measured against (bench/compare): read every *.json file under a
// folder and parse it with simdjson's DOM parser, on N threads (default 2), nothing else. It does not keep
// the parsed documents: it is the cost of the disk and the parse alone, the least any open can do.
//   bench_floor_parse DIR [--threads N]
#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_floor_parse DIR [--threads N]\n");
        return 2;
    }
    int threads = 2;
    for (int i = 2; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--threads") == 0)
            threads = std::max(1, std::atoi(argv[i + 1]));

    std::vector<std::string> files;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(argv[1], ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec) && it->path().extension() == ".json")
            files.push_back(it->path().string());
    if (ec) {
        std::fprintf(stderr, "%s: %s\n", argv[1], ec.message().c_str());
        return 1;
    }

    std::atomic<size_t> next { 0 };
    std::atomic<long long> bytes { 0 }, failed { 0 };
    auto work = [&] {
        simdjson::dom::parser parser;
        for (size_t i = next++; i < files.size(); i = next++) {
            simdjson::padded_string text;
            if (simdjson::padded_string::load(files[i]).get(text)) {
                ++failed;
                continue;
            }
            bytes += (long long)text.size();
            simdjson::dom::element doc;
            if (parser.parse(text).get(doc))
                ++failed;
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool)
        t.join();
    std::printf("%zu files, %lld bytes, %lld failed\n", files.size(), bytes.load(), failed.load());
    return failed ? 1 : 0;
}
