#include <doctest/doctest.h>

#include "match/match_test_support.h"

using namespace bescore;

namespace {

std::vector<AskedSkill> asks(const std::string& text) { return testing::asks_of(text); }

const AskedSkill* find(const std::vector<AskedSkill>& v, const std::string& name) {
  for (const auto& s : v) if (s.name == name) return &s;
  return nullptr;
}

// Each name is asked.
void check_asked(const std::vector<AskedSkill>& v, std::initializer_list<const char*> names) {
  for (const char* n : names) CHECK_MESSAGE(find(v, n), "not asked: " << std::string(n));
}

}  // namespace

TEST_CASE("aliases become canonical names: Postgres, k8s, Golang, GCP") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Postgres\n- k8s\n- Golang\n- GCP\n");
  REQUIRE(find(v, "PostgreSQL"));
  REQUIRE(find(v, "Kubernetes"));
  REQUIRE(find(v, "Go"));
  REQUIRE(find(v, "Google Cloud"));
  CHECK(find(v, "Kubernetes")->asked == Ask::required);
  CHECK(find(v, "Kubernetes")->at.line == 4);
}

TEST_CASE("'one or more of' and 'at least one' offer a choice: one ask satisfied by any of the terms") {
  const Lexicon& lex = *testing::backend_rules().vocabulary.lexicon;
  auto v = asks("# Backend Engineer\n## Requirements\n- Proficiency in one or more of the following languages: Go, Java, Python\n"
                "- Experience with at least one major cloud provider: AWS, GCP, Azure\n");
  REQUIRE(v.size() == 2);
  CHECK(v[0].satisfied_by(lex.lookup("Go")));
  CHECK(v[0].satisfied_by(lex.lookup("Python")));
  CHECK(v[1].satisfied_by(lex.lookup("AWS")));
  CHECK(v[1].satisfied_by(lex.lookup("Azure")));
  CHECK_FALSE(find(v, "Java"));
}

TEST_CASE("a technology restated inside a choice is one ask: the choice, unless it alone was required") {
  auto v = asks("# Backend Engineer\n## What you will do\n- Build REST APIs in Kotlin\n## You have\n- Kotlin or Java on the server\n");
  CHECK_FALSE(find(v, "Kotlin"));
  const AskedSkill* choice = nullptr;
  for (const auto& s : v) if (s.terms.size() == 2) choice = &s;
  REQUIRE(choice);
  CHECK(choice->mentions == 2);
  auto w = asks("# Backend Engineer\n## Requirements\n- Kotlin\n## Nice to have\n- Kotlin or Java\n");
  REQUIRE(find(w, "Kotlin"));
  CHECK(find(w, "Kotlin")->asked == Ask::required);
  CHECK(w.size() == 1);
}

TEST_CASE("clients named after 'used by our' are who calls the work, not skills asked") {
  auto v = asks("# Backend Engineer\n## What you will do\n- Build REST APIs in Kotlin used by our iOS and Android apps\n"
                "## Nice to have\n- Experience shipping iOS or Android apps\n");
  REQUIRE(find(v, "Kotlin"));
  for (const auto& s : v)
    if (s.name.find("iOS") != std::string::npos) CHECK(s.asked == Ask::preferred);
}

TEST_CASE("a family word stands for its family, and its examples are not asked again") {
  const Lexicon& lex = *testing::backend_rules().vocabulary.lexicon;
  auto v = asks("# Backend Engineer\n## Requirements\n- Experience with message queues (e.g. Kafka, RabbitMQ)\n- Cloud experience\n");
  const AskedSkill* mq = find(v, "message queues");
  REQUIRE(mq);
  CHECK(mq->family == "messaging");
  CHECK(mq->satisfied_by(lex.lookup("RabbitMQ")));
  CHECK(mq->satisfied_by(lex.lookup("Amazon SQS")));
  CHECK_FALSE(mq->satisfied_by(lex.lookup("Redis")));
  CHECK_FALSE(find(v, "Kafka"));
  REQUIRE(find(v, "cloud"));
  CHECK(find(v, "cloud")->satisfied_by(lex.lookup("AWS")));
  CHECK(v.size() == 2);
}

