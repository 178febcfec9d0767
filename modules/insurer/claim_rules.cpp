// insurer/claim_rules.cpp - checks, scope and storage of one claim (see insurer/claim_rules.h).
// Scope: claims.company_id = the insurer's company and the school's region LIKE region_pattern.
#include "insurer/claim_rules.h"

#include "audit.h"
#include "context.h"
#include "dates.h"
#include "form.h"
#include "money.h"
#include "scope.h"
#include "session.h"

namespace {

// Text of at most max characters (valid UTF-8, no control characters); required → not empty.
void check_text(ClaimErrors& errors, const char* field, const std::string& value, size_t max, bool required,
                const char* label) {
  if (value.empty()) {
    if (required) errors[field] = std::string("请填写") + label + "。";
  } else if (!check_utf8_text(value)) {
    errors[field] = std::string(label) + "含有不能识别的字符。";
  } else if (utf8_length(value) > max) {
    errors[field] = std::string(label) + "最多 " + std::to_string(max) + " 个字。";
  }
}

// A date field that must not lie in the future; "" when fine.
std::string check_past_date(const std::string& value, const char* label) {
  if (value.empty()) return std::string("请填写") + label + "。";
  if (!valid_date(value)) return std::string(label) + "格式应为 YYYY-MM-DD，如 2026-10-08。";
  if (value > today_cn()) return std::string(label) + "不能晚于今天。";
  return "";
}

// The school named `name` in the insurer's region with a submitted enrollment of the insurer's
// company in the year (and of the product when given); 0 when none, -1 when several match.
int64_t school_in_scope(Db& db, const Account& a, const std::string& name, int64_t year_id, int64_t product_id) {
  Rows rows = db.query(
      "SELECT s.id FROM schools s WHERE s.name = ? AND s.region_code LIKE ? AND EXISTS (SELECT 1 FROM enrollments e"
      " WHERE e.school_id = s.id AND e.company_id = ? AND e.year_id = ? AND e.status <> 'draft'"
      " AND (? = 0 OR e.product_id = ?)) LIMIT 2",
      {name, region_pattern(a), a.company_id, year_id, product_id, product_id});
  if (rows.empty()) return 0;
  return rows.size() > 1 ? -1 : rows.front().i64("id");
}

}  // namespace

std::optional<int64_t> claim_parse_yuan(const std::string& text, std::string& error) {
  std::string s;
  for (char c : text)
    if (c != ',') s += c;
  if (s.empty()) {
    error = "请填写赔偿金额。";
    return std::nullopt;
  }
  if (s[0] == '-') {
    error = "赔偿金额不能为负数。";
    return std::nullopt;
  }
  size_t dot = s.find('.');
  std::string whole = s.substr(0, dot), cents = dot == std::string::npos ? "" : s.substr(dot + 1);
  auto digits = [](const std::string& x) { return x.find_first_not_of("0123456789") == std::string::npos; };
  if (whole.empty() || !digits(whole) || !digits(cents) || (dot != std::string::npos && cents.empty())) {
    error = "赔偿金额请填写数字（元），如 1200 或 1200.50。";
    return std::nullopt;
  }
  if (cents.size() > 2) {
    error = "赔偿金额最多保留两位小数（精确到分）。";
    return std::nullopt;
  }
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
  if (whole.size() > 12) {
    error = "赔偿金额过大，请核对。";
    return std::nullopt;
  }
  cents.resize(2, '0');
  return std::stoll(whole) * 100 + std::stoll(cents);
}

ClaimErrors claim_check(Db& db, const Account& insurer, const ClaimInput& in, bool settle, ClaimResolved& out) {
  ClaimErrors errors;
  out = ClaimResolved{};
  check_text(errors, "claim_no", in.claim_no, 64, false, "案件编号");
  check_text(errors, "school", in.school, 100, true, "出险学校");
  check_text(errors, "injured_name", in.injured_name, 50, true, "伤者姓名");
  check_text(errors, "cause", in.cause, 500, true, "事故原因");
  check_text(errors, "handling", in.handling, 1000, false, "保险公司处理情况");
  check_text(errors, "settlement_note", in.settlement_note, 500, false, "理赔情况");
  if (!in.product.empty()) {
    bool known = in.product.size() <= 3 && in.product.find_first_not_of("0123456789") == std::string::npos &&
                 db.query_one("SELECT id FROM products WHERE id = ?", {std::stoll(in.product)});
    if (known) out.product_id = std::stoll(in.product);
    else errors["product"] = "请选择列表中的险种。";
  }
  if (std::string e = check_past_date(in.accident_on, "出险时间"); !e.empty()) {
    errors["accident_on"] = e;
  } else {
    auto year = db.query_one("SELECT id FROM academic_years WHERE ? BETWEEN starts_on AND ends_on", {in.accident_on});
    if (year) out.year_id = year->i64("id");
    else errors["accident_on"] = "出险时间不在任何学年的保险期间内。";
  }
  if (settle || !in.paid.empty() || !in.closed_on.empty()) {
    out.settled = true;
    std::string e;
    if (auto fen = claim_parse_yuan(in.paid, e)) out.paid_fen = *fen;
    else errors["paid"] = e;
    if (std::string c = check_past_date(in.closed_on, "结案时间"); !c.empty()) errors["closed_on"] = c;
    else if (valid_date(in.accident_on) && in.closed_on < in.accident_on) errors["closed_on"] = "结案时间不能早于出险时间。";
  }
  if (out.year_id && !errors.count("school") && !errors.count("product")) {
    int64_t id = school_in_scope(db, insurer, in.school, out.year_id, out.product_id);
    if (id > 0) out.school_id = id;
    else if (id < 0) errors["school"] = "您的负责区域内有多所学校叫这个名称，请联系管理中心核对学校名称。";
    else
      errors["school"] = out.product_id ? "该学校不在您的负责区域内，或在出险所在学年未向本公司投保该险种。"
                                        : "该学校不在您的负责区域内，或在出险所在学年未向本公司投保。";
  }
  return errors;
}

