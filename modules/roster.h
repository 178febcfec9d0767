// roster.h - the 花名册 (roster) of an enrollment (PRODUCT.md "Roster rules"): the columns of
// each product, header detection, the row checks, the duplicate checks (in the file and
// against other schools' rosters of the same year and product), storage of the rows of one
// enrollment (ID numbers encrypted, HMAC for lookups, masked copy for lists) and the
// spreadsheets the roster pages offer (template, problem report, roster download).
// Implemented in roster_columns.cpp, roster_check.cpp, roster_store.cpp, roster_intake.cpp,
// roster_xlsx.cpp, roster_diff.cpp (roster_rows.h: the statements the storing files share).
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sheet.h"

class Db;
struct Config;

// Products (table products; ids are fixed).
constexpr int64_t kProductStudent = 1;  // 校方责任险: students
constexpr int64_t kProductStaff = 2;    // 教职工校方责任保险: staff
constexpr int64_t kProductIntern = 3;   // 职业院校学生实习责任保险: interns (vocational only)

// The 证件类型 stored for an empty cell.
inline constexpr std::string_view kIdTypeResident = "居民身份证";
// Allowed 证件类型 values: exactly the roster_rows.id_type ENUM, in its order.
const std::vector<std::string>& roster_id_types();

// One column of a product's roster. key names the RosterRow field ("seq", "name", "sex",
// "id_type", "id_number", "grade", "class_name", "position", "major", "internship_unit",
// "note"); header is the Chinese heading of the template; max_chars 0 = not stored.
struct RosterColumn {
  std::string key;
  std::string header;
  bool required = false;   // the header must be present in an upload
  size_t max_chars = 0;    // longest value stored (characters)
  double width = 12;       // template column width
};
// Students: 序号, 姓名, 性别, 证件类型, 证件号码, 年级, 班级, 备注; staff: 序号, 姓名, 性别,
// 证件类型, 证件号码, 岗位, 备注; interns: 序号, 姓名, 性别, 证件类型, 证件号码, 专业, 实习单位,
// 备注. Required: 姓名, 性别, 证件号码. Throws std::invalid_argument for another product id.
const std::vector<RosterColumn>& roster_columns(int64_t product_id);

// The key of the column a header cell names (surrounding and inner spaces, full-width
// characters, a trailing "*" or "(必填)" tolerated; a few common synonyms such as 身份证号 for
// 证件号码), or "" when the cell names none of the product's columns.
std::string roster_header_key(int64_t product_id, std::string_view cell);

// One person of a roster, trimmed and normalised.
struct RosterRow {
  size_t row_no = 0;       // the sheet row it came from (as Excel shows it); after roster_load
                           // the stored 1-based position
  std::string name, sex;   // sex: 男 / 女
  std::string id_type;     // one of roster_id_types()
  std::string id_number;   // normalised (resident IDs: 17 digits + digit/X); "" for 无证件
  std::string grade, class_name, position, major, internship_unit, note;  // "" = not given
};

// One finding for the user: sheet row (0 = the file as a whole), column heading, the value as
// found, and the reason in Chinese.
struct RosterProblem {
  size_t row = 0;
  std::string column, value, reason;
};

struct RosterCheck {
  std::vector<RosterRow> valid;           // rows without problems, in sheet order
  std::vector<RosterProblem> problems;    // in sheet order (duplicates after the rows)
  size_t data_rows = 0;                   // rows below the header that hold any value
  bool header_found = false;              // false: no header row, or a required column is
                                          // missing; problems says why, no row was checked
};