TEST_CASE("alternatives are one ask any of them satisfies") {
  const Lexicon& lex = *testing::backend_rules().vocabulary.lexicon;
  auto v = asks("# Backend Engineer\n## Requirements\n- Go, Java or Python\n- Docker and Kubernetes\n");
  const AskedSkill* langs = find(v, "Go, Java or Python");
  REQUIRE(langs);
  CHECK(langs->satisfied_by(lex.lookup("Python")));
  CHECK_FALSE(langs->satisfied_by(lex.lookup("Ruby")));
  CHECK(find(v, "Docker"));  // no "or": both are asked
  CHECK(find(v, "Kubernetes"));
  // Only terms listed together are alternatives; "or another <family word>" takes in the named one.
  auto w = asks("# Backend Engineer\n## Requirements\n- REST or gRPC APIs with rate limiting\n- Redis, Celery or another task queue\n");
  CHECK(find(w, "REST or gRPC"));
  CHECK(find(w, "rate limiting"));
  CHECK(find(w, "Redis"));
  CHECK(find(w, "message queues"));
  CHECK_FALSE(find(w, "Celery"));
  CHECK(find(w, "message queues")->satisfied_by(lex.lookup("RabbitMQ")));
}

TEST_CASE("a provider's service shows the provider: AWS EKS is AWS experience") {
  const Lexicon& lex = *testing::backend_rules().vocabulary.lexicon;
  auto v = asks("# Backend Engineer\n## Requirements\n- AWS\n");
  REQUIRE(find(v, "AWS"));
  CHECK(find(v, "AWS")->satisfied_by(lex.lookup("EKS")));
  CHECK_FALSE(find(v, "AWS")->satisfied_by(lex.lookup("GCP")));
}

TEST_CASE("one ask per skill: the strongest ask wins, every mention is counted, office tools only preferred") {
  auto v = asks("# Backend Engineer\nYou will use Slack daily.\n## Nice to have\n- Kafka\n## Requirements\n- Kafka and Jira\n");
  const AskedSkill* kafka = find(v, "Kafka");
  REQUIRE(kafka);
  CHECK(kafka->asked == Ask::required);
  CHECK(kafka->at.line == 6);
  CHECK(kafka->mentions == 2);
  REQUIRE(find(v, "Jira"));
  CHECK(find(v, "Jira")->asked == Ask::preferred);  // listed among the requirements, learnt on the job
}

TEST_CASE("asks inside paragraphs with no headings: a typed language such as Go, Kotlin or Rust is one ask") {
  auto asks = testing::asks_of(
      "Backend Engineer\n\nYou have shipped services in a typed language such as Go, Kotlin or Rust, and you review "
      "code with care. Our benefits include a pension.\n");
  bool choice = false, review = false;
  for (const auto& a : asks) {
    choice = choice || a.name == "Go, Kotlin or Rust";
    review = review || a.name == "code review";
    CHECK(a.asked == Ask::required);
  }
  CHECK(choice);
  CHECK(review);
}

TEST_CASE("practices are asks (code review, algorithms, Agile); the product's UI and UX are not") {
  auto asks = testing::asks_of(
      "# Backend Engineer\n\n## Requirements\n- Strong grasp of algorithms and data structures\n"
      "- Agile teams, code reviews\n- Care for a delightful user experience and UI\n");
  std::set<std::string> names;
  for (const auto& a : asks) names.insert(a.name);
  for (const char* n : {"algorithms", "data structures", "Agile", "code review"}) CHECK(names.count(n) == 1);
  CHECK(names.count("UX") == 0);
  CHECK(names.count("UI") == 0);
}

