// The rule engine's one interface: a rule is built (and validated) from JSON once, then run on
// any number of resumes, purely.
#pragma once
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "check/finding.h"
#include "check/template.h"
#include "base/result.h"
#include "parse/resume.h"
#include "rules/lexicon.h"
#include "rules/rule_spec.h"
#include "rules/trait.h"

namespace bescore {

/// What rules may consult besides the resume: the traits and lexicon of their rule set.
struct RuleContext {
  const Lexicon* lexicon = nullptr;
  const std::map<std::string, Trait>* traits = nullptr;
};

class Rule {
 public:
  explicit Rule(RuleSpec spec) : spec_(std::move(spec)) {}
  virtual ~Rule() = default;
  const RuleSpec& spec() const { return spec_; }

  /// Findings for one resume; the sum of their points never exceeds spec().points.
  virtual std::vector<Finding> run(const Resume& resume) const = 0;

  /// Why the rule had nothing to judge in this resume ("no bullets were found in experience or projects"),
  /// or empty when it judged something. A rule with nothing to judge awards none of its points (docs/scoring.md).
  virtual std::string nothing_to_judge(const Resume& resume) const;

 protected:
  /// A finding of this rule with message and fix filled from values.
  Finding make_finding(int points, const TemplateValues& values, Location at, const std::string& excerpt) const;
  /// The same with the message and fix of spec().messages[name] (the kind's factory checks it is there).
  Finding make_finding(const std::string& name, int points, const TemplateValues& values, Location at,
                       const std::string& excerpt) const;
  /// The fix template for a piece of the person's text.
  const std::string& fix_for(const std::string& text) const;
  /// Bullets of the sections in scope, in document order; a bullet pasted again is counted once
  /// unless distinct is false (pasting content twice must not earn credit twice).
  std::vector<const Bullet*> bullets(const Resume& resume, bool distinct = true) const;
  /// Entries of the sections in scope, in document order.
  std::vector<const Entry*> entries(const Resume& resume) const;
  bool in_scope(SectionKind kind) const;
  /// "experience or projects": the sections in scope, for messages.
  std::string scope_names() const;
  /// Whether a section in scope has any text (paragraph lines or bullets).
  bool scope_has_text(const Resume& resume) const;

 private:
  RuleSpec spec_;
};

/// Builds a rule of spec.kind, validating its params; errors read "params.trait: unknown trait 'x'".
Result<std::unique_ptr<Rule>> make_rule(RuleSpec spec, const RuleContext& context);

/// The names of the rule kinds, in the registry's order (the schema's kind enum must list the same).
std::vector<std::string> rule_kinds();

/// Caps a list of findings so their points sum to at most cap, biggest first.
void cap_points(std::vector<Finding>& findings, int cap);

/// For rules that flag items one by one: the total cost grows with each item but flattens towards
/// cap (cap * (1 - e^(-sum/cap))), so every item fixed still raises the score. Shared out by size.
void saturate_points(std::vector<Finding>& findings, int cap);

/// Reads params[key] as a number, or def; limited to ±1e9, so it converts to int safely.
double param_number(const nlohmann::json& params, const char* key, double def);

/// Looks up a trait by name in params[key]; error when missing or unknown.
Result<const Trait*> param_trait(const nlohmann::json& params, const char* key, const RuleContext& context);

}  // namespace bescore
