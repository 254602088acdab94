// Rule files: the input is written to a file and loaded with load_ruleset(path), as --rules does. A bad file
// must come back as an error, never a crash; a good one scores a small resume.
#include <unistd.h>

#include <fstream>
#include <string>

#include "fuzz_common.h"

namespace {

const char* kResume =
    "Ada Example\nBackend Engineer\nada@example.com | github.com/ada\n\nSUMMARY\nBackend engineer in Go.\n\n"
    "EXPERIENCE\nBackend Engineer — Acme, Lisbon | Jan 2020 – Present\n"
    "- Built a REST API in Go serving 40K requests/s at p99 < 150 ms with PostgreSQL\n"
    "- Responsible for deployments\n\nPROJECTS\nQueue — github.com/ada/queue\n- Built a job queue with tests\n\n"
    "SKILLS\nLanguages: Go, SQL\n\nEDUCATION\nB.Sc. Computer Science — University of Porto | 2014 – 2018\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace bescore;
  // One file per process, rewritten for each input: "extends" may name it (a cycle) or other paths near it.
  static const std::string path = [] {
    std::atexit([] { unlink(("/tmp/bescore-fuzz-rules-" + std::to_string(getpid()) + ".json").c_str()); });
    return "/tmp/bescore-fuzz-rules-" + std::to_string(getpid()) + ".json";
  }();
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
  }
  auto set = load_ruleset(path);
  if (!set) return 0;
  auto doc = read_text(kResume, "fuzz.txt", false);
  if (doc) fuzz::score(*doc, **set);
  return 0;
}
