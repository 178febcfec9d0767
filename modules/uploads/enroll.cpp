// uploads/enroll.cpp - POST /school/files/enroll, the 投保数据 submission of one enrollment
// (see school/enroll.h for the contract). Order: parse (file to a temporary file) → cheap
// checks → roster_upload_read (sandboxed reader, checks, other schools) → either the result
// page with the form again (nothing stored) or files_store + ONE transaction (file row,
// enrollment, roster rows, coverage counters, audit) → 303.
#include "audit.h"
#include "context.h"
#include "coverage.h"
#include "deadline.h"
#include "form.h"
#include "http_error.h"
#include "page.h"
#include "school/enroll.h"
#include "school/in_hand.h"
#include "uploads/roster_upload.h"
#include "year.h"

namespace {

const char* const kSubmittedAlready = "本险种的投保数据已提交，不能重复提交。如需修改请点击“申请修改”提交申请。";

// Where the school returns to: 投保数据 for seq 1, 上传管理 of the product for the others.
std::string page_url(const Ctx& ctx, int64_t product_id, int64_t seq) {
  return in_hand_url(ctx, seq == 1 ? std::string("/school/s/enroll")
                                   : "/school/s/enroll/manage?product=" + std::to_string(product_id));
}

// The enrollment already carrying this batch key (a retried POST), or 0.
int64_t batch_done(Ctx& ctx, const std::string& batch_key) {
  auto r = ctx.db.query_one("SELECT id FROM enrollments WHERE batch_key = ? AND school_id = ?",
                            {batch_key, in_hand_school_id(ctx)});
  return r ? r->i64("id") : 0;
}

struct AlreadySubmitted {};

}  // namespace

