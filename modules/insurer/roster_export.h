// insurer/roster_export.h - 下载区域花名册: every roster row of every enrollment of one year and
// product in a region, within an insurer's scope (the predicate of insurer/enrollment_scope.h:
// its company, its region pattern, no drafts; narrowed to the chosen city or county), as one
// .xlsx with the school columns 学校名称 and 所属地区 before the product's roster columns (full
// ID numbers: insurers need them; text cells only). Always a background job (kind
// export_rosters) so no request waits for a large region: the page queues it, the jobs worker
// runs roster_export_run in constant memory (enrollments and their rows read in keyset pages,
// libxlsxwriter constant_memory) and records progress every kRosterExportProgressRows rows.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

class Db;
struct Account;
struct Config;
struct Job;

constexpr char kRosterExportKind[] = "export_rosters";
constexpr int64_t kRosterExportProgressRows = 5000;

// What to export: year and product ids and a region code inside the account's region (its own
// code for the whole scope, a city or a county).
struct RosterExportParams {
  int64_t year_id = 0;
  int64_t product_id = 0;
  std::string region;
};

// The region code the form asks for (county if chosen, else city, else the account's own
// region), or nullopt when it is not the account's own region or a city or county inside it (a
// county account may only export its own county; a county must lie in the chosen city).
std::optional<std::string> roster_export_region(Db& db, const Account& insurer, const std::string& city,
                                                const std::string& county);

// Roster rows the export would write (the job's total).
int64_t roster_export_count(Db& db, const Account& insurer, const RosterExportParams& p);

// The params as the job's JSON object: {"year_id":N,"product_id":N,"region":"CODE"}.
std::string roster_export_params_json(const RosterExportParams& p);

// Thrown by roster_export_run when stop() turned true: the job goes back to the queue.
struct JobStopped {};
// Thrown inside roster_export_run when the owner cancelled the job: its file is dropped.
struct JobCancelled {};

// Runs one claimed export_rosters job: reloads the account (an inactive or non-insurer account
// fails the job), checks the region again, writes the workbook, stores it as a files row (kind
// export, uploaded_by the account) and marks the job done; any failure marks it failed with a
// Chinese message (the English reason goes to the log). stop() is polled between pages of rows,
// and so is the job's status: a job cancelled meanwhile ends without storing anything.
void roster_export_run(Db& db, const Config& config, const Job& job, const std::function<bool()>& stop);
