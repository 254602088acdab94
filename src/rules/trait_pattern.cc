#include "rules/trait_pattern.h"

#include <re2/re2.h>

#include <cstdio>
#include <cstdlib>
#include <map>

#include "base/required_literals.h"
#include "base/text.h"
#include "rules/builtin_literals.h"
#include "rules/trait.h"

namespace bescore {

namespace {
thread_local bool deferring = false;

// Characters beyond ASCII that have no other case, which a folded pattern may name: ×, ÷, punctuation (’ – —),
// arrows and mathematical operators (→ ≈), box drawing, shapes and dingbats.
bool caseless(char32_t c) {
  return c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) || (c >= 0x2190 && c <= 0x23FF) ||
         (c >= 0x2500 && c <= 0x27BF);
}

// The pattern without its leading "(?i)" when running it on text in lower case finds the same matches: the rest
// has no capital letter outside an escape ("\\S", "\\W" stay), no character beyond ASCII with another case, no
// escape naming a character by number or a Unicode class, no "[:upper:]", no flag group turning a flag off, and
// no class range spanning capitals that are not its own letters' ("[0-_]" holds A-Z; (?i) would add a-z).
std::optional<std::string> lower_case_form(const std::string& pattern) {
  if (!pattern.starts_with("(?i)")) return std::nullopt;
  std::string rest = pattern.substr(4);
  if (rest.find(":upper:") != std::string::npos) return std::nullopt;
  bool in_class = false;
  size_t class_start = 0;  // where the class's first member is (after "[" or "[^")
  auto is_lower_letter = [](char c) { return c >= 'a' && c <= 'z'; };
  for (size_t i = 0; i < rest.size();) {
    size_t at = i;
    if (static_cast<unsigned char>(rest[i]) >= 0x80) {
      if (!caseless(next_code_point(rest, i))) return std::nullopt;
      if (in_class && ((at > class_start && rest[at - 1] == '-') || (i < rest.size() && rest[i] == '-')))
        return std::nullopt;  // a range from or to it
      continue;
    }
    char c = rest[i++];
    if (c >= 'A' && c <= 'Z') return std::nullopt;
    if (c == '\\') {
      if (i == rest.size()) return std::nullopt;
      char e = rest[i++];
      if (e == 'p' || e == 'P' || e == 'x' || e == 'Q' || (e >= '0' && e <= '9')) return std::nullopt;
      if (in_class && ((at > class_start && rest[at - 1] == '-') || (i < rest.size() && rest[i] == '-')))
        return std::nullopt;  // a range from or to an escaped character
    } else if (in_class) {
      if (c == '[' && i < rest.size() && rest[i] == ':') {  // "[:alpha:]"
        size_t end = rest.find(":]", i);
        if (end == std::string::npos) return std::nullopt;
        i = end + 2;
      } else if (c == ']' && at > class_start) {
        in_class = false;
      } else if (c == '-' && at > class_start && i < rest.size() && rest[i] != ']') {
        char from = rest[at - 1], to = rest[i];
        bool letters = is_lower_letter(from) && is_lower_letter(to);
        if (!letters && from <= 'Z' && to >= 'A') return std::nullopt;
      }
    } else if (c == '[') {
      in_class = true;
      class_start = i < rest.size() && rest[i] == '^' ? i + 1 : i;
    } else if (c == '(' && i < rest.size() && rest[i] == '?') {
      for (size_t j = i + 1; j < rest.size() && rest[j] != ':' && rest[j] != ')'; ++j)
        if (rest[j] == '-') return std::nullopt;
    }
  }
  return rest;
}

// A deferred built-in pattern, compiled on first use: tests compile every one of them, so it cannot fail.
std::shared_ptr<RE2> compile_deferred(const std::string& source) {
  auto re = compile_pattern(source);
  if (!re) {
    std::fprintf(stderr, "bescore: built-in pattern %s: %s\n", source.c_str(), re.error().c_str());
    std::abort();
  }
  return *re;
}

}  // namespace

PatternDeferral::PatternDeferral(bool on) : outer_(deferring) { deferring = on; }
PatternDeferral::~PatternDeferral() { deferring = outer_; }
bool PatternDeferral::active() { return deferring; }

