// For the build-time generators (tools/prefix_gen, tools/text_gen): writes a
// generated source only when its text changes, so that a rebuild that
// changes nothing recompiles nothing.
#pragma once

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

namespace vnplan::gen {

// 0 on success; 2, with a message on standard error, when it cannot write.
inline int write_if_changed(const char* path, const std::string& text, const char* program) {
    {
        std::ifstream old(path, std::ios::binary);
        const std::string before((std::istreambuf_iterator<char>(old)), std::istreambuf_iterator<char>());
        if (before == text) return 0;
    }
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file) {
        std::fprintf(stderr, "%s: cannot write %s\n", program, path);
        return 2;
    }
    return 0;
}

}  // namespace vnplan::gen
