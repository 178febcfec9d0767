// uploads/enroll.cpp - POST /school/files/enroll, the 投保数据 submission of one enrollment
// (see school/enroll.h for the contract). Order: parse (file to a temporary file) → cheap
// checks → ONE transaction: the school's row lock, the enrollment (a new one inserted as a
// draft), roster_upload_read storing the rows batch by batch while the sandboxed reader
// reads on (checks, other schools), then the file (files_store), the enrollment submitted,
// coverage counters, audit → 303; or, when the roster is refused, a rollback (nothing
// stored) and the result page with the form again.
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
struct RosterRefused {};  // the roster's errors are shown; the transaction rolled back

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
  // The refusals that only reading the roster can find, after the form's own (errors).
  auto roster_errors = [&] {
    std::vector<std::string> found = upload.errors;
    const RosterCheck& check = upload.check;
    if (!found.empty()) return found;
    if (!check.problems.empty() && !typed.keep_valid)
      found.push_back("花名册中有 " + std::to_string(check.problems.size()) +
                      " 处问题，未保存任何数据。请修改后重新上传，或勾选“只保存正确的行”。");
    else if (check.valid.empty())
      found.push_back("花名册中没有可以保存的正确行。");
    else if (static_cast<size_t>(declared) != check.valid.size())
      found.push_back("参保人数（" + std::to_string(declared) + " 人）与花名册中可保存的人数（" +
                      std::to_string(check.valid.size()) + " 人）不一致，未保存任何数据。");
    return found;
  };
  std::optional<FileRow> row;  // set once the file is in the storage (a rerun keeps it)
  if (errors.empty()) {
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
        int64_t enrollment_id = 0;
        if (e) {
          enrollment_id = e->i64("id");
        } else {  // seq 1 (checked above); submitted below, or rolled back with the roster
          ctx.db.exec("INSERT INTO enrollments (school_id, year_id, product_id, seq, status) VALUES (?, ?, ?, 1, 'draft')",
                      {school_id, year->id, product_id});
          enrollment_id = static_cast<int64_t>(ctx.db.last_insert_id());
        }
        // The roster is checked and stored batch by batch while the sandbox reads it.
        RosterTarget target{enrollment_id, static_cast<size_t>(declared), typed.keep_valid};
        upload = roster_upload_read(ctx, file, product_id, year->id, school_id, kind, &target);
        if (!roster_errors().empty()) throw RosterRefused{};
        const int64_t stored = static_cast<int64_t>(upload.check.valid.size());
        if (!row) row = roster_upload_file_row(ctx, *file, upload.format, school_id, kind);
        int64_t file_id = files_insert(ctx.db, *row);
        ctx.db.exec("UPDATE enrollments SET company_id = ?, declared_count = ?, stored_count = ?, status = 'submitted',"
                    " roster_file_id = ?, batch_key = ?, submitted_by = ?, submitted_at = UTC_TIMESTAMP(),"
                    " updated_at = UTC_TIMESTAMP() WHERE id = ?",
                    {company_id, declared, stored, file_id, batch_key, a.id, enrollment_id});
        coverage.commit();
        audit(ctx, "enrollment_submitted", "enrollment", std::to_string(enrollment_id),
              "product=" + std::to_string(product_id) + " seq=" + std::to_string(seq) + " year=" + year->label +
                  " count=" + std::to_string(stored) + " file=" + std::to_string(file_id));
      });
    } catch (const RosterRefused&) {
      errors = roster_errors();
    } catch (const AlreadySubmitted&) {
      throw HttpError(409, kSubmittedAlready);
    } catch (const DbError& e) {
      if (e.code() != 1062) throw;
      // A concurrent POST won: the same batch (a double click) is done; another one conflicts.
      if (!batch_done(ctx, batch_key)) throw HttpError(409, kSubmittedAlready);
    }
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
  ctx.res.redirect(done_url, true);
}
