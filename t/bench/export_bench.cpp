// t/bench/export_bench.cpp - the region roster export (下载区域花名册) at scale, for
// t/bench/export.sh. Three steps, each its own invocation; database from $HNEDU_CONF:
//
//   export_bench load --region COUNTY --rows N --year ID --company ID --tsv OUT
//       creates schools in county COUNTY (500 students each, the last one fewer), one submitted
//       enrollment per school (product 校方责任险, the given company) and its roster rows through
//       the application's own roster_store (real ciphertexts, HMACs and masks); writes the
//       cells the export will write for them (学校名称, 所属地区, then the product's columns),
//       row by row in export order, as TSV: the openpyxl baseline's input and verify's answer.
//       Prints: rows=N schools=N load_s=..
//   export_bench run --account ID --year ID --region CODE
//       queues an export_rosters job for the insurer account (jobs_enqueue, as the page does)
//       and runs it in a forked child with jobs_run_queued (what `manage jobs-worker` does);
//       the child's wall time and peak RSS come from wait4. Exits 1 unless the job ends done.
//       Prints: rows=N wall_s=.. rows_per_s=.. max_rss_kb=.. user_s=.. sys_s=.. xlsx=PATH
//   export_bench verify --xlsx FILE --tsv FILE
//       reads the workbook back with the application's streaming reader and compares the
//       header with the product's columns and every data row with the TSV, cell by cell.
//       Prints: verified_rows=N ; exits 1 at the first difference (and says where).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "config.h"
#include "db.h"
#include "files.h"
#include "insurer/roster_export.h"
#include "jobs.h"
#include "jobs_worker.h"
#include "roster.h"
#include "sheet.h"

