// Shared by the src/match/*_test.cc files only: postings and matches from strings, with the built-in lexicon.
#pragma once
#include <string>
#include <vector>

#include "match/job_match.h"
#include "test_support.h"

namespace bescore::testing {

inline const Lexicon& lexicon() { return *backend_rules().vocabulary.lexicon; }

inline Posting posting_of(const std::string& text, bool markdown = true) {
  auto doc = read_text(text, "job.md", markdown);
  if (!doc) throw std::runtime_error(doc.error());
  mark_bold_headings(*doc, text);
  return read_posting(*doc, lexicon());
}

inline std::vector<AskedSkill> asks_of(const std::string& text) { return asked_skills(posting_of(text), lexicon()); }

inline JobMatch match_of(const std::string& posting_text, const std::string& resume_text) {
  Posting p = posting_of(posting_text);
  return match_job(p, asked_skills(p, lexicon()), parse_text(resume_text), lexicon());
}

}  // namespace bescore::testing
