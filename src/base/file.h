// Reading a whole file with a size limit, the cause of a failure as one line.
#pragma once
#include <cstddef>
#include <string>

#include "base/result.h"

namespace bescore {

/// The bytes of the file at path, refused when larger than max_bytes ("larger than the 20 MB limit").
Result<std::string> read_file(const std::string& path, size_t max_bytes);

}  // namespace bescore
