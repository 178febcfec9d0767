// t/unit/refdata_test.cpp - the worker's reference data (modules/refdata) against the t_unit
// database: what it holds, that reference_version (sql/0016) rises with each change of a
// reference table and not with a rolled-back one, that the cache follows the stamp, and that
// the application's user cannot move the stamp itself.
#include <boost/test/unit_test.hpp>

#include "config.h"
#include "context.h"
#include "db.h"
#include "refdata.h"
#include "support.h"

namespace {

int64_t stamp(Db& db) { return db.query_one("SELECT version FROM reference_version WHERE id = 1")->i64("version"); }

// refdata() for a fresh anonymous request (it reads the stamp itself).
const RefData& fresh(Db& db) {
  static const Area area{"portal", "/t/", "/t/login", {}};
  Request req;
  Response res;
  Session session;
  Ctx ctx{db.config(), db, req, res, session, area, 0, {}};
  return refdata(ctx);
}

const char* kType = "单元测试类型";

struct DropType {
  Db& db;
  ~DropType() {
    try {
      db.exec("DELETE FROM school_types WHERE name = ?", {std::string(kType)});
    } catch (...) {
    }
  }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(refdata_cache)

BOOST_AUTO_TEST_CASE(holds_the_reference_tables) {
  Config c = test_config();
  Db db(c);
  const RefData& ref = fresh(db);
  BOOST_TEST(ref.version == stamp(db));
  BOOST_TEST_REQUIRE(ref.region("410105") != nullptr);
  BOOST_TEST(ref.region("410105")->str("name") == "金水区");
  BOOST_TEST(ref.region("410105")->str("parent_code") == "410100");
  BOOST_TEST(ref.region("410000")->str("parent_code").empty());
  BOOST_TEST(ref.region("999999") == nullptr);
  BOOST_TEST(ref.products.size() == db.query("SELECT id FROM products").size());
  BOOST_TEST_REQUIRE(ref.product(1) != nullptr);
  BOOST_TEST(ref.product(1)->str("name") == db.query_one("SELECT name FROM products WHERE id = 1")->str("name"));
  BOOST_TEST(ref.school_types.size() == db.query("SELECT name FROM school_types").size());
  // products_for_type is 险种设置: the same products, in the same order, as the table says.
  for (const Row& t : ref.school_types) {
    std::string expected, got;
    for (const Row& p : db.query("SELECT p.id FROM products p JOIN product_school_types pt ON pt.product_id = p.id"
                                 " AND pt.school_type = ? ORDER BY p.sort_order, p.id",
                                 {t.str("name")}))
      expected += p.str("id") + ",";
    for (const Row& p : ref.products_for_type(t.str("name"))) got += p.str("id") + ",";
    BOOST_TEST(got == expected, t.str("name"));
  }
}

BOOST_AUTO_TEST_CASE(each_change_raises_the_stamp_and_the_cache_follows) {
  Config c = test_config();
  Db db(c);
  DropType drop{db};
  int64_t before = stamp(db);
  BOOST_TEST(fresh(db).school_type(kType) == nullptr);
  db.exec("INSERT INTO school_types (name, stats_category, vocational, sort_order) VALUES (?, '其他', 0, 250)",
          {std::string(kType)});
  BOOST_TEST(stamp(db) == before + 1);
  BOOST_TEST_REQUIRE(fresh(db).school_type(kType) != nullptr);
  BOOST_TEST(fresh(db).version == before + 1);
  // A rolled-back change leaves the stamp (and so every worker's cache) as it was.
  BOOST_CHECK_THROW(db.transaction([&] {
    db.exec("UPDATE school_types SET sort_order = 251 WHERE name = ?", {std::string(kType)});
    throw std::runtime_error("roll back");
  }),
                    std::runtime_error);
  BOOST_TEST(stamp(db) == before + 1);
  db.exec("DELETE FROM school_types WHERE name = ?", {std::string(kType)});
  BOOST_TEST(stamp(db) == before + 2);
  BOOST_TEST(fresh(db).school_type(kType) == nullptr);
}

BOOST_AUTO_TEST_CASE(the_application_user_cannot_move_the_stamp) {
  Config c = test_config();
  Db db(c);
  int64_t before = stamp(db);
  BOOST_CHECK_THROW(db.exec("UPDATE reference_version SET version = 1 WHERE id = 1"), DbError);
  BOOST_CHECK_THROW(db.exec("DELETE FROM reference_version"), DbError);
  BOOST_TEST(stamp(db) == before);
}

BOOST_AUTO_TEST_SUITE_END()
