#include "batch/progress.h"

#include <cmath>
#include <cstdio>
#include <ostream>

namespace bescore {

std::string progress_line(size_t done, size_t total, double elapsed) {
  const size_t width = 24;
  size_t filled = total ? done * width / total : width;
  std::string line = "[" + std::string(filled, '#') + std::string(width - filled, '.') + "]  ";
  line += std::to_string(done) + "/" + std::to_string(total);
  if (done == 0 || elapsed <= 0) return line;
  double rate = double(done) / elapsed;
  long eta = std::lround(double(total - done) / rate);
  char buf[80];
  if (eta < 60) std::snprintf(buf, sizeof buf, "  %.1f files/s  ETA %lds", rate, eta);
  else std::snprintf(buf, sizeof buf, "  %.1f files/s  ETA %ldm%02lds", rate, eta / 60, eta % 60);
  return line + buf;
}

Progress::Progress(std::ostream& err, size_t total, bool enabled)
    : err_(err), total_(total), enabled_(enabled), start_(std::chrono::steady_clock::now()) {}

void Progress::advance() {
  ++done_;
  auto now = std::chrono::steady_clock::now();
  if (done_ == total_ || now - last_draw_ >= std::chrono::milliseconds(100)) {
    last_draw_ = now;
    draw();
  }
}

void Progress::note(const std::string& line) {
  clear();
  err_ << line << "\n";
  if (shown_) draw();
}

void Progress::finish() {
  clear();
  shown_ = false;
}

void Progress::draw() {
  if (!enabled_) return;
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  err_ << "\r\x1b[K" << progress_line(done_, total_, elapsed) << std::flush;
  shown_ = true;
}

void Progress::clear() {
  if (enabled_ && shown_) err_ << "\r\x1b[K" << std::flush;
}

}  // namespace bescore
