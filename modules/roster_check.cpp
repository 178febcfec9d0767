// roster_check.cpp - header detection and the row rules of an uploaded roster (see roster.h
// RosterChecker). Messages are Chinese and name what to change.
#include <algorithm>

#include "form.h"
#include "halfwidth.h"
#include "idcard.h"
#include "roster.h"

namespace {

constexpr size_t kHeaderSearchRows = 20;
const char kNumberLost[] = "证件号码被存为数字，末几位已丢失：请把该列设为文本格式后重新填写";

// True when a number cell may have lost digits: exponent or fraction in its text, more than
// 15 significant digits, or (resident IDs) 18 digits ending in 000 — all Excel keeps of a
// longer number typed into a number cell (15 significant digits).
bool digits_lost(const std::string& text, bool resident) {
  if (text.find_first_of("eE.") != std::string::npos) return true;
  std::string digits;
  for (char c : text)
    if (c >= '0' && c <= '9') digits += c;
  size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return false;
  size_t last = digits.find_last_not_of('0');
  if (last - first + 1 > 15) return true;
  return resident && digits.size() == 18 && digits.compare(15, 3, "000") == 0;
}

std::string upper_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

bool other_id_ok(const std::string& s) {
  if (s.size() < 2 || s.size() > 30) return false;
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '(' || c == ')' || c == '-')) return false;
  return true;
}

// The fields a roster column can fill, in RosterRow order; kKeys names them as RosterColumn.key.
enum Field { kSeq, kName, kSex, kIdType, kIdNumber, kGrade, kClassName, kPosition, kMajor, kUnit, kNote, kFieldCount };
const char* const kKeys[kFieldCount] = {"seq",   "name",     "sex",      "id_type", "id_number",      "grade",
                                        "class_name", "position", "major", "internship_unit", "note"};

const char kTypes[] =
    "证件类型不正确，可填：居民身份证、港澳台居民居住证、港澳居民来往内地通行证、台湾居民来往大陆通行证、护照、"
    "外国人永久居留身份证、出生医学证明、无证件、其他";

}  // namespace

RosterChecker::RosterChecker(int64_t product_id) : product_id_(product_id), columns_(kFieldCount, nullptr) {
  const auto& columns = roster_columns(product_id);  // throws for an unknown product
  std::vector<std::string> example = roster_example_row(product_id);
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].key == "id_number") example_id_ = example[i];
    for (int f = 0; f < kFieldCount; ++f)
      if (columns[i].key == kKeys[f]) columns_[f] = &columns[i];
  }
}

void RosterChecker::add(size_t row_number, const SheetRow& cells) {
  if (!result_.header_found) {
    if (!missing_.empty() || rows_seen_ >= kHeaderSearchRows) return;  // fatal already
    ++rows_seen_;
    add_header(row_number, cells);
    return;
  }
  add_data(row_number, cells);
}

void RosterChecker::add_header(size_t row_number, const SheetRow& cells) {
  std::vector<int> fields;
  std::vector<bool> seen(kFieldCount, false);
  size_t known = 0;
  bool anchor = false;
  for (const SheetCell& cell : cells) {
    std::string k = roster_header_key(product_id_, cell.text);
    int f = -1;
    for (int i = 0; i < kFieldCount && !k.empty(); ++i)
      if (k == kKeys[i]) f = i;
    if (f >= 0 && seen[f]) f = -1;  // the first column of a heading wins
    if (f >= 0) {
      seen[f] = true;
      ++known;
      if (f == kName || f == kIdNumber) anchor = true;
    }
    fields.push_back(f);
  }
  if (known < 2 || !anchor) return;
  for (int f = 0; f < kFieldCount; ++f)
    if (columns_[f] && columns_[f]->required && !seen[f]) missing_.push_back(columns_[f]->header);
  if (!missing_.empty()) {
    for (const std::string& h : missing_)
      result_.problems.push_back({row_number, h, "", "缺少必需的列“" + h + "”：请使用模板的表头"});
    return;
  }
  fields_ = std::move(fields);
  result_.header_found = true;
}

