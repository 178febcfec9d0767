// t/unit/deadline_test.cpp - effective deadlines with extensions (modules/deadline) against the
// t_unit database through an anonymous request context (demo schools: 1 and 5 in county 410105, 3 in county 410122, 11 in county
// 410103, all of city 410100). Each case inserts its own academic year (unique label) and
// extensions, and deletes them again at the end.
#include <boost/test/unit_test.hpp>

#include "config.h"
#include "context.h"
#include "crypto.h"
#include "dates.h"
#include "db.h"
#include "deadline.h"
#include "support.h"

namespace {

// A throw-away academic year with the given deadlines, and its extensions; removed on scope exit.
struct TestYear {
  Db& db;
  AcademicYear year;
  int64_t admin_id = 0;

  TestYear(Db& d, const std::string& enroll, const std::string& policy = "2020-10-31",
           const std::string& stats = "2020-10-31")
      : db(d) {
    std::string label = "u-" + to_hex(random_bytes(3)) + "x";  // CHAR(9), unique per case
    db.exec("INSERT INTO academic_years (label, starts_on, ends_on, enroll_deadline, policy_deadline,"
            " stats_deadline, is_current) VALUES (?, '2020-09-01', '2199-08-31', ?, ?, ?, 0)",
            {label, enroll, policy, stats});
    year.id = static_cast<int64_t>(db.last_insert_id());
    year.label = label;
    year.enroll_deadline = enroll;
    year.policy_deadline = policy;
    year.stats_deadline = stats;
    admin_id = db.query_one("SELECT MIN(id) AS id FROM accounts WHERE kind = 'admin'")->i64("id");
  }
  ~TestYear() {
    try {
      db.exec("DELETE FROM deadline_extensions WHERE year_id = ?", {year.id});
      db.exec("DELETE FROM academic_years WHERE id = ?", {year.id});
    } catch (...) {
    }
  }
  void for_school(const char* kind, int64_t school_id, const std::string& to, const std::string& reason) {
    db.exec("INSERT INTO deadline_extensions (year_id, deadline, school_id, extended_to, reason, granted_by)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            {year.id, std::string(kind), school_id, to, reason, admin_id});
  }
  void for_region(const char* kind, const std::string& region, const std::string& to, const std::string& reason) {
    db.exec("INSERT INTO deadline_extensions (year_id, deadline, region_code, extended_to, reason, granted_by)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            {year.id, std::string(kind), region, to, reason, admin_id});
  }
  void for_company(const char* kind, int64_t company_id, const std::string& to) {
    db.exec("INSERT INTO deadline_extensions (year_id, deadline, company_id, extended_to, reason, granted_by)"
            " VALUES (?, ?, ?, ?, 'company', ?)",
            {year.id, std::string(kind), company_id, to, admin_id});
  }
};

// deadline_for_school for an anonymous request (the reference stamp is read afresh each time,
// so each call sees the extensions inserted before it).
DeadlineState deadline_of(Db& db, const AcademicYear& year, int64_t school_id, DeadlineKind kind) {
  static const Area area{"school", "/t/", "/t/login", {}};
  Request req;
  Response res;
  Session session;
  Ctx ctx{db.config(), db, req, res, session, area, 0, {}};
  return deadline_for_school(ctx, year, school_id, kind);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(deadline)

BOOST_AUTO_TEST_CASE(year_date_without_extensions) {
  Config c = test_config();
  Db db(c);
  TestYear past(db, "2020-09-30");
  DeadlineState s = deadline_of(db, past.year, 1, DeadlineKind::enroll);
  BOOST_TEST(s.last_day == "2020-09-30");
  BOOST_TEST(!s.open);
  BOOST_TEST(!s.extended);
  BOOST_TEST(s.reason.empty());

  TestYear future(db, "2199-09-30", "2199-10-31", "2199-11-30");
  s = deadline_of(db, future.year, 1, DeadlineKind::enroll);
  BOOST_TEST(s.open);
  BOOST_TEST(s.last_day == "2199-09-30");
  BOOST_TEST(deadline_of(db, future.year, 1, DeadlineKind::policy).last_day == "2199-10-31");
  BOOST_TEST(deadline_of(db, future.year, 1, DeadlineKind::stats).last_day == "2199-11-30");
}

BOOST_AUTO_TEST_CASE(the_last_day_itself_is_open) {
  Config c = test_config();
  Db db(c);
  TestYear y(db, today_cn());
  DeadlineState s = deadline_of(db, y.year, 1, DeadlineKind::enroll);
  BOOST_TEST(s.last_day == today_cn());
  BOOST_TEST(s.open);
}

BOOST_AUTO_TEST_CASE(school_extension_wins_over_region_extension) {
  Config c = test_config();
  Db db(c);
  TestYear y(db, "2020-09-30");
  y.for_region("enroll", "410105", "2199-10-10", "金水区统一延期");
  y.for_school("enroll", 1, "2199-10-05", "校舍改造");
  DeadlineState s = deadline_of(db, y.year, 1, DeadlineKind::enroll);
  BOOST_TEST(s.last_day == "2199-10-05");
  BOOST_TEST(s.extended);
  BOOST_TEST(s.open);
  BOOST_TEST(s.reason == "校舍改造");
  // Another school of the same county gets the county's extension.
  s = deadline_of(db, y.year, 5, DeadlineKind::enroll);
  BOOST_TEST(s.last_day == "2199-10-10");
  BOOST_TEST(s.reason == "金水区统一延期");
  // A school of another county keeps the year's date.
  s = deadline_of(db, y.year, 11, DeadlineKind::enroll);
  BOOST_TEST(s.last_day == "2020-09-30");
  BOOST_TEST(!s.extended);
  BOOST_TEST(!s.open);
}

BOOST_AUTO_TEST_CASE(county_extension_wins_over_city_extension) {
  Config c = test_config();
  Db db(c);
  TestYear y(db, "2020-09-30");
  y.for_region("enroll", "410100", "2199-10-20", "郑州市");
  y.for_region("enroll", "410122", "2199-10-03", "中牟县");
  BOOST_TEST(deadline_of(db, y.year, 3, DeadlineKind::enroll).last_day == "2199-10-03");
  DeadlineState s = deadline_of(db, y.year, 11, DeadlineKind::enroll);
  BOOST_TEST(s.last_day == "2199-10-20");
  BOOST_TEST(s.reason == "郑州市");
}

BOOST_AUTO_TEST_CASE(the_newest_of_equal_extensions_applies) {
  Config c = test_config();
  Db db(c);
  TestYear y(db, "2020-09-30");
  y.for_school("enroll", 1, "2199-10-05", "first");
  y.for_school("enroll", 1, "2199-10-02", "second");
  BOOST_TEST(deadline_of(db, y.year, 1, DeadlineKind::enroll).reason == "second");
}

BOOST_AUTO_TEST_CASE(an_extension_never_moves_the_day_earlier) {
  Config c = test_config();
  Db db(c);
  TestYear y(db, "2199-09-30");
  y.for_region("enroll", "410105", "2199-10-10", "county");
  y.for_school("enroll", 1, "2199-09-20", "earlier than the year");
  DeadlineState s = deadline_of(db, y.year, 1, DeadlineKind::enroll);
  BOOST_TEST(s.last_day == "2199-10-10");  // the school's row is ignored, the county's applies
  BOOST_TEST(s.reason == "county");
  y.for_region("enroll", "410122", "2199-09-30", "same day");
  s = deadline_of(db, y.year, 3, DeadlineKind::enroll);
  BOOST_TEST(s.last_day == "2199-09-30");
  BOOST_TEST(!s.extended);
}

BOOST_AUTO_TEST_CASE(other_kinds_years_and_company_extensions_do_not_apply) {
  Config c = test_config();
  Db db(c);
  TestYear y(db, "2020-09-30");
  TestYear other(db, "2020-09-30");
  other.for_school("enroll", 1, "2199-10-05", "other year");
  y.for_school("policy", 1, "2199-11-05", "policy only");
  y.for_company("enroll", 2, "2199-12-01");
  DeadlineState s = deadline_of(db, y.year, 1, DeadlineKind::enroll);
  BOOST_TEST(s.last_day == "2020-09-30");
  BOOST_TEST(!s.extended);
  s = deadline_of(db, y.year, 1, DeadlineKind::policy);
  BOOST_TEST(s.last_day == "2199-11-05");
  BOOST_TEST(s.extended);
  BOOST_TEST(deadline_of(db, y.year, 1, DeadlineKind::stats).last_day == "2020-10-31");
}

BOOST_AUTO_TEST_CASE(unknown_school_gets_the_year_date) {
  Config c = test_config();
  Db db(c);
  TestYear y(db, "2199-09-30");
  DeadlineState s = deadline_of(db, y.year, 999999, DeadlineKind::enroll);
  BOOST_TEST(s.last_day == "2199-09-30");
  BOOST_TEST(s.open);
}

BOOST_AUTO_TEST_CASE(kind_names_and_labels) {
  BOOST_TEST(std::string(deadline_kind_name(DeadlineKind::enroll)) == "enroll");
  BOOST_TEST(std::string(deadline_kind_name(DeadlineKind::policy)) == "policy");
  BOOST_TEST(std::string(deadline_kind_name(DeadlineKind::stats)) == "stats");
  BOOST_TEST(std::string(deadline_kind_label(DeadlineKind::enroll)) == "投保数据");
}

BOOST_AUTO_TEST_SUITE_END()