void uploads_enroll(Ctx& ctx) {
  const Account& a = ctx.account();
  const int64_t school_id = school_in_hand(ctx).id;
  MultipartForm form = multipart_parse(ctx.req, ctx.config, roster_upload_limits());

  const std::string* batch = form.field("batch_key");
  if (!batch || batch->size() != 32 || batch->find_first_not_of("0123456789abcdef") != std::string::npos)
    throw HttpError(400, "提交的表单不完整，请刷新投保数据页面后重新提交。");
  const std::string batch_key = *batch;
  int64_t product_id = roster_upload_number(form, "product");
  int64_t seq = form.field("seq") ? roster_upload_number(form, "seq") : 1;
  if (seq < 1 || seq > kEnrollMaxSeq) throw HttpError(400, "提交的表单不完整，请刷新投保数据页面后重新提交。");
  const std::string page = page_url(ctx, product_id, seq);
  const std::string done_url = page + (page.find('?') == std::string::npos ? "?" : "&") + "done=submitted";
  if (batch_done(ctx, batch_key)) {  // a retried POST: the first one stored everything
    ctx.res.redirect(done_url, true);
    return;
  }
  auto product = product_id > 0 ? school_product(ctx, school_id, product_id) : std::nullopt;
  if (!product) throw HttpError(400, "险种无效，请刷新投保数据页面后重新提交。");
  auto year = current_year(ctx);
  if (!year) throw HttpError(409, "管理中心尚未设置当前学年，暂不能提交投保数据。");
  DeadlineState deadline = deadline_for_school(ctx, *year, school_id, DeadlineKind::enroll);
  if (!deadline.open) throw HttpError(409, "本学年投保截止日期已过（" + deadline.last_day + "），如需修改请提交申请。");
  auto existing = ctx.db.query_one(
      "SELECT id, status FROM enrollments WHERE school_id = ? AND year_id = ? AND product_id = ? AND seq = ?",
      {school_id, year->id, product_id, seq});
  if (seq > 1 && !existing) throw HttpError(404, "没有这条投保数据，请先提交增加保险公司的申请。");
  if (existing && existing->str("status") != "draft") throw HttpError(409, kSubmittedAlready);

  const std::string kind = product->str("insured_kind");
  EnrollForm typed;
  typed.product_id = product_id;
  typed.seq = seq;
  typed.insured_kind = kind;
  if (const std::string* v = form.field("declared_count")) typed.declared = cut_utf8(trim_text(*v), 7);
  const std::string* keep = form.field("keep_valid");
  typed.keep_valid = keep && *keep == "1";
  std::vector<std::string> errors;
  int64_t declared = roster_upload_number(form, "declared_count");
  if (declared <= 0) errors.push_back("请填写参保人数（正整数）。");
  const int64_t company_id = typed.company_id = roster_upload_company(ctx, form);
  if (company_id == 0) errors.push_back("请选择投保公司。");

  UploadedFile* file = form.file("roster");
  RosterUpload upload;
  if (errors.empty()) upload = roster_upload_read(ctx, file, product_id, year->id, school_id, kind);
  errors.insert(errors.end(), upload.errors.begin(), upload.errors.end());
  const RosterCheck& check = upload.check;
  if (errors.empty()) {
    if (!check.problems.empty() && !typed.keep_valid)
      errors.push_back("花名册中有 " + std::to_string(check.problems.size()) +
                       " 处问题，未保存任何数据。请修改后重新上传，或勾选“只保存正确的行”。");
    else if (check.valid.empty())
      errors.push_back("花名册中没有可以保存的正确行。");
    else if (static_cast<size_t>(declared) != check.valid.size())
      errors.push_back("参保人数（" + std::to_string(declared) + " 人）与花名册中可保存的人数（" +
                       std::to_string(check.valid.size()) + " 人）不一致，未保存任何数据。");
  }
  if (!errors.empty()) {
    RosterResult r;
    r.title = product->str("name");
    r.back_url = page;
    r.back_label = "返回投保数据";
    r.errors = errors;
    r.upload = upload.format == SheetFormat::unknown ? nullptr : &upload;
    r.insured_kind = kind;
    r.school_id = school_id;
    roster_upload_render_result(ctx, r, [&](ctemplate::TemplateDictionary& d) { enroll_form_fill(ctx, d, typed); });
    return;
  }

  FileRow row = roster_upload_file_row(ctx, *file, upload.format, school_id, kind);
  const std::vector<RosterRow>& rows = check.valid;
  const int64_t stored = static_cast<int64_t>(rows.size());
  try {
    ctx.db.transaction([&] {
      // A retried POST that raced past the check above: the first one stored everything.
      if (ctx.db.query_one("SELECT id FROM enrollments WHERE batch_key = ?", {batch_key})) return;
      CoverageChange coverage(ctx.db, school_id, year->id, product_id);
      // A plain read first: FOR UPDATE on a missing row would lock the index gap that other
      // schools' first submissions insert into, and concurrent uploads deadlock
      // (t/drills/db-kill.sh). A row committed since the plain read is refused by the unique
      // key (1062, below).
      std::optional<Row> e;
      if (ctx.db.query_one("SELECT id FROM enrollments WHERE school_id = ? AND year_id = ? AND product_id = ? AND seq = ?",
                           {school_id, year->id, product_id, seq}))
        e = ctx.db.query_one(
            "SELECT id, status FROM enrollments WHERE school_id = ? AND year_id = ? AND product_id = ? AND seq = ? FOR UPDATE",
            {school_id, year->id, product_id, seq});
      if (e && e->str("status") != "draft") throw AlreadySubmitted{};
      int64_t file_id = files_insert(ctx.db, row);
      int64_t enrollment_id = 0;
      if (e) {
        enrollment_id = e->i64("id");
        ctx.db.exec("UPDATE enrollments SET company_id = ?, declared_count = ?, stored_count = ?, status = 'submitted',"
                    " roster_file_id = ?, batch_key = ?, submitted_by = ?, submitted_at = UTC_TIMESTAMP(),"
                    " updated_at = UTC_TIMESTAMP() WHERE id = ?",
                    {company_id, declared, stored, file_id, batch_key, a.id, enrollment_id});
      } else {
        ctx.db.exec("INSERT INTO enrollments (school_id, year_id, product_id, seq, company_id, declared_count, stored_count,"
                    " status, roster_file_id, batch_key, submitted_by, submitted_at, updated_at)"
                    " VALUES (?, ?, ?, 1, ?, ?, ?, 'submitted', ?, ?, ?, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
                    {school_id, year->id, product_id, company_id, declared, stored, file_id, batch_key, a.id});
        enrollment_id = static_cast<int64_t>(ctx.db.last_insert_id());
      }
      size_t n = roster_store(ctx.db, ctx.config, enrollment_id, year->id, product_id, rows);
      if (static_cast<int64_t>(n) != stored) throw std::runtime_error("roster_store stored a different row count");
      coverage.commit();
      audit(ctx, "enrollment_submitted", "enrollment", std::to_string(enrollment_id),
            "product=" + std::to_string(product_id) + " seq=" + std::to_string(seq) + " year=" + year->label +
                " count=" + std::to_string(stored) + " file=" + std::to_string(file_id));
    });
  } catch (const AlreadySubmitted&) {
    throw HttpError(409, kSubmittedAlready);
  } catch (const DbError& e) {
    if (e.code() != 1062) throw;
    // A concurrent POST won: the same batch (a double click) is done; another one conflicts.
    if (!batch_done(ctx, batch_key)) throw HttpError(409, kSubmittedAlready);
  }
  ctx.res.redirect(done_url, true);
}
