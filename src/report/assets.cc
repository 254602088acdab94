#include "report/assets.h"

namespace bescore {

std::string report_asset(const char* name) {
  const char* content = embedded_content(embedded_report_assets(), name);
  return content ? content : "";
}

}  // namespace bescore