void RosterChecker::add_data(size_t row_number, const SheetRow& cells) {
  // The cell of each field (nullptr: no such column or no cell) and its trimmed text.
  const SheetCell* cell[kFieldCount] = {};
  std::string text[kFieldCount];
  bool any = false;
  for (size_t i = 0; i < cells.size() && i < fields_.size(); ++i) {
    int f = fields_[i];
    if (f < 0) continue;
    cell[f] = &cells[i];
    text[f] = trim_spaces(cells[i].text);
    if (!text[f].empty() && f != kSeq) any = true;
  }
  if (!any) return;
  ++result_.data_rows;
  auto raw = [&](int f) -> std::string { return cell[f] ? cell[f]->text : std::string(); };
  size_t before = result_.problems.size();
  auto problem = [&](int f, std::string value, std::string reason) {
    result_.problems.push_back(
        {row_number, columns_[f] ? columns_[f]->header : kKeys[f], std::move(value), std::move(reason)});
  };

  RosterRow row;
  row.row_no = row_number;
  row.name = std::move(text[kName]);
  if (row.name.empty()) problem(kName, "", "姓名不能为空");
  else if (utf8_length(row.name) > 50) problem(kName, raw(kName), "姓名不能超过50个字");

  std::string sex = trim_spaces(to_halfwidth(text[kSex]));
  if (sex == "男" || sex == "女") row.sex = sex;
  else if (sex.empty()) problem(kSex, "", "性别不能为空，请填写“男”或“女”");
  else problem(kSex, raw(kSex), "性别只能填写“男”或“女”");

  std::string type = trim_spaces(to_halfwidth(text[kIdType]));
  if (type.empty() || type == "身份证") type = std::string(kIdTypeResident);
  const auto& types = roster_id_types();
  bool type_ok = std::find(types.begin(), types.end(), type) != types.end();
  if (type_ok) row.id_type = type;
  else problem(kIdType, raw(kIdType), kTypes);

  const std::string& number = text[kIdNumber];
  bool numeric = cell[kIdNumber] && cell[kIdNumber]->numeric;
  bool id_ok = false;
  if (type_ok && type == kIdTypeResident) {
    if (number.empty()) problem(kIdNumber, "", "证件号码不能为空（没有证件的请把证件类型填为“无证件”）");
    else if (numeric && digits_lost(number, true)) problem(kIdNumber, raw(kIdNumber), kNumberLost);
    else {
      IdNumber id = idcard_check(number);
      if (!id.ok) problem(kIdNumber, raw(kIdNumber), id.error);
      else if (id.normalized == example_id_) problem(kIdNumber, raw(kIdNumber), "这是模板中的示例行，请删除后再上传");
      else {
        id_ok = true;
        row.id_number = id.normalized;
        std::string id_sex = id.sex == 'M' ? "男" : "女";
        if (!row.sex.empty() && row.sex != id_sex)
          problem(kSex, raw(kSex), "性别与身份证号码不符（第17位表示" + id_sex + "）");
      }
    }
  } else if (type_ok && type == "无证件") {
    if (!number.empty()) problem(kIdNumber, raw(kIdNumber), "证件类型为“无证件”时证件号码应为空");
  } else if (type_ok) {
    std::string n = upper_ascii(trim_spaces(to_halfwidth(number)));
    if (n.empty()) problem(kIdNumber, "", "证件号码不能为空");
    else if (numeric && digits_lost(n, false)) problem(kIdNumber, raw(kIdNumber), kNumberLost);
    else if (!other_id_ok(n)) problem(kIdNumber, raw(kIdNumber), "证件号码应为2–30位字母、数字、括号或连字符");
    else {
      id_ok = true;
      row.id_number = n;
    }
  }

  std::string* optional[kFieldCount] = {};
  optional[kGrade] = &row.grade, optional[kClassName] = &row.class_name, optional[kPosition] = &row.position;
  optional[kMajor] = &row.major, optional[kUnit] = &row.internship_unit, optional[kNote] = &row.note;
  for (int f = kGrade; f < kFieldCount; ++f) {
    if (!columns_[f] || text[f].empty()) continue;
    if (utf8_length(text[f]) > columns_[f]->max_chars)
      problem(f, raw(f), columns_[f]->header + "不能超过" + std::to_string(columns_[f]->max_chars) + "个字");
    else *optional[f] = std::move(text[f]);
  }

  result_.valid.push_back(std::move(row));
  ok_.push_back(result_.problems.size() == before);
  id_ok_.push_back(id_ok);
}

RosterCheck RosterChecker::finish() {
  if (!result_.header_found) {
    if (missing_.empty())
      result_.problems.push_back({0, "", "", "找不到表头行：表中应有“姓名”“性别”“证件号码”等列名，请使用模板"});
    return std::move(result_);
  }
  std::vector<RosterRow>& rows = result_.valid;  // every data row until the end of finish()
  if (result_.data_rows == 0) {
    result_.problems.push_back({0, "", "", "表中没有数据行（表头下面至少要有一行人员信息）"});
    return std::move(result_);
  }
  // Duplicates in the file: rows with a checked number, sorted by (type, number, row); every
  // row of a run of equal keys names the others.
  std::vector<size_t> order;
  for (size_t i = 0; i < rows.size(); ++i)
    if (id_ok_[i]) order.push_back(i);
  auto same = [&](size_t a, size_t b) { return rows[a].id_number == rows[b].id_number && rows[a].id_type == rows[b].id_type; };
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    int c = rows[a].id_number.compare(rows[b].id_number);
    if (c != 0) return c < 0;
    c = rows[a].id_type.compare(rows[b].id_type);
    return c != 0 ? c < 0 : a < b;
  });
  std::vector<RosterProblem> dups;
  for (size_t s = 0; s < order.size();) {
    size_t e = s + 1;
    while (e < order.size() && same(order[s], order[e])) ++e;
    for (size_t i = s; e - s > 1 && i < e; ++i) {
      std::string others;
      for (size_t j = s; j < e; ++j) {
        if (j == i) continue;
        if (!others.empty()) others += "、";
        others += std::to_string(rows[order[j]].row_no);
      }
      const RosterRow& r = rows[order[i]];
      dups.push_back({r.row_no, "证件号码", r.id_number, "证件号码重复：与第" + others + "行相同"});
      ok_[order[i]] = false;
    }
    s = e;
  }
  std::sort(dups.begin(), dups.end(), [](const RosterProblem& a, const RosterProblem& b) { return a.row < b.row; });
  for (auto& d : dups) result_.problems.push_back(std::move(d));
  // Keep the rows without problems, in sheet order.
  size_t kept = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!ok_[i]) continue;
    if (kept != i) rows[kept] = std::move(rows[i]);
    ++kept;
  }
  rows.resize(kept);
  ok_.clear();
  id_ok_.clear();
  return std::move(result_);
}

RosterCheck roster_check(int64_t product_id, const std::vector<std::pair<size_t, SheetRow>>& rows) {
  RosterChecker checker(product_id);
  for (const auto& [n, cells] : rows) checker.add(n, cells);
  return checker.finish();
}
