// A job posting as bescore reads it: its title and its clauses, each marked as asking for what it
// names (required), wishing for it (preferred) or not asking at all (about the company, benefits).
#pragma once
#include <string>
#include <vector>

#include "document.h"
#include "base/result.h"
#include "rules/lexicon.h"

namespace bescore {

/// How strongly a part of the posting asks for what it names.
enum class Ask { required, preferred, none };

const char* to_string(Ask ask);

/// A sentence or parenthesis of the posting with the ask of the section or sentence it sits in.
struct PostingClause {
  std::string text;
  Location at;
  Ask ask = Ask::required;
  bool aside = false;  ///< Written in parentheses: "message queues (Kafka, RabbitMQ)" gives examples.
};

struct Posting {
  std::string file;
  std::string title;  ///< "Senior Backend Engineer": the "Title:" line, else the first heading, else the first line.
  Location title_at;
  std::string title_line;  ///< The whole title line, qualifiers kept: "Senior Software Engineer - Mobile Solutions (Remote)".
  std::vector<PostingClause> clauses;  ///< In document order.
};

/// Reads the posting's lines: headings ("Requirements", "Nice to have", "About us") set the ask of the
/// lines under them, inline labels ("Bonus: ...") of one line, and a sentence cue ("... is a plus")
/// makes its own clause preferred. Text under no known heading (the introduction) asks as a requirement
/// when the posting has no requirements section, else as a wish; a short line that names a lexicon term
/// is content, never a heading. Pure.
Posting read_posting(const Document& doc, const Lexicon& lexicon);

/// The ask a heading (or inline label) sets, or nothing when it names no section of a posting.
bool heading_ask(const std::string& heading, Ask& ask);

/// Marks as headings the short lines of a text or Markdown posting written wholly in bold ("**What you'll do**",
/// "__Requirements:__"): the reader strips the bold, and postings pasted from job boards mark their sections so.
/// `source` is the file's text; lines are matched by line number.
void mark_bold_headings(Document& doc, std::string_view source);

/// Extracts a posting file (text, Markdown or PDF, as for resumes) with its bold lines marked as headings.
Result<Document> extract_posting(const std::string& path);

/// Reads a posting file (extract_posting) and then read_posting.
Result<Posting> load_posting(const std::string& path, const Lexicon& lexicon);

}  // namespace bescore
