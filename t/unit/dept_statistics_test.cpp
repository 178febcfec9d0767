// t/unit/dept_statistics_test.cpp - the department's statistics form as data
// (modules/department/statistics_data: reading and checking the 20 cells, the stored JSON) and
// the coverage rates and chart specifications of 数据统计 (statistics_figures, charts).
#include <boost/test/unit_test.hpp>

#include <map>

#include "department/charts.h"
#include "department/statistics_data.h"
#include "support.h"

namespace {

// A POST-like request whose parameters come from the query string (already percent-encoded).
Request query(const std::string& qs) {
  return fake_request({"REQUEST_METHOD=GET", "REQUEST_URI=/school/x?" + qs, "QUERY_STRING=" + qs});
}

// All 20 cells = v except those in overrides (name → raw value), then unit_name.
std::string cells(const std::string& v, const std::map<std::string, std::string>& overrides = {},
                  const std::string& unit = "X") {
  std::string qs = "unit_name=" + unit;
  for (int r = 0; r < kStatsRows; ++r)
    for (int f = 0; f < kStatsFields; ++f) {
      std::string name = "r" + std::to_string(r) + "_" + kStatsFieldKeys[f];
      auto it = overrides.find(name);
      qs += "&" + name + "=" + (it == overrides.end() ? v : it->second);
    }
  return qs;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(dept_statistics)

BOOST_AUTO_TEST_CASE(good_cells_read_as_numbers) {
  StatsInput in = stats_read_input(query(cells("12", {{"r1_students", "%EF%BC%91%EF%BC%92%EF%BC%93"}})));  // １２３
  BOOST_TEST(in.ok());
  BOOST_TEST(in.text[1][1] == "123");
  BOOST_TEST(in.values()[1][1] == 123);
  BOOST_TEST(in.values()[3][4] == 12);
}

BOOST_AUTO_TEST_CASE(bad_cells_get_messages_and_keep_the_text) {
  StatsInput in = stats_read_input(query(cells("5", {{"r0_schools", "1.5"}, {"r2_students_insured", "9"}, {"r3_staff", ""}, {"r1_staff", "1234567890"}}, "")));
  BOOST_TEST(!in.ok());
  BOOST_TEST(in.text[0][0] == "1.5");
  BOOST_TEST(in.error[0][0] == "请填写 0 或正整数（最多 9 位）。");
  BOOST_TEST(in.error[2][2] == "学生投保总人数不能大于在校学生总人数。");
  BOOST_TEST(in.error[3][3] == "请填写在校职工总人数。");
  BOOST_TEST(in.error[1][3] == "请填写 0 或正整数（最多 9 位）。");
  BOOST_TEST(in.error[1][4].empty());  // no comparison against a bad total
  BOOST_TEST(in.unit_error == "请填写填表单位。");
}

BOOST_AUTO_TEST_CASE(json_has_the_documented_shape) {
  StatsValues v{};
  v[1] = {3, 100, 90, 10, 9};
  std::string json = stats_to_json(v);
  BOOST_TEST(json.find("\"小学\": {\"schools\": 3, \"students\": 100, \"students_insured\": 90, \"staff\": 10, "
                       "\"staff_insured\": 9}") != std::string::npos);
  BOOST_TEST(json.find("\"幼儿园\": {\"schools\": 0") == 1);
}

BOOST_AUTO_TEST_CASE(rates_round_half_up_and_dash_without_schools) {
  BOOST_TEST(coverage_rate_text({7, 3, 3, 77}) == "42.9%");
  BOOST_TEST(coverage_rate_text({3, 2, 0, 0}) == "66.7%");
  BOOST_TEST(coverage_rate_text({8, 1, 0, 0}) == "12.5%");
  BOOST_TEST(coverage_rate_text({1, 1, 0, 0}) == "100.0%");
  BOOST_TEST(coverage_rate_text({0, 0, 0, 0}) == "—");
  BOOST_TEST(coverage_rate_permille({0, 0, 0, 0}) == 0);
}

BOOST_AUTO_TEST_CASE(rate_chart_leaves_out_products_no_school_may_enroll) {
  CoverageTable t;
  t.rows = {"金水区", "中牟县"};
  t.cells = {{{7, 3, 3, 77}, {0, 0, 0, 0}}, {{9, 0, 0, 0}, {0, 0, 0, 0}}};
  std::string json = chart_rates("T", t, {{1, "校方责任险（无过失责任保险）", "校方责任险"}, {3, "实习", "实习责任险"}});
  BOOST_TEST(json == "{\"title\": \"T\", \"kind\": \"bar\", \"unit\": \"%\", \"categories\": [\"金水区\", \"中牟县\"],"
                     " \"series\": [{\"name\": \"校方责任险\", \"data\": [42.9, 0.0]}]}");
}

BOOST_AUTO_TEST_SUITE_END()
