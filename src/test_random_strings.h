// Shared by the *_test.cc files only: random strings of given pieces, to compare a hand-written reader with the
// pattern it replaced (kept in its test as the reference).
#pragma once
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace bescore::testing {

/// Calls check(text, i) for i = 0..n-1 on texts of 1 to max_pieces pieces drawn at random, the same texts on every
/// run with the same standard library (its distributions are not specified bit for bit).
template <class Check>
void for_random_strings(const std::vector<std::string>& pieces, size_t max_pieces, int n, Check check) {
  std::mt19937 random(20261204);
  std::uniform_int_distribution<size_t> piece(0, pieces.size() - 1), count(1, max_pieces);
  for (int i = 0; i < n; ++i) {
    std::string text;
    for (size_t k = count(random); k > 0; --k) text += pieces[piece(random)];
    check(std::move(text), i);
  }
}

}  // namespace bescore::testing
