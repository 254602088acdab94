#include "extract/page_layout.h"

#include <algorithm>
#include <cmath>

namespace bescore {

double find_gutter(const std::vector<PlacedWord>& words, double page_width, double page_height) {
  if (words.size() < 40 || page_width <= 0) return -1;
  const int steps = 240;
  const double lo = 0.2 * page_width, hi = 0.8 * page_width;
  std::vector<int> covered(steps + 1, 0);
  for (const auto& w : words) {
    int a = std::max(0, int(std::ceil((w.x0 - lo) / (hi - lo) * steps)));
    int b = std::min(steps, int(std::floor((w.x1 - lo) / (hi - lo) * steps)));
    for (int i = a; i <= b; ++i) ++covered[i];
  }
  // Tolerate a few full-width words (the name, a rule) crossing the gutter.
  const int tolerance = std::max(2, int(words.size() / 50));
  double best = -1, best_width = 0;
  for (int i = 0; i <= steps;) {
    if (covered[i] > tolerance) { ++i; continue; }
    int j = i;
    while (j + 1 <= steps && covered[j + 1] <= tolerance) ++j;
    double x_from = lo + (hi - lo) * i / steps, x_to = lo + (hi - lo) * j / steps;
    double width = x_to - x_from;
    double mid = (x_from + x_to) / 2;
    size_t left = 0, right = 0;
    double ltop = 1e9, lbot = -1, rtop = 1e9, rbot = -1;
    for (const auto& w : words) {
      if (w.x1 <= mid) { ++left; ltop = std::min(ltop, w.y0); lbot = std::max(lbot, w.y1); }
      else if (w.x0 >= mid) { ++right; rtop = std::min(rtop, w.y0); rbot = std::max(rbot, w.y1); }
    }
    bool both_sides = left >= words.size() * 15 / 100 && right >= words.size() * 15 / 100;
    bool both_tall = (lbot - ltop) > 0.3 * page_height && (rbot - rtop) > 0.3 * page_height;
    if (width >= 6 && both_sides && both_tall && width > best_width) { best = mid; best_width = width; }
    i = j + 1;
  }
  return best;
}

namespace {

std::vector<PlacedLine> group_into_lines(std::vector<PlacedWord> words, int column) {
  std::sort(words.begin(), words.end(), [](const PlacedWord& a, const PlacedWord& b) {
    double ca = (a.y0 + a.y1) / 2, cb = (b.y0 + b.y1) / 2;
    return ca != cb ? ca < cb : a.x0 < b.x0;
  });
  std::vector<std::vector<PlacedWord>> rows;
  for (auto& w : words) {
    double c = (w.y0 + w.y1) / 2;
    if (!rows.empty()) {
      const auto& first = rows.back().front();
      double rc = (first.y0 + first.y1) / 2;
      double h = std::max(first.y1 - first.y0, w.y1 - w.y0);
      if (std::fabs(c - rc) < 0.45 * h) { rows.back().push_back(std::move(w)); continue; }
    }
    rows.push_back({std::move(w)});
  }
  std::vector<PlacedLine> lines;
  for (auto& row : rows) {
    std::sort(row.begin(), row.end(), [](const PlacedWord& a, const PlacedWord& b) { return a.x0 < b.x0; });
    PlacedLine line;
    line.column = column;
    line.x0 = row.front().x0;
    line.y0 = 1e9;
    line.y1 = -1;
    for (size_t i = 0; i < row.size(); ++i) {
      const auto& w = row[i];
      if (i > 0) {
        double gap = w.x0 - row[i - 1].x1;
        double em = std::max(w.size, row[i - 1].size);
        line.text += gap > 2.5 * std::max(em, 4.0) ? " | " : gap > 0.12 * em ? " " : "";
      }
      line.text += w.text;
      line.x1 = std::max(line.x1, w.x1);
      line.y0 = std::min(line.y0, w.y0);
      line.y1 = std::max(line.y1, w.y1);
      line.size = std::max(line.size, w.size);
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace

std::vector<PlacedLine> layout_lines(std::vector<PlacedWord> words, double gutter) {
  if (gutter < 0) return group_into_lines(std::move(words), 0);
  std::vector<PlacedWord> left, right, across;
  for (auto& w : words) {
    if (w.x1 <= gutter) left.push_back(std::move(w));
    else if (w.x0 >= gutter) right.push_back(std::move(w));
    else across.push_back(std::move(w));
  }
  // Words crossing the gutter (a full-width name or banner) are read before both columns.
  auto lines = group_into_lines(std::move(across), 0);
  for (auto& l : group_into_lines(std::move(left), 0)) lines.push_back(std::move(l));
  for (auto& l : group_into_lines(std::move(right), 1)) lines.push_back(std::move(l));
  return lines;
}

}  // namespace bescore
