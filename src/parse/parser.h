// Document → Resume: sections by heading synonyms, entries, bullets with traits, contacts, skills.
#pragma once
#include "document.h"
#include "parse/resume.h"
#include "rules/vocabulary.h"

namespace bescore {

/// Builds the resume model with a rule set's vocabulary (headings, lexicon, traits); pure, and never fails (an
/// unrecognisable document gives empty sections).
Resume parse_resume(const Document& doc, const Vocabulary& vocabulary);

/// Whether two vocabularies read a document into the same resume but for its bullets' traits: the same heading
/// words and the same lexicon (the built-in sets share theirs). A resume read with one then needs only
/// tag_traits for the other (--rules auto reads each file once, with the backend set, to pick its set).
bool reads_alike(const Vocabulary& a, const Vocabulary& b);

/// Tags every bullet with the vocabulary's traits, replacing those it had; the last step of parse_resume.
void tag_traits(Resume& resume, const Vocabulary& vocabulary);

}  // namespace bescore
