#include "parse/role_words.h"

#include <re2/re2.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "base/lower_case_form.h"
#include "base/text.h"

namespace bescore {

namespace {

// Sorted, for a binary search. "Engineering intern", "research fellow" and "co-founder" are found by their last word.
constexpr std::string_view kRoleWords[] = {
    "accountant", "actuary", "admin", "administrator", "advisor", "ambassador", "analyst", "apprentice",
    "apprenticeship", "architect", "assistant", "associate", "candidate", "cashier", "ceo", "clerk", "cofounder",
    "consultant", "contractor", "contributor", "coo", "coordinator", "cto", "designer", "developer", "devops",
    "director", "editor", "engineer", "executive", "fellow", "founder", "freelancer", "instructor", "intern",
    "internship", "lead", "leader", "lecturer", "maintainer", "manager", "marketer", "member", "mentor", "officer",
    "operator", "owner", "phd", "postdoc", "president", "professor", "programmer", "qa", "recruiter",
    "representative", "researcher", "scientist", "sdet", "specialist", "sre", "strategist", "student", "supervisor",
    "swe", "teacher", "technician", "tester", "trainee", "tutor", "volunteer", "vp", "writer",
};

constexpr bool sorted_words() {
  for (size_t i = 1; i < std::size(kRoleWords); ++i)
    if (!(kRoleWords[i - 1] < kRoleWords[i])) return false;
  return true;
}
static_assert(sorted_words(), "kRoleWords must stay sorted");

bool is_role_word(std::string_view w) {
  return std::binary_search(std::begin(kRoleWords), std::end(kRoleWords), w);
}

// The pattern the table stands for. Under (?i) RE2 reads the Kelvin sign as 'k' and the long s as 's'
// (base/lower_case_form.h), between which and a letter there is no \b: a text holding either is read by RE2.
bool names_role_folded(std::string_view text) {
  static const RE2 role([] {
    std::string p = "(?i)\\b(";
    for (std::string_view w : kRoleWords) p.append(w) += '|';
    return p + "head\\s+of|ph\\.?\\s?d\\.?)s?\\b";
  }());
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), role);
}

// "ph.d", "ph d", "ph. d." (and "s" after): at i a word opens with "ph".
bool phd_at(std::string_view t, size_t i) {
  size_t j = i + 2;
  if (j < t.size() && t[j] == '.') ++j;
  if (j < t.size() && is_re2_space(t[j])) ++j;
  if (j >= t.size() || t[j] != 'd') return false;
  ++j;
  for (size_t dot = 0; dot <= 1; ++dot) {
    size_t k = j;
    if (dot && !(k < t.size() && t[k] == '.')) break;
    k += dot;
    if (is_word_boundary(t, k) || (k < t.size() && t[k] == 's' && is_word_boundary(t, k + 1))) return true;
  }
  return false;
}

// "Senior SE", "Staff SDE", "Sr. SDE2": short for engineer only after a level, and in capitals.
bool level_before_se(std::string_view text) {
  static constexpr std::string_view levels[] = {"Sr", "Senior", "Staff", "Lead", "Principal", "Junior", "Jr"};
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_word_boundary(text, i) || !is_word_byte(text[i])) continue;
    for (std::string_view level : levels) {
      if (text.compare(i, level.size(), level) != 0) continue;
      size_t j = i + level.size();
      bool dotted = level.size() == 2 && j < text.size() && text[j] == '.';  // "Sr." and "Jr." only
      if (!dotted && !is_word_boundary(text, j)) continue;
      j += dotted;
      size_t spaces = j;
      while (j < text.size() && is_re2_space(text[j])) ++j;
      if (j == spaces || text.compare(j, 1, "S") != 0) continue;
      ++j;
      if (j < text.size() && text[j] == 'D') ++j;
      if (j >= text.size() || text[j] != 'E') continue;
      ++j;
      if (j < text.size() && is_ascii_digit(text[j])) ++j;
      if (is_word_boundary(text, j)) return true;
    }
  }
  return false;
}

}  // namespace

bool names_role(std::string_view text) {
  if (!lower_case_runs_on(text)) return names_role_folded(text) || level_before_se(text);
  std::string t = lower(text);
  for (size_t i = 0; i < t.size();) {
    if (!is_word_byte(t[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < t.size() && is_word_byte(t[end])) ++end;
    std::string_view word(t.data() + i, end - i);
    if (is_role_word(word) || (word.size() > 1 && word.back() == 's' && is_role_word(word.substr(0, word.size() - 1))))
      return true;
    if (word.starts_with("ph") && phd_at(t, i)) return true;
    if (word == "head") {
      size_t j = end;
      while (j < t.size() && is_re2_space(t[j])) ++j;
      std::string_view rest = std::string_view(t).substr(j);
      if (j > end && rest.starts_with("of") &&
          (is_word_boundary(t, j + 2) || (rest.starts_with("ofs") && is_word_boundary(t, j + 3))))
        return true;
    }
    i = end;
  }
  return level_before_se(text);
}

}  // namespace bescore