// Checks a roster sheet row by row as it streams from sheet_read(): the header is the first
// row (among the first 20) that names at least two of the product's columns incl. 姓名 or
// 证件号码; rows above it are ignored (titles); rows below it whose cells are all empty (or
// only 序号) are skipped. Rules: 姓名 required, ≤ 50 characters; 性别 男/女; 证件类型 one of
// roster_id_types() (empty = 居民身份证, 身份证 accepted for it); 证件号码: resident IDs pass
// idcard_check() and their sex digit matches 性别 (the template's example ID is refused: the
// example row was left in), and one stored by the spreadsheet as a number is refused when
// digits may have been lost (more than 15 significant digits, exponent, or an 18-digit value
// ending in 000 — Excel keeps 15 digits); other types 2–30 characters of A–Z a–z 0–9 ( ) -
// (letters upper-cased); 无证件 needs an empty number; optional columns within their stored
// length; the same type + number twice in the file names every row that has it. A missing
// required column, no header at all and no data rows are problems of row 0 / the header row.
class RosterChecker {
 public:
  explicit RosterChecker(int64_t product_id);
  void add(size_t row_number, const SheetRow& cells);
  RosterCheck finish();
  // Before finish(): the data rows added so far (every one, in sheet order), whether row i has
  // passed its own checks (a later row with the same ID number can still make it a duplicate),
  // and the problems found so far.
  size_t rows_added() const { return result_.valid.size(); }
  const RosterRow& row(size_t i) const { return result_.valid[i]; }
  bool row_ok(size_t i) const { return ok_[i] != 0; }
  size_t problems_so_far() const { return result_.problems.size(); }

 private:
  void add_header(size_t row_number, const SheetRow& cells);
  void add_data(size_t row_number, const SheetRow& cells);
  int64_t product_id_;
  std::string example_id_;                  // the template's example ID number
  std::vector<int> fields_;                 // per sheet column: index into columns_, or -1
  std::vector<const RosterColumn*> columns_;  // the product's columns, by field index
  size_t rows_seen_ = 0;
  std::vector<std::string> missing_;        // required headings not found
  std::vector<char> ok_;                    // per row of result_.valid: no problem so far
  std::vector<char> id_ok_;                 // per row: the ID number passed its check
  RosterCheck result_;
};

// The whole check over rows already read: (sheet row number, cells) pairs.
RosterCheck roster_check(int64_t product_id, const std::vector<std::pair<size_t, SheetRow>>& rows);

// Rows whose (证件类型, 证件号码) is already stored for the same year and product by another
// school (any of its enrollments): one problem per such row naming that school, masked
// (roster_mask_school). One query per 1,000 rows (Db::query_in over the HMACs).
std::vector<RosterProblem> roster_duplicates_elsewhere(Db&, const Config&, int64_t year_id, int64_t product_id,
                                                       int64_t school_id, const std::vector<RosterRow>&);

// A roster checked while it streams in, with the other-school check batch by batch: each 1,000
// rows (and the rest at finish) that passed their own checks are looked up as in
// roster_duplicates_elsewhere, and, once store_into() named an enrollment, stored into it
// right away (row_no 1, 2, ... in sheet order, as roster_store). finish() gives what
// roster_check followed by roster_duplicates_elsewhere gives: rows found elsewhere moved from
// valid to the end of problems (only rows that survived the in-file duplicate check are named).
// Implemented in roster_intake.cpp.
class RosterIntake {
 public:
  RosterIntake(Db&, const Config&, int64_t product_id, int64_t year_id, int64_t school_id);
  // Stores into enrollment_id from now on (inside the caller's transaction, which should hold
  // the school's row lock as roster_store's callers do; throws std::logic_error outside one):
  // its old rows are deleted here. Storing stops once more than limit rows would be stored,
  // or at the first problem unless keep_valid — the upload is refused then, and the caller
  // rolls back. Whenever the result is storable (valid.size() <= limit, and problems empty or
  // keep_valid), after finish() the enrollment holds exactly the result's valid rows.
  void store_into(int64_t enrollment_id, size_t limit, bool keep_valid);
  // Adds every row of the file at path, read by sheet_read_sandboxed (its SheetError passes
  // through). Checking, encrypting and the other-school lookups run on a helper thread (the
  // lookups on a second connection of its own, opened for this read: they read committed rows
  // only) while this thread stores the batches, so the reader process, the checks and both
  // database connections work at once; the caller's connection is used on this thread only.
  // Call at most once, before finish().
  void read(const std::string& path, const SheetLimits& limits);
  // Adds one row (the same work as read, all on this thread).
  void add(size_t row_number, const SheetRow& cells);
  RosterCheck finish();