namespace {

constexpr int64_t kPerSchool = 500;

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// Deterministic pseudo-random numbers (the same data on every run).
struct Lcg {
  uint64_t s;
  uint64_t next() {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return s >> 33;
  }
  size_t pick(size_t n) { return static_cast<size_t>(next() % n); }
};

// A valid resident ID number: region, birth date, sequence (its parity is the sex), check digit.
std::string id_number(const std::string& region, int64_t k, bool male) {
  static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  // birth dates spread over 2008-2019, 400 people a day per county at most
  int64_t day = k / 400;
  int y = 2008 + static_cast<int>(day / 336), m = 1 + static_cast<int>(day % 336 / 28), d = 1 + static_cast<int>(day % 28);
  int seq = static_cast<int>(k % 400) * 2 + (male ? 1 : 0) + 100;  // 100..899
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%04d%02d%02d%03d", region.c_str(), y, m, d, seq);
  std::string s = buf;
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (s[i] - '0') * w[i];
  s += "10X98765432"[sum % 11];
  return s;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

// Cells as the reader delivers them: up to the last non-empty one.
void trim_trailing_empty(std::vector<std::string>& cells) {
  while (!cells.empty() && cells.back().empty()) cells.pop_back();
}

std::map<std::string, std::string> options(int argc, char** argv) {
  std::map<std::string, std::string> o;
  for (int i = 2; i + 1 < argc; i += 2) o[argv[i]] = argv[i + 1];
  return o;
}

int64_t need_i64(const std::map<std::string, std::string>& o, const std::string& k) {
  auto it = o.find(k);
  if (it == o.end()) throw std::runtime_error("missing " + k);
  return std::stoll(it->second);
}

std::string need_str(const std::map<std::string, std::string>& o, const std::string& k) {
  auto it = o.find(k);
  if (it == o.end()) throw std::runtime_error("missing " + k);
  return it->second;
}

int load(const std::map<std::string, std::string>& o) {
  std::string county = need_str(o, "--region"), tsv_path = need_str(o, "--tsv");
  int64_t rows = need_i64(o, "--rows"), year = need_i64(o, "--year"), company = need_i64(o, "--company");
  Config config = Config::from_env();
  Db db(config);
  auto names = db.query_one(
      "SELECT c.code AS city_code, c.name AS city, r.name AS county FROM regions r JOIN regions c ON c.code = r.parent_code"
      " WHERE r.code = ? AND r.level = 'county'",
      {county});
  if (!names) throw std::runtime_error("not a county: " + county);
  std::string city_code = names->str("city_code");
  std::string region_text = names->str("city") + " " + names->str("county");  // as the export writes it

  static const char* surnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱",
                                   "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于"};
  static const char* given[] = {"子涵", "浩然", "欣怡", "宇轩", "梓萱", "一诺", "雨桐", "俊杰", "思远", "佳怡",
                                "明轩", "诗涵", "博文", "若曦", "嘉懿", "晨阳", "可馨", "天佑", "语嫣", "志强",
                                "晓燕", "文博", "静怡", "家豪", "梦琪", "国庆", "丽娜", "建华", "秀英", "伟"};
  static const char* grades[] = {"一年级", "二年级", "三年级", "四年级", "五年级", "六年级"};
  static const char* places[] = {"实验", "第一", "第二", "第三", "育才", "向阳", "光明", "红旗", "建设", "民主"};
  Lcg rng{static_cast<uint64_t>(std::stoll(county))};

  std::ofstream tsv(tsv_path);
  auto t0 = std::chrono::steady_clock::now();
  int64_t k = 0, schools = 0;
  while (k < rows) {
    int64_t n = std::min(kPerSchool, rows - k);
    ++schools;
    std::string school = names->str("county") + places[schools % 10] + "小学" + std::to_string(schools) + "校区";
    std::vector<RosterRow> roster;
    roster.reserve(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i, ++k) {
      RosterRow r;
      r.row_no = static_cast<size_t>(i + 1);
      bool male = rng.next() % 2;
      r.name = std::string(surnames[rng.pick(28)]) + given[rng.pick(30)];
      r.sex = male ? "男" : "女";
      r.id_type = "居民身份证";
      r.id_number = id_number(county, k, male);
      r.grade = grades[rng.pick(6)];
      r.class_name = std::to_string(1 + rng.pick(8)) + "班";
      if (rng.pick(20) == 0) r.note = "插班生";
      roster.push_back(std::move(r));
    }
    db.transaction([&] {
      db.exec("INSERT INTO schools (name, region_code, city_code, school_type, nature, contact_name, contact_mobile,"
              " status, approved_at) VALUES (?, ?, ?, '小学', '公办', '王老师', '138****0000', 'active', UTC_TIMESTAMP())",
              {school, county, city_code});
      int64_t school_id = static_cast<int64_t>(db.last_insert_id());
      db.exec("INSERT INTO enrollments (school_id, year_id, product_id, seq, region_code, city_code, company_id,"
              " declared_count, stored_count, status, submitted_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, 'submitted',"
              " UTC_TIMESTAMP())",
              {school_id, year, kProductStudent, county, city_code, company, n, n});
      int64_t enrollment = static_cast<int64_t>(db.last_insert_id());
      roster_store(db, config, enrollment, year, kProductStudent, roster);
    });
    for (const RosterRow& r : roster) {
      tsv << school << '\t' << region_text;
      for (const std::string& c : roster_row_cells(r, kProductStudent)) tsv << '\t' << c;
      tsv << '\n';
    }
  }
  tsv.close();
  if (!tsv) throw std::runtime_error("cannot write " + tsv_path);
  std::printf("rows=%lld schools=%lld load_s=%.1f\n", static_cast<long long>(rows), static_cast<long long>(schools),
              seconds_since(t0));
  return 0;
}

int run(const std::map<std::string, std::string>& o) {
  RosterExportParams p;
  p.year_id = need_i64(o, "--year");
  p.product_id = kProductStudent;
  p.region = need_str(o, "--region");
  int64_t account = need_i64(o, "--account");
  Config config = Config::from_env();
  int64_t job_id = 0;
  {
    Db db(config);
    job_id = jobs_enqueue(db, kRosterExportKind, account, roster_export_params_json(p));
  }  // no connection is open across the fork
  std::cout.flush();
  auto t0 = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    int rc = 0;
    try {
      Config child_config = Config::from_env();
      Db db(child_config);
      JobsRun r = jobs_run_queued(db, child_config, jobs_worker_id(), [] { return false; });
      rc = r.done == 1 ? 0 : 3;
    } catch (const std::exception& e) {
      std::cerr << "export_bench: worker child: " << e.what() << "\n";
      rc = 4;
    }
    std::cout.flush();
    _exit(rc);
  }
  int status = 0;
  struct rusage ru {};
  if (wait4(pid, &status, 0, &ru) != pid) throw std::runtime_error("wait4 failed");
  double wall = seconds_since(t0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error("worker child ended with status " + std::to_string(status));

  Db db(config);
  auto job = db.query_one(
      "SELECT j.status, j.progress, j.error, f.sha256, f.size_bytes FROM jobs j LEFT JOIN files f ON f.id = j.result_file_id"
      " WHERE j.id = ?",
      {job_id});
  if (!job || job->str("status") != "done" || job->is_null("sha256"))
    throw std::runtime_error("job " + std::to_string(job_id) + " did not end done: " +
                             (job ? job->str("status") + " " + job->str("error") : std::string("gone")));
  int64_t rows = job->i64("progress");
  std::printf("rows=%lld wall_s=%.3f rows_per_s=%.0f max_rss_kb=%ld user_s=%.2f sys_s=%.2f bytes=%lld xlsx=%s\n",
              static_cast<long long>(rows), wall, static_cast<double>(rows) / wall, ru.ru_maxrss,
              static_cast<double>(ru.ru_utime.tv_sec) + ru.ru_utime.tv_usec / 1e6,
              static_cast<double>(ru.ru_stime.tv_sec) + ru.ru_stime.tv_usec / 1e6,
              static_cast<long long>(job->i64("size_bytes")), files_path(config, job->str("sha256")).c_str());
  return 0;
}

int verify(const std::map<std::string, std::string>& o) {
  std::string xlsx = need_str(o, "--xlsx"), tsv_path = need_str(o, "--tsv");
  std::ifstream tsv(tsv_path);
  if (!tsv) throw std::runtime_error("cannot read " + tsv_path);
  std::vector<std::string> header = {"学校名称", "所属地区"};
  for (const RosterColumn& c : roster_columns(kProductStudent)) header.push_back(c.header);
  SheetLimits limits;
  limits.max_rows = 50000000;
  limits.max_file_bytes = uint64_t{1} << 40;
  limits.max_uncompressed = uint64_t{1} << 40;
  limits.max_ratio = 1000000;
  limits.max_shared_strings = 50000000;
  size_t data_rows = 0;
  std::string line;
  sheet_read(xlsx, limits, [&](size_t row_number, const SheetRow& cells) {
    std::vector<std::string> got;
    for (const SheetCell& c : cells) got.push_back(c.text);
    std::vector<std::string> want;
    if (row_number == 1) {
      want = header;
    } else {
      if (!std::getline(tsv, line)) throw std::runtime_error("sheet has more rows than the TSV at row " + std::to_string(row_number));
      want = split_tabs(line);
      ++data_rows;
    }
    trim_trailing_empty(got);
    trim_trailing_empty(want);
    if (got != want) {
      std::ostringstream m;
      m << "row " << row_number << " differs: sheet";
      for (auto& c : got) m << " [" << c << "]";
      m << " / expected";
      for (auto& c : want) m << " [" << c << "]";
      throw std::runtime_error(m.str());
    }
  });
  if (std::getline(tsv, line)) throw std::runtime_error("sheet ends after " + std::to_string(data_rows) + " data rows, TSV goes on");
  std::printf("verified_rows=%zu\n", data_rows);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string cmd = argc > 1 ? argv[1] : "";
  try {
    auto o = options(argc, argv);
    if (cmd == "load") return load(o);
    if (cmd == "run") return run(o);
    if (cmd == "verify") return verify(o);
  } catch (const std::exception& e) {
    std::cerr << "export_bench " << cmd << ": " << e.what() << "\n";
    return 1;
  }
  std::cerr << "usage: export_bench load --region COUNTY --rows N --year ID --company ID --tsv OUT\n"
               "       export_bench run --account ID --year ID --region CODE\n"
               "       export_bench verify --xlsx FILE --tsv FILE\n";
  return 2;
}
