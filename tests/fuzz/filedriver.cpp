// The plain-program driver of a fuzz target: feeds LLVMFuzzerTestOneInput() every file named on
// the command line (a folder: every file in it, in name order), so the committed corpus and every
// past crash run in ctest with any compiler. A crash or a failed check aborts with the file's name
// printed just before; a run that found no input at all fails, so a mistyped path cannot pass.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputsOf(const std::filesystem::path &path)
{
    std::vector<std::filesystem::path> inputs;
    if (std::filesystem::is_directory(path)) {
        for (const auto &entry : std::filesystem::directory_iterator(path)) {
            if (entry.is_regular_file())
                inputs.push_back(entry.path());
        }
        std::sort(inputs.begin(), inputs.end());
    } else if (std::filesystem::is_regular_file(path)) {
        inputs.push_back(path);
    } else {
        std::fprintf(stderr, "no such file or folder: %s\n", path.c_str());
    }
    return inputs;
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t ran = 0;
    for (int i = 1; i < argc; ++i) {
        for (const std::filesystem::path &input : inputsOf(argv[i])) {
            std::ifstream file(input, std::ios::binary);
            const std::vector<char> bytes{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
            std::fprintf(stderr, "%s\n", input.c_str());
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
            ++ran;
        }
    }
    std::fprintf(stderr, "%zu inputs ran without a failure\n", ran);
    return ran > 0 ? 0 : 1;
}