TEST_CASE("examples in parentheses after e.g., are one ask satisfied by any of them") {
  auto asks = testing::asks_of("# Backend Engineer\n\n## Requirements\n- Relational databases (e.g., PostgreSQL, MySQL)\n");
  REQUIRE(asks.size() == 1);
  CHECK(asks[0].name == "relational databases");
}

TEST_CASE("modifiers sharing one head word are each asked: 'unit, integration, and functional testing'") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Write unit, integration, and functional testing for every service\n"
                "- Keep end-to-end and load tests green\n");
  CHECK(find(v, "unit testing"));
  CHECK(find(v, "integration testing"));
  CHECK(find(v, "functional testing"));
  REQUIRE(find(v, "load testing"));
  CHECK(find(v, "load testing")->at.line == 4);
  // Separate asks, not a choice among them.
  for (const auto& s : v) CHECK(s.name.find(" or ") == std::string::npos);
}

TEST_CASE("asks keep the posting's words: a choice as listed, a family word in its own noun form") {
  const Lexicon& lex = *testing::backend_rules().vocabulary.lexicon;
  auto v = asks("# Backend Engineer\n## Requirements\n- Microsoft SQL Server, Oracle, MySQL or Postgres\n"
                "- Containerization (Docker, Docker Compose)\n- Optimize performance of hot paths\n"
                "- Build infrastructure for logging, alerts and tracing\n");
  const AskedSkill* choice = find(v, "Microsoft SQL Server, Oracle, MySQL or Postgres");
  REQUIRE(choice);
  CHECK(choice->terms.size() == 4);
  CHECK(choice->satisfied_by(lex.lookup("PostgreSQL")));
  REQUIRE(find(v, "containerization"));
  CHECK(find(v, "containerization")->satisfied_by(lex.lookup("Docker")));
  CHECK_FALSE(find(v, "Docker"));  // an example of the family word, not an ask of its own
  // A verb form keeps the concept's name; logging, alerts and tracing are three asks the posting names.
  CHECK(find(v, "performance optimization"));
  CHECK(find(v, "logging"));
  CHECK(find(v, "alerting"));
  CHECK(find(v, "tracing"));
}

TEST_CASE("the same choice or family word in other words elsewhere is the same ask, first wording kept") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Postgres or MySQL\n- Containers in production\n"
                "## Nice to have\n- MySQL/PostgreSQL tuning\n- containerization\n");
  REQUIRE(find(v, "Postgres or MySQL"));
  CHECK(find(v, "Postgres or MySQL")->mentions == 2);
  CHECK_FALSE(find(v, "MySQL/PostgreSQL"));
  REQUIRE(find(v, "containers"));
  CHECK(find(v, "containers")->mentions == 2);
  CHECK_FALSE(find(v, "containerization"));
}

TEST_CASE("work described without a technology: data pipelines, data models, test suites; Kubernetes is no container") {
  auto v = asks("# Backend Engineer\n## What you'll do\n- Create data processing and analytics pipelines\n"
                "- Own our CI/CD pipelines\n- Design data models for billing\n- Write test suites for server code\n"
                "## Requirements\n- Containerization (Docker, Kubernetes)\n");
  REQUIRE(find(v, "data pipelines"));
  CHECK(find(v, "data pipelines")->at.line == 3);  // the CI/CD pipelines of line 4 are not pipelines of data
  CHECK(find(v, "data modeling"));
  CHECK(find(v, "testing"));
  REQUIRE(find(v, "Docker"));        // the one container example names the ask ...
  CHECK(find(v, "Docker")->families.count("container") == 1);  // ... that any container technology satisfies
  CHECK_FALSE(find(v, "containerization"));
  CHECK(find(v, "Kubernetes"));      // orchestration, another family: asked on its own
}

