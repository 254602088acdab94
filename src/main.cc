// bescore: scores a resume for backend engineering roles. All logic lives behind run_cli.
#include <iostream>

#include "cli/app.h"

int main(int argc, char** argv) { return bescore::run_cli(argc, argv, std::cout, std::cerr); }
