// sheet_ooxml.cpp - see sheet_ooxml.h.
#include "sheet_ooxml.h"

#include <cstring>

namespace sheet_ooxml {

std::string_view local_name(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? colon + 1 : name;
}

const char* attribute(const char** atts, std::string_view name, bool prefixed) {
  for (; atts[0]; atts += 2) {
    const char* colon = std::strrchr(atts[0], ':');
    if (prefixed && !colon) continue;
    if (local_name(atts[0]) == name) return atts[1];
  }
  return nullptr;
}

std::string resolve(const std::string& base_dir, std::string_view target) {
  std::string joined = !target.empty() && target[0] == '/' ? std::string(target.substr(1)) : base_dir + std::string(target);
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    std::string seg = joined.substr(start, slash - start);
    if (seg == "..") {
      if (parts.empty()) return "";
      parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(std::move(seg));
    }
    start = slash + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

std::string directory_of(const std::string& part) {
  size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

RelsHandler read_rels(Archive& zip, const std::string& part) {
  RelsHandler rels;
  zip_int64_t index = zip.find(part);
  if (index >= 0) parse_part(zip, index, rels);
  return rels;
}

}  // namespace sheet_ooxml