std::optional<Row> insurer_claim(Db& db, const Account& insurer, int64_t claim_id) {
  if (insurer.kind != "insurer" || insurer.company_id == 0) return std::nullopt;
  return db.query_one(
      "SELECT c.id, c.claim_no, c.school_id, s.name AS school_name, c.year_id, c.product_id,"
      " DATE_FORMAT(c.accident_on, '%Y-%m-%d') AS accident_on, c.injured_name, c.cause, c.handling,"
      " c.settlement_note, c.status, c.paid_fen, DATE_FORMAT(c.closed_on, '%Y-%m-%d') AS closed_on"
      " FROM claims c JOIN schools s ON s.id = c.school_id"
      " WHERE c.id = ? AND c.company_id = ? AND s.region_code LIKE ?",
      {claim_id, insurer.company_id, region_pattern(insurer)});
}

ClaimInput claim_input_of(const Row& c) {
  ClaimInput in;
  in.claim_no = c.str("claim_no");
  in.school = c.str("school_name");
  in.product = c.is_null("product_id") ? "" : c.str("product_id");
  in.accident_on = c.str("accident_on");
  in.injured_name = c.str("injured_name");
  in.cause = c.str("cause");
  in.handling = c.str("handling");
  in.settlement_note = c.str("settlement_note");
  in.paid = c.is_null("paid_fen") ? "" : yuan_text(c.i64("paid_fen"));
  in.closed_on = c.str("closed_on");
  return in;
}

int64_t claim_save(Ctx& ctx, int64_t id, const ClaimInput& in, const ClaimResolved& r) {
  const Account& a = ctx.account();
  Param no = in.claim_no.empty() ? Param(Null{}) : Param(in.claim_no);
  Param product = r.product_id ? Param(r.product_id) : Param(Null{});
  Param handling = in.handling.empty() ? Param(Null{}) : Param(in.handling);
  Param note = in.settlement_note.empty() ? Param(Null{}) : Param(in.settlement_note);
  Param paid = r.settled ? Param(r.paid_fen) : Param(Null{});
  Param closed = r.settled ? Param(in.closed_on) : Param(Null{});
  std::string status = r.settled ? "settled" : "pending";
  const char* action = id == 0 ? "claim_created" : r.settled ? "claim_settled" : "claim_updated";
  if (id == 0) {
    ctx.db.exec(
        "INSERT INTO claims (company_id, school_id, year_id, product_id, claim_no, accident_on, injured_name, cause,"
        " handling, settlement_note, status, paid_fen, closed_on, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {a.company_id, r.school_id, r.year_id, product, no, in.accident_on, in.injured_name, in.cause, handling, note,
         status, paid, closed, a.id});
    id = static_cast<int64_t>(ctx.db.last_insert_id());
  } else {
    ctx.db.exec(
        "UPDATE claims SET school_id = ?, year_id = ?, product_id = ?, claim_no = ?, accident_on = ?, injured_name = ?,"
        " cause = ?, handling = ?, settlement_note = ?, status = ?, paid_fen = ?, closed_on = ?,"
        " updated_at = UTC_TIMESTAMP() WHERE id = ? AND company_id = ?",
        {r.school_id, r.year_id, product, no, in.accident_on, in.injured_name, in.cause, handling, note, status, paid,
         closed, id, a.company_id});
  }
  std::string detail = "案件编号 " + (in.claim_no.empty() ? std::string("（无）") : in.claim_no) + " 学校 " +
                       std::to_string(r.school_id) + " 出险 " + in.accident_on;
  if (r.settled) detail += " 赔偿 " + yuan_text(r.paid_fen) + " 元 结案 " + in.closed_on;
  audit(ctx, action, "claim", std::to_string(id), detail);
  return id;
}