TEST_CASE("a technology is named in the posting's words when they are a noun phrase for it, else by its name") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Automated testing and event streaming\n"
                "- Postgres and Agile teams\n- Keep load tests green\n");
  CHECK(find(v, "automated testing"));  // the lexicon's "test automation", as the posting says it
  CHECK(find(v, "event streaming"));
  CHECK(find(v, "PostgreSQL"));  // a short form keeps the name
  CHECK(find(v, "Agile"));       // another form of the same word
  CHECK(find(v, "load testing"));
  CHECK_FALSE(find(v, "test automation"));
}

TEST_CASE("'relational and non-relational databases' asks for both kinds") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Experience with relational and non-relational databases\n");
  CHECK(find(v, "relational databases"));
  CHECK(find(v, "NoSQL"));
}

TEST_CASE("adjectives share 'systems' ('large-scale and distributed systems'); verbs before it do not ask for a kind") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Build large-scale, high-volume and distributed systems\n"
                "- Design and optimize systems for performance\n- Owning system architecture\n");
  check_asked(v, {"large-scale systems", "distributed systems", "system design"});
  CHECK_FALSE(find(v, "design systems"));
}

TEST_CASE("integration platforms, instrumentation and performance work are asks") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Experience with MuleSoft or Boomi\n"
                "- Instrumentation of services and strict rate limits\n- Optimize query performance\n"
                "- Integrate and leverage AI technologies in the product\n");
  check_asked(v, {"MuleSoft or Boomi", "instrumentation", "rate limiting", "performance optimization", "AI integration"});
}

TEST_CASE("technologies a practice names are asks of their own; a tool named beside its family word stays asked") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Modern DevOps practices such as Docker, Kubernetes and CI/CD\n"
                "- Infrastructure as code, preferably Terraform\n");
  // "such as" offers the container tools as a choice; Terraform is not folded into the family word before it.
  check_asked(v, {"DevOps", "Docker, Kubernetes", "CI/CD", "infrastructure as code", "Terraform"});
  auto e = asks("# Backend Engineer\n## Requirements\n- Message queues (e.g. Kafka, RabbitMQ)\n");
  REQUIRE(e.size() == 1);  // examples of a family word are still one ask
  CHECK(e[0].name == "message queues");
}

TEST_CASE("a family word the posting shortens keeps the posting's word: 'orchestration (Kubernetes, Docker Swarm)'") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Orchestration (Kubernetes, Docker Swarm, etc.)\n");
  REQUIRE(v.size() == 1);
  CHECK(v[0].name == "orchestration");
  CHECK(v[0].families.count("orchestration") == 1);
}

TEST_CASE("'i.e.' and 'including' name what a family word takes in: each is asked; 'e.g.' gives examples") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Distributed systems i.e. sharding, concurrency\n"
                "- Cloud platforms, including serverless\n");
  check_asked(v, {"distributed systems", "sharding", "concurrency", "serverless"});
  auto e = asks("# Backend Engineer\n## Requirements\n- Message queues, e.g. Kafka\n");
  REQUIRE(e.size() == 1);  // one ask, named by its one example, satisfied by any queue
  CHECK(e[0].name == "Kafka");
  CHECK(e[0].families.count("messaging") == 1);
}

TEST_CASE("architecture skills ask for software architecture; a named architecture asks for itself") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Strong architecture skills\n");
  check_asked(v, {"software architecture"});
  auto e = asks("# Backend Engineer\n## Requirements\n- Microservices architecture\n");
  CHECK_FALSE(find(e, "software architecture"));
}

TEST_CASE("plural noun phrases and product names keep the posting's words; punctuation inside does not") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Distributed job queues\n- Security practices in backend code\n"
                "- AWS: EKS\n");
  check_asked(v, {"job queues", "security practices", "Amazon EKS"});
}

