#include "base/suggest.h"

#include <algorithm>

namespace bescore {

namespace {

// Optimal string alignment distance: Levenshtein plus a swap of two neighbours as one edit ("fial" → "fail").
size_t edits(const std::string& a, const std::string& b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

}  // namespace

std::string closest_match(const std::string& typed, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_edits = std::max<size_t>(2, typed.size() / 3) + 1;
  for (const auto& c : candidates) {
    size_t n = edits(typed, c);
    if (n < best_edits && c != typed) { best = c; best_edits = n; }
  }
  return best;
}

std::string did_you_mean(const std::string& typed, const std::vector<std::string>& candidates) {
  std::string best = closest_match(typed, candidates);
  return best.empty() ? "" : " (did you mean " + best + "?)";
}

}  // namespace bescore
