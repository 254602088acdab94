// Document → Resume: sections by heading synonyms, entries, bullets with traits, contacts, skills.
#pragma once
#include "document.h"
#include "parse/resume.h"
#include "rules/vocabulary.h"

namespace bescore {

/// Builds the resume model with a rule set's vocabulary (headings, lexicon, traits); pure, and never fails (an
/// unrecognisable document gives empty sections).
Resume parse_resume(const Document& doc, const Vocabulary& vocabulary);

}  // namespace bescore