TEST_CASE("a tool the lexicon does not know, listed beside one it does, is asked by its name as written") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Experience with Kafka, QuorumDB and SkyLattice\n"
                "- GoLang and PostgreSQL\n## Nice to have\n- Terraform, ZQX\n");
  check_asked(v, {"Kafka", "QuorumDB", "SkyLattice", "ZQX", "Go", "PostgreSQL"});
  REQUIRE(find(v, "QuorumDB"));
  CHECK(find(v, "QuorumDB")->family == "unlisted");
  CHECK(find(v, "QuorumDB")->literal == "QuorumDB");
  CHECK(find(v, "QuorumDB")->asked == Ask::required);
  CHECK(find(v, "ZQX")->asked == Ask::preferred);
  CHECK_FALSE(find(v, "GoLang"));  // the lexicon's Go in another letter case
  auto choice = asks("# Backend Engineer\n## Requirements\n- Experience with Kafka or QuorumDB\n");
  CHECK(choice.size() == 1);  // Kafka stands for the choice; QuorumDB is not required beside it
  // Examples and offered options are not asks of their own either.
  for (const char* line : {"- Message queues (e.g. Kafka, QuorumMQ)\n", "- One of Kafka, QuorumMQ\n",
                           "- Cloud providers such as AWS, QuorumCloud\n"})
    for (const auto& s : asks(std::string("# Backend Engineer\n## Requirements\n") + line))
      CHECK_MESSAGE(s.literal.empty(), line << " asks " << s.name);
}

TEST_CASE("a family word with one product as its example asks for it by name; with two, or a practice, it keeps its own") {
  const Lexicon& lex = *testing::backend_rules().vocabulary.lexicon;
  auto v = asks("# Backend Engineer\n## Requirements\n- Familiarity with containerization technologies such as Docker\n"
                "- Cloud services (Azure preferred)\n");
  REQUIRE(find(v, "Docker"));
  CHECK(find(v, "Docker")->satisfied_by(lex.lookup("Podman")));  // any container technology still shows it
  CHECK_FALSE(find(v, "containerization"));
  REQUIRE(find(v, "Azure"));
  CHECK(find(v, "Azure")->asked == Ask::preferred);
  REQUIRE(find(v, "cloud"));
  CHECK(find(v, "cloud")->asked == Ask::required);
  auto w = asks("# Backend Engineer\n## Requirements\n- Experience with caching and NoSQL systems such as Redis or MongoDB\n");
  CHECK(find(w, "caching"));
  CHECK_FALSE(find(w, "Redis"));
}

TEST_CASE("practices as postings word them: architecture and design, highly performant, resilient services, monitors") {
  auto v = asks("# Backend Engineer\n## What you will do\n- Drive architecture and design efforts for the team\n"
                "- Build highly performant and resilient services for highly concurrent workloads\n"
                "- Instrument monitors for live systems\n- Follow a Kanban-like approach\n"
                "## Eligibility\n- USA work authorization required\n");
  check_asked(v, {"software architecture", "performance optimization", "resilient services", "concurrency", "monitoring", "Kanban"});
  CHECK(find(v, "resilient services")->terms.front()->name == "fault tolerance");  // named as the posting says it
  CHECK_FALSE(find(v, "API authorization"));
  CHECK(v.size() == 6);
}

TEST_CASE("a team's performance is no performance work; a system's is") {
  auto v = asks("# Backend Engineer\n## What you will do\n- Help improve team performance through mentoring\n");
  CHECK_FALSE(find(v, "performance optimization"));
  auto w = asks("# Backend Engineer\n## What you will do\n- Improve our API performance under load\n");
  CHECK(find(w, "performance optimization"));
}

TEST_CASE("open source work, performance problems and writing tests are asks; open source tools are not") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Contributions to open-source projects\n"
                "- Analyze and fix performance issues in production\n- Writing tests for everything you ship\n");
  check_asked(v, {"open source software", "performance optimization", "writing tests"});  // test automation, as written
  auto w = asks("# Backend Engineer\n## What you will do\n- Work with open source technologies including Solr and Spark\n");
  CHECK_FALSE(find(w, "open source software"));
  check_asked(w, {"Solr", "Apache Spark"});
}

