#include "score/fit.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace bescore;
using namespace bescore::testing;

namespace {

BackendFit fit_of(const std::string& text) {
  const RuleSet& rules = backend_rules();
  return backend_fit(parse_text(text), *rules.vocabulary.lexicon, rules.vocabulary.traits);
}

}  // namespace

TEST_CASE("a job level before the title (\"Analyst, Software Engineering\") is a software title, not data work") {
  auto fit = fit_of(R"(Ravi Menon
ravi.menon@example.com

EXPERIENCE
Software Engineer II
Cloudline | Feb 2022 - Present
- Worked in the storage reliability team on capacity alerting

Analyst, Software Engineering
Harbour Bank | Jan 2020 - Jan 2022
- Implemented a chat assistant for trade queries used by the sales desk
- Wrote alerting for overnight settlement jobs

Electrical Engineer
Robotics Club | Jan 2016 - Dec 2017
- Worked on the control board of an underwater vehicle

SKILLS
Python, Java, C++, Git, Unix
)");
  CHECK(fit.evidence.at("data") == doctest::Approx(0.0));
  CHECK(fit.kind == "software");  // an earlier electrical-engineering title does not make the person non-software
  CHECK(fit.message.find("does not read as a software engineer") == std::string::npos);
}

TEST_CASE("a thin resume that lists languages and data stores reads as software, a marketer's tools do not") {
  auto dev = fit_of(R"(Owen Park
owen.park@example.com

EXPERIENCE
IT Analyst
Revenue Office | May 2021 - Present
- Support and maintain internal application systems

SKILLS
JavaScript (Node.js, React), Python (Django), SQL (MySQL, PostgreSQL), C, C++, C#, Java, Git
)");
  CHECK(dev.kind == "software");
  CHECK(dev.evidence.at("data") == doctest::Approx(0.0));  // "IT Analyst" is not a data title
  auto marketer = fit_of(R"(Mia Lund
mia.lund@example.com

EXPERIENCE
Digital Marketing Specialist
Northwind Media | 2021 - Present
- Ran campaigns in Google Analytics and Canva that grew newsletter sign-ups by 40%
- Designed landing pages in Figma with the web team

SKILLS
Excel, Canva, Figma, Photoshop, Google Analytics, Slack
)");
  CHECK(marketer.kind == "non-software");
}

TEST_CASE("other professions' titles read as non-software, unless the title names a developer") {
  auto paralegal = fit_of(R"(Dana Ruiz
dana.ruiz@example.com
Paralegal

EXPERIENCE
Senior Paralegal
Whitfield & Crane LLP | 2019 - Present
- Prepared discovery files for 40 commercial cases a year
- Kept the matter calendar for six attorneys

Receptionist
Harbor Dental | 2016 - 2019
- Booked appointments for three dentists
)");
  CHECK(paralegal.kind == "non-software");
  CHECK(paralegal.evidence.at("non-software") > 6);
  auto developer = fit_of(R"(Sam Ode
sam.ode@example.com

EXPERIENCE
Legal Tech Developer
Whitfield & Crane LLP | 2019 - Present
- Built the contract search service in Python and PostgreSQL behind a REST API
)");
  CHECK(developer.evidence.at("non-software") == doctest::Approx(0.0));
  // An industry is not a profession: these engineers build software for warehouses, insurers and logistics.
  auto engineer = fit_of(R"(Ana Vos
ana.vos@example.com
Data Warehouse Engineer

EXPERIENCE
Senior Engineer, Logistics
Harbor Freight Systems | 2019 - Present
- Built the shipment tracking service in Go on PostgreSQL

Engineer II - Insurance
Keel Mutual | 2016 - 2019
- Wrote the claims API in Java
)");
  CHECK(engineer.evidence.at("non-software") == doctest::Approx(0.0));
}

TEST_CASE("a full-stack engineer with substantial server work is not marked down for the frontend side too") {
  auto fit = fit_of(R"(Lena Brandt
lena.brandt@example.com
Full-Stack Engineer

EXPERIENCE
Software Engineer
Northwind Apps | 2021 - Present
- Built the order service in Go on PostgreSQL, handling 2K requests/s
- Moved payment events onto Kafka, cutting checkout latency by 30%
- Cached catalogue reads in Redis, lowering p99 from 400 ms to 90 ms
- Rebuilt the checkout page in React and TypeScript, raising conversion by 8%
- Wrote the design system's components in Storybook with CSS modules
- Moved the dashboard from Angular to React with Redux
- Tuned Webpack bundles, halving first paint on mobile browsers
- Built responsive layouts in Tailwind CSS for the storefront
- Added Cypress tests for the React checkout flow
- Wrote accessible forms in Vue.js for the help centre
- Animated the product gallery with CSS transitions
- Ported the admin UI to Next.js with server-side rendering

SKILLS
Go, PostgreSQL, Kafka, Redis, React, TypeScript
)");
  CHECK(fit.backend >= 12);
  CHECK(fit.evidence.at("frontend") > fit.backend);  // more frontend than backend evidence...
  CHECK(fit.kind == "backend");
  CHECK(fit.factor == doctest::Approx(1.0));         // ...but the frontend side counts half against real server work
}

