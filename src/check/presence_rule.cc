// Kind "presence": things a resume should have — a GitHub profile, a deployed project URL, an
// experience section. Each missing item costs its own points.
#include "check/kinds.h"

namespace bescore {

namespace {

struct Need {
  std::string what, message, fix;
  int points = 0;
};

bool is_code_host(const std::string& url) {
  for (const char* host : {"github.com", "gitlab.com", "bitbucket.org", "linkedin.com", "codeberg.org"})
    if (url.find(host) != std::string::npos) return true;
  return false;
}

bool has(const Resume& r, const std::string& what) {
  const auto& c = r.contacts;
  if (what == "email") return !c.email.empty();
  if (what == "phone") return !c.phone.empty();
  if (what == "github") return !c.github.empty();
  if (what == "linkedin") return !c.linkedin.empty();
  if (what == "url") return !c.urls.empty() || !c.github.empty();
  if (what == "deployed_url") {
    for (const auto& u : c.urls) if (!is_code_host(u)) return true;
    return false;
  }
  if (what.rfind("section:", 0) == 0) {
    for (const auto& s : r.sections) if (what.substr(8) == to_string(s.kind)) return true;
    return false;
  }
  return false;
}

class PresenceRule : public Rule {
 public:
  PresenceRule(RuleSpec spec, std::vector<Need> needs) : Rule(std::move(spec)), needs_(std::move(needs)) {}

  // Judges the contact line and the file themselves: always something to judge.
  std::string nothing_to_judge(const Resume&) const override { return ""; }

  std::vector<Finding> run(const Resume& resume) const override {
    std::vector<Finding> out;
    for (const auto& n : needs_) {
      if (has(resume, n.what)) continue;
      // A missing link belongs on the contact line; a missing section has no line.
      bool contact = n.what.rfind("section:", 0) != 0;
      Finding f = make_finding(n.points, {{"what", n.what}}, contact ? resume.contacts.line : Location{}, "");
      if (!n.message.empty()) f.message = n.message;
      if (!n.fix.empty()) f.fix = n.fix;
      out.push_back(f);
    }
    cap_points(out, spec().points);
    return out;
  }

 private:
  std::vector<Need> needs_;
};

}  // namespace

Result<std::unique_ptr<Rule>> make_presence_rule(RuleSpec spec, const RuleContext&) {
  static const std::vector<std::string> known = {"email", "phone", "github", "linkedin", "url", "deployed_url"};
  const auto& p = spec.params;
  if (!p.contains("needs") || !p["needs"].is_array()) return Error{"params.needs: expected an array"};
  std::vector<Need> needs;
  for (size_t i = 0; i < p["needs"].size(); ++i) {
    const auto& n = p["needs"][i];
    std::string where = "params.needs[" + std::to_string(i) + "]";
    Need need{n.value("what", ""), n.value("message", ""), n.value("fix", ""), int(param_number(n, "points", 0))};
    bool ok = need.what.rfind("section:", 0) == 0 || std::find(known.begin(), known.end(), need.what) != known.end();
    if (!ok) return Error{where + ".what: unknown item '" + need.what + "'"};
    needs.push_back(need);
  }
  return std::unique_ptr<Rule>(new PresenceRule(std::move(spec), std::move(needs)));
}

}  // namespace bescore