TEST_CASE("tools and practices postings ask for that the lexicon lacked: Lucene, Jenkins X, VMs, 12-factor, bash") {
  auto v = asks("# Backend Engineer\n## Requirements\n- Search with Lucene; CI on Jenkins-X\n"
                "- Run services on virtual machines following 12-factor principles\n"
                "- Our team builds software using Python, bash, and Go\n- Capacity planning and scheduled jobs\n");
  check_asked(v, {"Lucene", "Jenkins X", "virtual machines", "twelve-factor app", "Bash", "capacity planning", "scheduled jobs"});
  CHECK_FALSE(find(v, "Jenkins"));  // the longer name wins
}

TEST_CASE("an aside naming the team's own stack asks for each tool; an aside of examples stays covered") {
  auto v = asks("# Backend Engineer\n## Requirements\n- A strong background in databases (we use ClickHouse and Postgres)\n");
  check_asked(v, {"databases", "ClickHouse", "PostgreSQL"});
  auto w = asks("# Backend Engineer\n## Requirements\n- A strong background in message queues (Kafka, RabbitMQ)\n");
  CHECK_FALSE(find(w, "Kafka"));
}

TEST_CASE("systems asks the lexicon lacked: DNS spelled out, file systems, storage, multi-region, on-prem, CLI tools") {
  auto v = asks("# Platform Engineer\n## Requirements\n- Knowledge of domain name systems and file systems\n"
                "- Built distributed storage or storage engines\n- Run multi-region and on-prem deployments\n"
                "- Write CLI tools in Go\n");
  check_asked(v, {"DNS", "file systems", "storage systems", "multi-region deployment", "on-premise deployment", "command-line tools"});
}

TEST_CASE("a company that calls itself an operating system asks for no OS work") {
  auto v = asks("# Backend Engineer\nAcme is the operating system for modern living.\n## Requirements\n- Go and PostgreSQL\n");
  CHECK_FALSE(find(v, "operating system internals"));
  check_asked(v, {"Go", "PostgreSQL"});
}

TEST_CASE("a posting hard-wrapped at a fixed width is read a sentence at a time, and a list of names stays a list") {
  auto v = asks("Backend Engineer\n\nRequirements\n"
                "+ We look for candidates who can do top quality work in highly-concurrent, distributed or\n"
                "highly-scalable systems.\n"
                "+ Experience building services on\n"
                "Kubernetes\n\nStack\nPython\nDjango\n");
  check_asked(v, {"distributed systems", "Kubernetes", "Python", "Django"});
  // The wrapped half alone ("highly-scalable systems.") asked no distributed systems before it was joined.
  auto half = asks("Backend Engineer\n\nRequirements\n+ highly-scalable systems.\n");
  CHECK_FALSE(find(half, "distributed systems"));
  // Items written in lower case, one per line, in a text that is not wrapped at a fixed width stay apart: the
  // wish of the second is not the first's.
  auto items = asks("Backend Engineer\n\nRequirements\n5+ years building backend services with Python and Django\n"
                    "experience with Kubernetes is a plus\nStrong PostgreSQL skills\n");
  REQUIRE(find(items, "Python"));
  CHECK(find(items, "Python")->asked == Ask::required);
  CHECK(find(items, "Kubernetes")->asked == Ask::preferred);
  // Long items that end where they should do not make the text a wrapped one.
  auto long_items = asks("Backend Engineer\n\nRequirements\n"
                         "Five years or more of building and running AWS services in production\n"
                         "Experience writing Terraform modules for teams across the whole company\n"
                         "Experience shipping Docker images through a continuous delivery pipeline\n"
                         "experience with Kubernetes is a plus\n");
  REQUIRE(find(long_items, "Terraform"));
  CHECK(find(long_items, "Terraform")->asked == Ask::required);
}
