// insurer/roster_export.cpp - the region roster export job (see insurer/roster_export.h). Scope:
// every query carries "e.company_id = ? AND e.region_code LIKE ? AND e.status <> 'draft'" with the
// account's company and region pattern, plus the chosen region's pattern, year and product.
#include "insurer/roster_export.h"

#include <unistd.h>

#include <algorithm>
#include <stdexcept>

#include "files.h"
#include "generated.h"
#include "jobs.h"
#include "json.h"
#include "log.h"
#include "roster.h"
#include "scope.h"
#include "session.h"
#include "xlsx_writer.h"

namespace {

// An account as the worker reloads it (the job runs without a session).
std::optional<Account> load_insurer(Db& db, int64_t account_id) {
  auto r = db.query_one(
      "SELECT id, kind, region_code, company_id, insurer_level FROM accounts"
      " WHERE id = ? AND kind = 'insurer' AND status = 'active' AND company_id IS NOT NULL",
      {account_id});
  if (!r) return std::nullopt;
  Account a;
  a.id = r->i64("id");
  a.kind = r->str("kind");
  a.region_code = r->str("region_code");
  a.company_id = r->i64("company_id");
  a.insurer_level = r->str("insurer_level");
  return a;
}

int64_t member_id(const JsonMembers& m, const char* name) {
  auto it = m.find(name);
  if (it == m.end() || it->second.text.empty() || it->second.text.size() > 18 ||
      it->second.text.find_first_not_of("0123456789") != std::string::npos)
    throw std::runtime_error(std::string("job params: bad ") + name);
  return std::stoll(it->second.text);
}

// "郑州市 金水区" or "开封市（市直）", as the 投保数据 list shows a region.
std::string region_text(const Row& r) {
  return r.i64("city_direct") ? r.str("city") + "（市直）" : r.str("city") + " " + r.str("region");
}

// The display name of the result: <region><year><product>花名册.xlsx.
std::string result_name(Db& db, const RosterExportParams& p) {
  auto r = db.query_one(
      "SELECT rg.name AS region, y.label AS year, pr.name AS product FROM regions rg, academic_years y, products pr"
      " WHERE rg.code = ? AND y.id = ? AND pr.id = ?",
      {p.region, p.year_id, p.product_id});
  if (!r) throw std::runtime_error("export: unknown region, year or product");
  return r->str("region") + r->str("year") + r->str("product") + "花名册.xlsx";
}

// Writes the workbook at path, calling progress(rows written) every kRosterExportProgressRows.
int64_t write_workbook(Db& db, const Config& config, const Account& me, const RosterExportParams& p,
                       const std::string& path, const std::function<void(int64_t)>& progress) {
  const auto& columns = roster_columns(p.product_id);
  XlsxWriter book(path);
  book.add_sheet("花名册");
  std::vector<double> widths = {36, 20};
  std::vector<std::string> header = {"学校名称", "所属地区"};
  for (const RosterColumn& c : columns) {
    widths.push_back(c.width);
    header.push_back(c.header);
  }
  book.column_widths(widths, true);
  book.header(header);
  int64_t written = 0;
  db.stream(
      "SELECT e.id, s.name AS school, rc.name AS city, rr.name AS region, e.region_code = e.city_code AS city_direct"
      " FROM enrollments e JOIN schools s ON s.id = e.school_id"
      " JOIN regions rc ON rc.code = e.city_code JOIN regions rr ON rr.code = e.region_code"
      " WHERE e.company_id = ? AND e.region_code LIKE ? AND e.status <> 'draft' AND e.year_id = ? AND e.product_id = ?"
      " AND e.region_code LIKE ? AND e.id > ? ORDER BY e.id LIMIT ?",
      {me.company_id, region_pattern(me), p.year_id, p.product_id, region_pattern_for_code(p.region)}, "id",
      [&](const Row& e) {
        std::string school = e.str("school"), region = region_text(e);
        roster_each(db, config, e.i64("id"), [&](const RosterRow& r) {
          std::vector<std::string> cells = roster_row_cells(r, p.product_id);
          cells.insert(cells.begin(), {school, region});
          book.row(cells);
          if (++written % kRosterExportProgressRows == 0) progress(written);
        });
      },
      500);
  book.close();
  return written;
}

}  // namespace

