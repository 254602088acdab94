// How much of a resume bescore could read: the reading-confidence figure, what could not be found and why,
// and template placeholder text that earns nothing (docs/scoring.md, "What was read").
#pragma once
#include <string>

#include "parse/resume.h"

namespace bescore {

/// What scoring needs to know about the reading before it trusts the rules' verdicts.
struct Reading {
  int confidence = 100;  ///< Share (%) of the words that landed in recognised sections, entries and bullets.
  bool low = false;      ///< confidence below kLowConfidence: the report says so first.
  int bullets = 0;       ///< Bullets read in experience and projects.
  bool experience = false;  ///< An experience section with at least one entry.
  int placeholders = 0;  ///< Lines of template placeholder text (lorem ipsum, "Job Title") dropped before scoring.
  std::string problem;   ///< The report's first line when a main part could not be found, with the likely cause.
};

/// Below this confidence (%) the report leads with a warning and the cohort report flags the row.
constexpr int kLowConfidence = 60;

/// Measures the reading of a parsed resume.
Reading assess_reading(const Resume& resume);

/// Whether a line is template placeholder text ("Lorem ipsum dolor sit amet", "Company Name | City, State").
bool is_placeholder(const std::string& text);

/// Drops placeholder bullets, entries and lines from the resume so they earn nothing; returns how many lines went.
int drop_placeholders(Resume& resume);

}  // namespace bescore
