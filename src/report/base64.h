// RFC 4648 base64, for the data: URIs of the HTML report's page images.
#pragma once
#include <string>
#include <string_view>

namespace bescore {

/// RFC 4648 base64 with padding and no line breaks.
std::string base64(std::string_view bytes);

}  // namespace bescore