TEST_CASE("hardware's integration and test is no backend title, and a season before a year is no Spring framework") {
  auto fit = fit_of(R"(Ana Ivers
ana@example.com

EXPERIENCE
Northwind Space - Laser Integration & Test Intern
May 2025 - August 2025
- Designed a glue dispensing robot which cut technician time by 87%

HONORS
Dean's List, College of Engineering, Fall 2022 - Spring 2025
)");
  CHECK(fit.evidence.at("backend") == doctest::Approx(0.0));
  auto integrations = fit_of("Jo Park\n\nEXPERIENCE\nIntegration Engineer | Contoso | 2020 - 2023\n- Built partner integrations\n");
  CHECK(integrations.evidence.at("backend") > 3.0);
  // The rest of such a title still says what it says.
  auto backend_test = fit_of("Jo Park\n\nEXPERIENCE\nBackend Integration and Test Engineer | Contoso | 2020 - 2023\n"
                             "- Wrote the release checks\n");
  CHECK(backend_test.evidence.at("backend") > 3.0);
  auto slash = fit_of("Jo Park\n\nEXPERIENCE\nIntegration/Test Engineer | Northwind Space | 2025\n- Aligned the optics\n");
  CHECK(slash.evidence.at("backend") == doctest::Approx(0.0));
}

TEST_CASE("a role's stack set as one of its points is a list, not server work described") {
  const std::string head = "Jo Park\njo@example.com\n\nEXPERIENCE\nFrontend Developer | Contoso | 2021 - 2024\n"
                           "- Built the checkout page in React with TypeScript\n";
  auto listed = fit_of(head + "- PostgreSQL, Redis, Docker, Kafka, GraphQL\n");
  auto described = fit_of(head + "- Ran the orders service on PostgreSQL and Redis with Kafka events\n");
  // TypeScript's half, and the list one point: a language every engineer names opens no room for more.
  CHECK(listed.evidence.at("backend") == doctest::Approx(1.5));
  CHECK(described.evidence.at("backend") > 3.0);
  // Work done, its stack in parentheses or after "with": described, not a list.
  CHECK(fit_of(head + "- Built APIs (Go, PostgreSQL, Redis, Kafka)\n").evidence.at("backend") > 3.0);
  CHECK(fit_of(head + "- Built APIs with Go, PostgreSQL, Redis, Kafka\n").evidence.at("backend") > 3.0);
}

TEST_CASE("infrastructure run without code reads as operations: the fit is capped and says why; languages lift it") {
  const std::string admin = R"(Sam Ortega
sam.ortega@example.com

EXPERIENCE
Linux Infrastructure Engineer
Harbour Retail | Mar 2020 - Present
- Managed 400 Linux servers: patching, package management and provisioning with Ansible and Terraform
- Ran the monitoring platform (Zabbix) and resolved its alerts for the server estate
- Operated the internal DNS, LDAP authentication and Vault secrets services
- Migrated the virtual machines of two data centres to Azure with infrastructure as code
- Built the Kubernetes cluster and Docker registry the build farm runs on
- Automated user provisioning for the SFTP platform with GitHub Actions

SKILLS
Ansible, Terraform, Docker, Kubernetes, Azure, Zabbix, Vault, VMware, Linux
)";
  auto ops = fit_of(admin);
  CHECK(ops.kind == "operations");
  CHECK(ops.factor == doctest::Approx(0.5));
  CHECK(ops.evidence.at("backend") >= 12.0);  // plenty of infrastructure: what is missing is code
  CHECK(ops.message.find("names no programming language") != std::string::npos);
  // Languages only listed are a claim: the cap stays. So are languages in the headline or a project's stack line.
  auto listed = fit_of(admin + "Python, Go, PostgreSQL\n");
  CHECK(listed.kind == "operations");
  CHECK(listed.factor == doctest::Approx(0.5));
  auto headline = fit_of(replace(admin, "sam.ortega@example.com\n", "Linux Engineer, Python, Go, PostgreSQL\nsam.ortega@example.com\n"));
  CHECK(headline.factor == doctest::Approx(0.5));
  auto stack = fit_of(admin + "\nPROJECTS\nHomelab | Python, Go, Flask, PostgreSQL | 2023\n- Ran a rack of servers at home\n");
  CHECK(stack.factor == doctest::Approx(0.5));
  // One language named where it was used: the cap is 0.8, the kind backend, and the points held back say why.
  auto one = fit_of(admin + "\nPROJECTS\nfleet-agent\n- Wrote Python tooling that patches the fleet\n");
  CHECK(one.kind == "backend");
  CHECK(one.factor == doctest::Approx(0.8));
  CHECK(one.message.find("names little programming") != std::string::npos);
  // Two lift it.
  auto described = fit_of(admin + "\nPROJECTS\nfleet-agent\n- Wrote a Go service and Python tooling that patch the fleet\n");
  CHECK(described.factor == doctest::Approx(1.0));
  CHECK(described.message.empty());
}

