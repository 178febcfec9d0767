// roster_columns.cpp - the columns of each product's roster, header recognition, the allowed
// 证件类型 and the masks used in roster messages and lists (see roster.h).
#include <algorithm>
#include <stdexcept>
#include <utility>

#include "halfwidth.h"
#include "idcard.h"
#include "mask.h"
#include "roster.h"

namespace {

RosterColumn col(const char* key, const char* header, bool required, size_t max_chars, double width) {
  return RosterColumn{key, header, required, max_chars, width};
}

// Header texts accepted for each column key besides its own heading (after normalisation).
const std::vector<std::pair<std::string, std::vector<std::string>>>& synonyms() {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> s = {
      {"seq", {"序号", "编号", "序"}},
      {"name", {"姓名", "学生姓名", "教职工姓名", "职工姓名", "教师姓名", "实习生姓名", "名字"}},
      {"sex", {"性别"}},
      {"id_type", {"证件类型", "证件种类", "证件名称"}},
      {"id_number", {"证件号码", "证件号", "证件编号", "身份证号", "身份证号码", "身份证件号码", "公民身份号码", "身份证"}},
      {"grade", {"年级"}},
      {"class_name", {"班级", "班级名称", "班别"}},
      {"position", {"岗位", "职务", "岗位/职务", "岗位(职务)", "职位"}},
      {"major", {"专业", "所学专业", "专业名称"}},
      {"internship_unit", {"实习单位", "实习单位名称"}},
      {"note", {"备注", "说明"}},
  };
  return s;
}

// Heading text reduced to what identifies it: full-width folded, no spaces at all, no "*"
// marks, no trailing "(必填)"-style note.
std::string normalise_heading(std::string_view cell) {
  std::string s = to_halfwidth(trim_spaces(cell));
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '*') out += c;
  // Other spaces (no-break, zero-width) inside the text.
  for (const char* sp : {"\xC2\xA0", "\xE2\x80\x8B"}) {
    for (size_t p; (p = out.find(sp)) != std::string::npos;) out.erase(p, std::string_view(sp).size());
  }
  static const char* notes[] = {"(必填)", "(选填)", "(可选)", "(必须)", "(非必填)"};
  for (const char* n : notes) {
    std::string_view nv(n);
    if (out.size() > nv.size() && out.compare(out.size() - nv.size(), nv.size(), nv) == 0) {
      out.erase(out.size() - nv.size());
      break;
    }
  }
  return out;
}

// Splits UTF-8 text into code points (invalid bytes stand alone).
std::vector<std::string_view> code_points(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    size_t k = 1;
    while (k < len && i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80) ++k;
    out.push_back(s.substr(i, k));
    i += k;
  }
  return out;
}

// A made-up resident ID: region 410105 (郑州市金水区), birth date, sequence; valid check char.
std::string example_id(const char* birth8, const char* seq3) {
  std::string first17 = std::string("410105") + birth8 + seq3;
  return first17 + idcard_check_char(first17);
}

}  // namespace

const std::vector<std::string>& roster_id_types() {
  static const std::vector<std::string> types = {
      "居民身份证", "港澳台居民居住证", "港澳居民来往内地通行证", "台湾居民来往大陆通行证", "护照",
      "外国人永久居留身份证", "出生医学证明", "无证件", "其他"};
  return types;
}

const std::vector<RosterColumn>& roster_columns(int64_t product_id) {
  static const std::vector<RosterColumn> students = {
      col("seq", "序号", false, 0, 6),          col("name", "姓名", true, 50, 12),
      col("sex", "性别", true, 1, 6),           col("id_type", "证件类型", false, 0, 16),
      col("id_number", "证件号码", true, 30, 22), col("grade", "年级", false, 20, 10),
      col("class_name", "班级", false, 30, 10), col("note", "备注", false, 200, 20)};
  static const std::vector<RosterColumn> staff = {
      col("seq", "序号", false, 0, 6),          col("name", "姓名", true, 50, 12),
      col("sex", "性别", true, 1, 6),           col("id_type", "证件类型", false, 0, 16),
      col("id_number", "证件号码", true, 30, 22), col("position", "岗位", false, 50, 14),
      col("note", "备注", false, 200, 20)};
  static const std::vector<RosterColumn> interns = {
      col("seq", "序号", false, 0, 6),
      col("name", "姓名", true, 50, 12),
      col("sex", "性别", true, 1, 6),
      col("id_type", "证件类型", false, 0, 16),
      col("id_number", "证件号码", true, 30, 22),
      col("major", "专业", false, 50, 16),
      col("internship_unit", "实习单位", false, 100, 24),
      col("note", "备注", false, 200, 20)};
  switch (product_id) {
    case kProductStudent: return students;
    case kProductStaff: return staff;
    case kProductIntern: return interns;
  }
  throw std::invalid_argument("roster_columns: unknown product " + std::to_string(product_id));
}

std::string roster_header_key(int64_t product_id, std::string_view cell) {
  std::string h = normalise_heading(cell);
  if (h.empty()) return "";
  for (const RosterColumn& c : roster_columns(product_id)) {
    for (const auto& [key, names] : synonyms()) {
      if (key != c.key) continue;
      for (const std::string& n : names)
        if (n == h) return c.key;
    }
  }
  return "";
}

std::vector<std::string> roster_example_row(int64_t product_id) {
  std::vector<std::string> cells;
  for (const RosterColumn& c : roster_columns(product_id)) {
    std::string v;
    if (c.key == "seq") v = "1";
    else if (c.key == "name") v = "张三";
    else if (c.key == "sex") v = "男";
    else if (c.key == "id_type") v = "居民身份证";
    else if (c.key == "id_number")
      v = product_id == kProductStudent ? example_id("20150301", "001")
          : product_id == kProductStaff ? example_id("19850612", "003")
                                        : example_id("20070915", "005");
    else if (c.key == "grade") v = "三年级";
    else if (c.key == "class_name") v = "2班";
    else if (c.key == "position") v = "教师";
    else if (c.key == "major") v = "数控技术应用";
    else if (c.key == "internship_unit") v = "郑州示例机械有限公司";
    else if (c.key == "note") v = "示例行，填写时请删除";
    cells.push_back(v);
  }
  return cells;
}

std::string roster_mask_school(std::string_view name) {
  std::vector<std::string_view> cps = code_points(name);
  size_t n = cps.size();
  if (n == 0) return "";
  size_t head, tail;
  if (n >= 9) head = 6, tail = 2;
  else if (n >= 4) head = std::max<size_t>(1, n - 4), tail = 2;
  else head = 1, tail = 0;
  std::string out;
  for (size_t i = 0; i < head; ++i) out += cps[i];
  out += "****";
  for (size_t i = n - tail; i < n; ++i) out += cps[i];
  return out;
}

std::string roster_mask_id(std::string_view number) {
  if (number.size() <= 24) return mask_id_number(number);
  return std::string(22, '*') + std::string(number.substr(number.size() - 2));
}