std::optional<std::string> roster_export_region(Db& db, const Account& insurer, const std::string& city,
                                                const std::string& county) {
  if (insurer.kind != "insurer" || insurer.company_id == 0) return std::nullopt;
  if (!county.empty() && !city.empty()) {
    auto parent = db.query_one("SELECT 1 FROM regions WHERE code = ? AND parent_code = ? AND level = 'county'", {county, city});
    if (!parent) return std::nullopt;
  }
  std::string code = !county.empty() ? county : !city.empty() ? city : insurer.region_code;
  if (code == insurer.region_code) return code;
  auto r = db.query_one("SELECT code FROM regions WHERE code = ? AND code LIKE ? AND level IN ('city', 'county')",
                        {code, region_pattern(insurer)});
  if (!r) return std::nullopt;
  return code;
}

int64_t roster_export_count(Db& db, const Account& me, const RosterExportParams& p) {
  auto r = db.query_one(
      "SELECT COUNT(*) AS n FROM roster_rows r JOIN enrollments e ON e.id = r.enrollment_id"
      " WHERE e.company_id = ? AND e.region_code LIKE ? AND e.status <> 'draft' AND e.year_id = ? AND e.product_id = ?"
      " AND e.region_code LIKE ?",
      {me.company_id, region_pattern(me), p.year_id, p.product_id, region_pattern_for_code(p.region)});
  return r ? r->i64("n") : 0;
}

std::string roster_export_params_json(const RosterExportParams& p) {
  return "{\"year_id\":" + std::to_string(p.year_id) + ",\"product_id\":" + std::to_string(p.product_id) +
         ",\"region\":" + json_string(p.region) + "}";
}

void roster_export_run(Db& db, const Config& config, const Job& job, const std::function<bool()>& stop) {
  std::string path;
  try {
    auto me = load_insurer(db, job.account_id);
    if (!me) {
      jobs_fail(db, job.id, "账号已停用或不是承保机构账号，导出未执行。");
      return;
    }
    RosterExportParams p;
    p.year_id = member_id(job.params, "year_id");
    p.product_id = member_id(job.params, "product_id");
    auto region = job.params.find("region");
    if (region == job.params.end() || !region->second.is_string) throw std::runtime_error("job params: no region");
    // the region is checked again: the account's region may have changed since the job was queued
    if (roster_export_region(db, *me, region->second.text, "") != region->second.text) {
      jobs_fail(db, job.id, "所选区域不在您的负责范围内。");
      return;
    }
    p.region = region->second.text;
    std::string name = result_name(db, p);
    int64_t total = roster_export_count(db, *me, p);
    jobs_progress(db, job.id, 0, total);
    path = generated_path(config, ".xlsx");
    TempFile guard(path);
    int64_t written = write_workbook(db, config, *me, p, path, [&](int64_t n) {
      if (stop()) throw JobStopped{};
      if (!jobs_still_running(db, job.id)) throw JobCancelled{};
      jobs_progress(db, job.id, n, std::max(total, n));
    });
    if (!jobs_still_running(db, job.id)) throw JobCancelled{};
    jobs_progress(db, job.id, written, written);
    FileRow row;
    row.kind = "export";
    row.original_name = name;
    row.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    row.uploaded_by = me->id;
    int64_t file_id = files_store_generated(db, config, path, row);
    jobs_done(db, job.id, file_id);
    log_line("info", "job " + std::to_string(job.id) + " export_rosters: " + std::to_string(written) + " rows");
  } catch (const JobCancelled&) {
    log_line("info", "job " + std::to_string(job.id) + " cancelled by its owner; its file dropped");
  } catch (const JobStopped&) {
    jobs_requeue(db, job.id);
    log_line("info", "job " + std::to_string(job.id) + " given back to the queue (stopping)");
  } catch (const std::exception& e) {
    log_line("error", "job " + std::to_string(job.id) + " export_rosters failed: " + e.what());
    jobs_fail(db, job.id, "导出失败，请稍后重新提交；如仍失败请联系管理中心。");
  }
}