TEST_CASE("an embedded systems engineer's or a kernel engineer's title is systems work; a security team's software engineer is not a security title") {
  const std::string firmware = R"(Tomas Hale
tomas.hale@example.com

EXPERIENCE
Embedded Systems Engineer
Voltic Devices | Jan 2021 - Present
- Wrote firmware for STM32 microcontrollers on FreeRTOS, with drivers for I2C and SPI sensors
- Brought up a Yocto image for the gateway board and debugged it over JTAG
)";
  auto embedded = fit_of(firmware);
  CHECK(embedded.kind == "systems");
  CHECK(embedded.evidence.at("backend") < 3.0);  // "Systems Engineer" is not read as a backend title here
  CHECK(fit_of(replace(firmware, "Embedded Systems Engineer", "Linux Kernel Engineer")).kind == "systems");
  const std::string identity = R"(Ada Moss
ada.moss@example.com

EXPERIENCE
Software Engineer, Security
Keyline Identity | Jan 2021 - Present
- Built the token service in Go on PostgreSQL and Redis, issuing 40M tokens a day at p99 under 30 ms
- Moved session storage to Redis Cluster, cutting login latency by 45%
- Added rate limiting and audit logging to the OAuth API used by 300 customer apps
)";
  auto team = fit_of(identity);
  CHECK(team.evidence.at("security") == doctest::Approx(0.0));
  CHECK(fit_of(replace(identity, "Software Engineer, Security", "Security Analyst")).evidence.at("security") > 3.0);
}

TEST_CASE("a line pasted twice counts once towards the fit, whatever its case, spacing or full stop") {
  const std::string once = R"(Jo Park
jo@example.com

EXPERIENCE
Developer
Contoso | 2021 - 2024
- Built the orders API in Go on PostgreSQL
)";
  auto one = fit_of(once);
  auto twice = fit_of(once + "- built the orders API in Go on PostgreSQL.\n");
  CHECK(twice.evidence.at("backend") == doctest::Approx(one.evidence.at("backend")));
  auto other = fit_of(once + "- Built the billing API in Go on PostgreSQL\n");
  CHECK(other.evidence.at("backend") > one.evidence.at("backend"));
}

TEST_CASE("security testing and embedded work are kinds of their own, named first, and pull the fit down") {
  auto pentester = fit_of(R"(Lena Brook
lena.brook@example.com
Penetration Tester

EXPERIENCE
Junior Penetration Tester
Redline Security | Jun 2023 - Present
- Ran web application penetration tests with Burp Suite and sqlmap on 12 client APIs
- Wrote exploit development notes for two binary exploitation findings
- Scanned client networks with Nmap and Nessus, reporting vulnerabilities by severity

SKILLS
Python, Bash, Metasploit, Kali Linux, Wireshark, SQL
)");
  CHECK(pentester.kind == "security");
  CHECK(pentester.evidence.at("security") > pentester.evidence.at("backend"));
  CHECK(pentester.factor < 0.5);
  CHECK(pentester.message.find("security testing") != std::string::npos);
  auto firmware = fit_of(R"(Tomas Hale
tomas.hale@example.com

EXPERIENCE
Embedded Software Engineer
Voltic Devices | Jan 2021 - Present
- Wrote firmware for STM32 microcontrollers on FreeRTOS, with drivers for I2C and SPI sensors
- Brought up a Yocto image for the gateway board and debugged it over JTAG
- Cut the boot time of the sensor hub from 900 ms to 250 ms

SKILLS
C, C++, Python, Git
)");
  CHECK(firmware.kind == "systems");
  CHECK(firmware.evidence.at("systems") > firmware.evidence.at("backend"));
  CHECK(firmware.factor < 0.5);
}

TEST_CASE("a resume whose server side leads but not by much is not told that most of it is another kind") {
  auto mixed = fit_of(R"(Noor Haddad
noor.haddad@example.com

EXPERIENCE
Developer
Lumen Apps | Jan 2021 - Present
- Built the booking REST API in Node.js and Express over PostgreSQL
- Added Redis caching to the search endpoint
- Built the React and Redux screens of the booking flow with Tailwind CSS
- Shipped the iOS and Android apps in React Native with Expo
- Wrote the Swift widget for the iOS home screen

SKILLS
JavaScript, TypeScript, Node.js, React, React Native, PostgreSQL
)");
  REQUIRE(mixed.kind == "mobile");  // the strongest other kind, named
  CHECK(mixed.evidence.at("backend") > mixed.evidence.at("mobile"));
  CHECK(mixed.factor < 0.8);
  CHECK(mixed.message.find("most of what it shows") == std::string::npos);
  CHECK(mixed.message.find("nearly as much as server-side work") != std::string::npos);
}
