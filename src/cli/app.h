// The command line: CLI11 wiring over the library; no judgement lives here.
#pragma once
#include <iosfwd>

namespace bescore {

/// Runs bescore with argv; returns the exit code (0 scored, 1 threshold failed, 2 usage or input error).
int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace bescore
