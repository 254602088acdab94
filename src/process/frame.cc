#include "process/frame.h"

#include <cstdio>
#include <cstdlib>

namespace bescore {

namespace {

constexpr size_t kHeader = 17;  // the kind and 16 hex digits

}  // namespace

std::string frame(char kind, const std::string& body) {
  char header[kHeader + 1];
  std::snprintf(header, sizeof header, "%c%016zx", kind, body.size());
  return header + body;
}

std::optional<Frame> FrameReader::next() {
  if (buffer_.size() < kHeader) return std::nullopt;
  size_t size = std::strtoull(buffer_.substr(1, 16).c_str(), nullptr, 16);
  if (buffer_.size() - kHeader < size) return std::nullopt;
  Frame f{buffer_[0], buffer_.substr(kHeader, size)};
  buffer_.erase(0, kHeader + size);
  return f;
}

}  // namespace bescore
