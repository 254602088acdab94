#include <doctest/doctest.h>

#include "match/match_test_support.h"

using namespace bescore;

namespace {

JobMatch match(const std::string& posting_text, const std::string& resume_text) {
  return testing::match_of(posting_text, resume_text);
}

const char* kPosting = "# Backend Engineer\n## Requirements\n- Go\n- Kubernetes\n- Kafka\n- Terraform\n- gRPC\n- Redis\n";

}  // namespace

TEST_CASE("the strong resume is not stuffing") {
  CHECK(match(kPosting, testing::strong_resume()).stuffing.empty());
}

TEST_CASE("a posting's word repeated in more than 6 lines is reported with its counts and lines") {
  std::string resume = testing::strong_resume();
  for (int i = 0; i < 5; ++i)
    resume = testing::replace(resume, "\nPROJECTS", "- Operated Kubernetes cluster number " + std::to_string(i) + " for the team\n\nPROJECTS");
  auto m = match(kPosting, resume);
  REQUIRE(m.stuffing.size() == 1);
  CHECK(m.stuffing[0].kind == "repeated");
  CHECK(m.stuffing[0].terms == std::vector<std::string>{"Kubernetes"});
  CHECK(m.stuffing[0].resume_mentions == 7);
  CHECK(m.stuffing[0].posting_mentions == 1);
  CHECK(m.stuffing[0].lines.size() == 7);
}

TEST_CASE("a skills list padded with 4 or more of the posting's words no bullet shows is reported") {
  std::string padded = testing::replace(testing::strong_resume(), "Infrastructure: Docker, Kubernetes, AWS",
                                        "Infrastructure: Docker, Kubernetes, AWS, Terraform, gRPC, Consul, Nomad");
  auto posting = std::string(kPosting) + "- Consul\n- Nomad\n";
  auto m = match(posting, padded);
  REQUIRE(m.stuffing.size() == 1);
  CHECK(m.stuffing[0].kind == "padded");
  CHECK(m.stuffing[0].terms == std::vector<std::string>{"Terraform", "gRPC", "Consul", "Nomad"});
  // Three only listed is not padding.
  auto fewer = match(std::string(kPosting) + "- Consul\n", padded);
  CHECK(fewer.stuffing.empty());
}
