// Messages between processes over a pipe: a kind letter, the body's length in 16 hex digits, the body. The
// length tells a complete message from one cut short by a crash, so a complete one is used at once.
#pragma once
#include <cstddef>
#include <optional>
#include <string>

namespace bescore {

struct Frame {
  char kind = 0;
  std::string body;
};

/// The bytes of one message.
std::string frame(char kind, const std::string& body);

/// Collects bytes read from a pipe and hands back the complete messages in them, one at a time.
class FrameReader {
 public:
  void feed(const char* data, size_t size) { buffer_.append(data, size); }
  /// The next complete message, or nothing while it is still incomplete.
  std::optional<Frame> next();
  /// Bytes of an incomplete message are waiting (the writer died mid-message, if it is gone).
  bool partial() const { return !buffer_.empty(); }
  void clear() { buffer_.clear(); }

 private:
  std::string buffer_;
};

}  // namespace bescore