 private:
  struct Batch;
  Batch take_batch();   // the rows added since the last batch that passed their checks, sealed
  void put_batch(Batch&);  // their other-school lookup and, when storing, their insert
  Db& db_;
  const Config& config_;
  int64_t product_id_, year_id_, school_id_;
  RosterChecker checker_;
  size_t taken_ = 0;                      // checker rows taken into batches
  std::vector<RosterProblem> elsewhere_;  // other-school duplicates, in sheet order
  int64_t enrollment_id_ = 0;             // 0: not storing
  size_t limit_ = 0;
  bool keep_valid_ = false, stopped_ = false;
  std::vector<size_t> stored_;            // sheet row numbers of the stored rows, in order
};

// Replaces the roster of an enrollment: deletes its rows, then inserts rows (row_no 1..n in
// the given order) in multi-row statements of 500 with the ID encrypted, its HMAC and masked
// copy. Must run inside the caller's transaction (throws std::logic_error otherwise); the
// caller updates enrollments.stored_count there. Returns the rows stored.
size_t roster_store(Db&, const Config&, int64_t enrollment_id, int64_t year_id, int64_t product_id,
                    const std::vector<RosterRow>&);

// The stored rows of an enrollment in row_no order, ID numbers decrypted (for the download and
// for diffs); read in pages so memory holds the rows, not the result buffers.
std::vector<RosterRow> roster_load(Db&, const Config&, int64_t enrollment_id);
// The same rows handed to each one at a time (pages of 5,000 rows: memory does not grow with
// the roster) — the region export streams them into its workbook.
void roster_each(Db&, const Config&, int64_t enrollment_id, const std::function<void(const RosterRow&)>& each);

// What a new roster changes against the stored one (the admin's review of 申请修改). People
// are matched by (证件类型, 证件号码), or by 姓名 + 性别 when there is no number (无证件);
// changed = matched but any other stored field differs. Lists keep the order of their roster.
struct RosterDiff {
  std::vector<RosterRow> added, removed;
  std::vector<std::pair<RosterRow, RosterRow>> changed;  // (before, after)
  size_t unchanged = 0;
};
RosterDiff roster_diff(const std::vector<RosterRow>& before, const std::vector<RosterRow>& after);

// "郑州市金水区文化路第一小学" → "郑州市金水区****小学": the first 6 and last 2 characters of a
// longer name; shorter names keep less.
std::string roster_mask_school(std::string_view name);
// The id_masked value stored for a number (≤ 24 characters): 4101**********1234 for 18
// characters, otherwise all but the last 2–4 starred.
std::string roster_mask_id(std::string_view number);

// The example row of a product's template (a made-up person with a valid ID number), as
// cells in the order of roster_columns(product_id).
std::vector<std::string> roster_example_row(int64_t product_id);

// The template of a product: sheet 花名册 (header row, one example row with a made-up valid
// ID number) and sheet 说明 (the rules in Chinese). Throws XlsxError.
void roster_template_xlsx(int64_t product_id, const std::string& path);
// The problem report: sheet 问题 with 行号, 列, 内容, 问题 (row 0 shows as 全表).
void roster_problems_xlsx(const std::vector<RosterProblem>& problems, const std::string& path);
// The roster download: the product's columns, full ID numbers (the school's own data and what
// insurers need), 序号 = row_no.
void roster_xlsx(const std::vector<RosterRow>& rows, int64_t product_id, const std::string& path);
// The cells of one row under the product's columns (roster_columns order), 序号 = row_no, full
// ID number: what roster_xlsx writes per row, for exports that add columns of their own.
std::vector<std::string> roster_row_cells(const RosterRow& row, int64_t product_id);
