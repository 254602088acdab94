// A JSON reader for rule files (the built-in sets on every run, and a user's): the same document nlohmann's parser
// gives, about five times cheaper. nlohmann's parser handles a document a byte at a time (about 90 instructions a byte:
// 4.8 M instructions for backend.json on every run, as much as scoring the resume); this one copies strings whole
// and builds each value in place. It reads strict JSON only and gives up on anything else (a syntax error, a
// control character or invalid UTF-8 in a string, a lone surrogate escape, nesting deeper than 512), so a caller
// falls back to nlohmann's parser for the error message. src/base/quick_json_test.cc holds it to nlohmann's result
// on every built-in file and on random documents.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace bescore {

/// The document text holds, as nlohmann::json::parse(text) gives it (the last of repeated keys, integers as
/// nlohmann types them), or nullopt when text is not a document this reader takes.
std::optional<nlohmann::json> quick_json(std::string_view text);

}  // namespace bescore