Result<std::shared_ptr<TraitPattern>> TraitPattern::make(const std::string& pattern) {
  // A built-in pattern that two traits share (the dates that quantified and scale strip) is one object,
  // compiled at most once.
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<TraitPattern>> deferred;
  std::lock_guard lock(mutex);
  if (deferring)
    if (auto it = deferred.find(pattern); it != deferred.end()) return it->second;
  auto p = std::make_shared<TraitPattern>();
  p->source_ = "(" + pattern + ")";  // a group, so the words it matched can be quoted back
  if (auto lower_case = lower_case_form(pattern)) {
    p->folded_ = true;
    p->written_source_ = std::move(p->source_);
    p->source_ = "(" + *lower_case + ")";
  }
  if (!deferring) {
    auto re = compile_pattern(p->source_);
    if (!re) re = compile_pattern(pattern);  // for an error message about the pattern as written
    if (!re) return Error{re.error()};
    p->re_ = *re;
    std::call_once(p->once_, [] {});
  }
  // A built-in file's pattern was analysed when bescore was built.
  if (const auto* built = builtin_required_literals(pattern)) p->literals_ = *built;
  else p->literals_ = required_literals(pattern);
  if (deferring) deferred.emplace(pattern, p);
  return p;
}

const RE2& TraitPattern::compiled() const {
  std::call_once(once_, [this] { re_ = compile_deferred(source_); });
  return *re_;
}

// Compiled only for a text a folded pattern cannot be run on (see Run), whether the rule set was deferred or not.
const RE2& TraitPattern::as_written() const {
  std::call_once(written_once_, [this] { written_ = compile_deferred(written_source_); });
  return *written_;
}

TraitPattern::Run TraitPattern::prepare(std::string_view text, std::string& lowered) const {
  if (!folded_) return {&compiled(), text};
  if (text.find("\u212A") != std::string_view::npos || text.find("\u017F") != std::string_view::npos)
    return {&as_written(), text};  // "\u212Aafka" matches (?i)kafka; its lower case would not
  lowered = lower(text);
  return {&compiled(), lowered};
}

bool TraitPattern::matches(std::string_view text) const {
  if (literals_ && !may_match(text, *literals_)) return false;
  std::string lowered;
  Run r = prepare(text, lowered);
  return RE2::PartialMatch(re2::StringPiece(r.text.data(), r.text.size()), *r.re);
}

std::optional<std::string_view> TraitPattern::find(std::string_view text) const {
  if (literals_ && !may_match(text, *literals_)) return std::nullopt;
  std::string lowered;
  Run r = prepare(text, lowered);
  // The whole match only (submatch 0): RE2's DFAs find where it starts and ends, without the slower engines
  // that track groups.
  re2::StringPiece m;
  if (!r.re->Match(re2::StringPiece(r.text.data(), r.text.size()), 0, r.text.size(), RE2::UNANCHORED, &m, 1))
    return std::nullopt;
  return text.substr(size_t(m.data() - r.text.data()), m.size());
}

void TraitPattern::blank_out(std::string& text) const {
  if (literals_ && !may_match(text, *literals_)) return;
  std::string lowered;
  Run r = prepare(text, lowered);
  if (r.text.data() == text.data()) {
    RE2::GlobalReplace(&text, *r.re, " ");
    return;
  }
  // RE2::GlobalReplace's loop, matching in the lower-case copy and copying from the text at the same offsets.
  re2::StringPiece in(lowered), m;
  std::string out;
  size_t p = 0, last_end = std::string::npos;
  bool replaced = false;
  while (p <= lowered.size() && r.re->Match(in, p, lowered.size(), RE2::UNANCHORED, &m, 1)) {
    size_t at = size_t(m.data() - lowered.data());
    out.append(text, p, at - p);
    if (at == last_end && m.empty()) {  // no empty match right after the last one: step over one character
      size_t n = 1;
      while (p + n < text.size() && (static_cast<unsigned char>(text[p + n]) & 0xC0) == 0x80) ++n;
      if (p < text.size()) out.append(text, p, n);
      p += n;
      continue;
    }
    out += ' ';
    p = last_end = at + m.size();
    replaced = true;
  }
  if (!replaced) return;
  if (p < text.size()) out.append(text, p);
  text = std::move(out);
}

}  // namespace bescore
