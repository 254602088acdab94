// Lexicon::from_plain_text: the lexicon read with nlohmann's SAX interface, straight into families and terms.
// A JSON document of the built-in lexicon (800 terms, each an object of strings and an array) costs more to build
// and free than the lexicon itself. Anything unusual — a parse error, an unknown key, a value of another type, an
// unknown family — gives up (nullopt), and the caller reads the text as a document with Lexicon::from_json, which
// says what is wrong. Both build the same lexicon (src/rules/lexicon_test.cc).
#include <nlohmann/json.hpp>

#include "rules/lexicon.h"

namespace bescore {

namespace {

struct RawTerm {
  std::string name, family;
  bool has_name = false, case_sensitive = false;
  std::vector<std::string> aliases;
};

// Where the reader is: the top object, a family, a term, a term's aliases, or a value of the top object to skip.
class LexiconHandler : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::vector<TechFamily> families;
  std::vector<RawTerm> terms;
  bool saw_families = false, saw_terms = false;

  bool null() override { return scalar(); }
  bool boolean(bool b) override {
    if (where_ == Where::family && key_ == "backend") return (families.back().backend = b, true);
    if (where_ == Where::term && key_ == "case_sensitive") return (terms.back().case_sensitive = b, true);
    return scalar();
  }
  bool number_integer(number_integer_t) override { return scalar(); }
  bool number_unsigned(number_unsigned_t) override { return scalar(); }
  bool number_float(number_float_t, const string_t&) override { return scalar(); }
  bool binary(binary_t&) override { return false; }
  bool string(string_t& s) override {
    if (where_ == Where::family) {
      TechFamily& f = families.back();
      if (key_ == "id") f.id = std::move(s);
      else if (key_ == "label") { f.label = std::move(s); has_label_ = true; }
      else if (key_ == "area") f.area = std::move(s);
      else return false;
      return true;
    }
    if (where_ == Where::term) {
      RawTerm& t = terms.back();
      if (key_ == "name") { t.name = std::move(s); t.has_name = true; }
      else if (key_ == "family") t.family = std::move(s);
      else return false;
      return true;
    }
    if (where_ == Where::aliases) return (terms.back().aliases.push_back(std::move(s)), true);
    return scalar();
  }
  bool key(string_t& k) override {
    key_ = std::move(k);
    return true;
  }
  bool start_object(std::size_t) override {
    if (skip_) return (++skip_, true);
    switch (where_) {
      case Where::start: where_ = Where::top; return true;
      case Where::families: families.emplace_back(); has_label_ = false; where_ = Where::family; return true;
      case Where::terms: terms.emplace_back(); where_ = Where::term; return true;
      case Where::top: skip_ = 1; return true;  // a value of the top object that is not read ("version")
      default: return false;
    }
  }
  bool end_object() override {
    if (skip_) return (--skip_, true);
    if (where_ == Where::family) {
      if (!has_label_) families.back().label = families.back().id;
      where_ = Where::families;
    } else if (where_ == Where::term) {
      where_ = Where::terms;
    } else if (where_ == Where::top) {
      where_ = Where::done;
    }
    return true;
  }
  bool start_array(std::size_t) override {
    if (skip_) return (++skip_, true);
    if (where_ == Where::top && key_ == "families" && !saw_families) return (where_ = Where::families, saw_families = true);
    if (where_ == Where::top && key_ == "terms" && !saw_terms) return (where_ = Where::terms, saw_terms = true);
    if (where_ == Where::term && key_ == "aliases" && terms.back().aliases.empty()) return (where_ = Where::aliases, true);
    if (where_ == Where::top && key_ != "families" && key_ != "terms") return (skip_ = 1, true);
    return false;
  }
  bool end_array() override {
    if (skip_) return (--skip_, true);
    if (where_ == Where::families || where_ == Where::terms) where_ = Where::top;
    else if (where_ == Where::aliases) where_ = Where::term;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  enum class Where { start, top, families, family, terms, term, aliases, done };
  // A number, null or stray value: fine inside a skipped value, as an alias or a family's area that is not a
  // string (ignored, as from_json does), or as a top-level key that is not read; anything else gives up.
  bool scalar() const {
    return skip_ || where_ == Where::aliases || (where_ == Where::family && key_ == "area") ||
           (where_ == Where::top && key_ != "families" && key_ != "terms");
  }
  Where where_ = Where::start;
  std::string key_;
  int skip_ = 0;
  bool has_label_ = false;
};

}  // namespace

std::optional<Lexicon> Lexicon::from_plain_text(std::string_view text) {
  LexiconHandler read;
  if (!nlohmann::json::sax_parse(text, &read) || !read.saw_families || !read.saw_terms) return std::nullopt;
  Lexicon lex;
  lex.families_ = std::move(read.families);
  lex.terms_.reserve(read.terms.size());
  for (auto& t : read.terms) {
    const TechFamily* family = t.has_name ? lex.family(t.family) : nullptr;
    if (!family) return std::nullopt;
    lex.add_term(std::move(t.name), family, t.case_sensitive, t.aliases);
  }
  return lex;
}

}  // namespace bescore
