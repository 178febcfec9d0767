// roster_xlsx.cpp - the roster spreadsheets the system writes (see roster.h): the template
// of a product, the problem report of an upload and the roster download. All through
// XlsxWriter (constant memory, text cells only).
#include "roster.h"
#include "xlsx_writer.h"

namespace {

const char* product_people(int64_t product_id) {
  return product_id == kProductStudent ? "学生" : product_id == kProductStaff ? "教职工" : "实习学生";
}

void set_widths(XlsxWriter& w, const std::vector<RosterColumn>& columns, bool text) {
  std::vector<double> widths;
  for (const RosterColumn& c : columns) widths.push_back(c.width);
  w.column_widths(widths, text);
}

std::vector<std::string> headers(const std::vector<RosterColumn>& columns) {
  std::vector<std::string> h;
  for (const RosterColumn& c : columns) h.push_back(c.header);
  return h;
}

const std::string& field(const RosterRow& r, const std::string& key, const std::string& seq) {
  static const std::string none;
  if (key == "seq") return seq;
  if (key == "name") return r.name;
  if (key == "sex") return r.sex;
  if (key == "id_type") return r.id_type;
  if (key == "id_number") return r.id_number;
  if (key == "grade") return r.grade;
  if (key == "class_name") return r.class_name;
  if (key == "position") return r.position;
  if (key == "major") return r.major;
  if (key == "internship_unit") return r.internship_unit;
  if (key == "note") return r.note;
  return none;
}

}  // namespace

void roster_template_xlsx(int64_t product_id, const std::string& path) {
  const auto& columns = roster_columns(product_id);
  XlsxWriter w(path);
  w.add_sheet("花名册");
  set_widths(w, columns, true);
  w.header(headers(columns));
  w.row(roster_example_row(product_id));

  std::string types;
  for (const std::string& t : roster_id_types()) types += (types.empty() ? "" : "、") + t;
  std::string optional;
  for (const RosterColumn& c : columns)
    if (!c.required && c.max_chars > 0) optional += (optional.empty() ? "" : "；") + c.header + "不超过" +
                                                    std::to_string(c.max_chars) + "个字";
  w.add_sheet("说明");
  w.column_widths({6, 100});
  w.header({"", "填写说明"});
  std::vector<std::string> rules = {
      std::string("所有") + product_people(product_id) + "填写在第一个工作表（花名册）中，每人一行；第一行是表头，请勿修改列名。",
      "第2行是示例，填写前请删除（示例行上传时会被拒绝）。",
      "姓名：必填，不超过50个字。",
      "性别：必填，只能填“男”或“女”；证件为居民身份证的，须与身份证号码第17位（单数为男，双数为女）一致。",
      "证件类型：可填 " + types + "；不填视为居民身份证。",
      "证件号码：居民身份证为18位，最后一位可以是X，出生日期和校验位须正确；其他证件填2–30位字母、数字、括号或连字符；"
      "证件类型为“无证件”的（如尚未办理证件的幼儿），证件号码留空。",
      "证件号码一列请保持“文本”格式：若被存为数字，Excel只保留前15位，末几位会丢失，系统将拒绝这样的号码。",
      "同一文件中同一证件号码只能出现一次；同一学年同一险种已由其他学校投保的人员不能重复投保。",
      "其他列：" + optional + "。",
      "支持 .xlsx、.xls 和 .csv（UTF-8 或 GBK 编码）文件，最多20000行。",
      "有错误的文件不会保存，可下载问题清单逐条改正后重新上传，也可以选择只保存正确的行；参保人数须与保存的人数一致。"};
  for (size_t i = 0; i < rules.size(); ++i) w.row({std::to_string(i + 1), rules[i]});
  w.close();
}

void roster_problems_xlsx(const std::vector<RosterProblem>& problems, const std::string& path) {
  XlsxWriter w(path);
  w.add_sheet("问题");
  w.column_widths({8, 12, 24, 60});
  w.header({"行号", "列", "内容", "问题"});
  for (const RosterProblem& p : problems)
    w.row({p.row == 0 ? std::string("全表") : std::to_string(p.row), p.column, p.value, p.reason});
  w.close();
}

void roster_xlsx(const std::vector<RosterRow>& rows, int64_t product_id, const std::string& path) {
  const auto& columns = roster_columns(product_id);
  XlsxWriter w(path);
  w.add_sheet("花名册");
  set_widths(w, columns, true);
  w.header(headers(columns));
  std::vector<std::string> cells(columns.size());
  for (const RosterRow& r : rows) {
    std::string seq = std::to_string(r.row_no);
    for (size_t c = 0; c < columns.size(); ++c) cells[c] = field(r, columns[c].key, seq);
    w.row(cells);
  }
  w.close();
}

std::vector<std::string> roster_row_cells(const RosterRow& row, int64_t product_id) {
  const auto& columns = roster_columns(product_id);
  std::string seq = std::to_string(row.row_no);
  std::vector<std::string> cells(columns.size());
  for (size_t c = 0; c < columns.size(); ++c) cells[c] = field(row, columns[c].key, seq);
  return cells;
}
