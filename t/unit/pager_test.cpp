// t/unit/pager_test.cpp - list paging links and filters (modules/pager) and the masking of
// SMS texts in the admin's 短信记录 (modules/admin/sms_log).
#include <boost/test/unit_test.hpp>

#include "admin/sms_log.h"
#include "pager.h"

BOOST_AUTO_TEST_SUITE(pager)

BOOST_AUTO_TEST_CASE(url_with_query_skips_empty_values_and_encodes) {
  BOOST_TEST(url_with_query("/school/admin/accounts", {}) == "/school/admin/accounts");
  BOOST_TEST(url_with_query("/a", {{"kind", ""}, {"q", "郑州 a&b"}, {"page", "2"}}) ==
             "/a?q=%E9%83%91%E5%B7%9E%20a%26b&page=2");
}

BOOST_AUTO_TEST_CASE(like_prefix_escapes_wildcards) {
  BOOST_TEST(like_prefix("") == "%");
  BOOST_TEST(like_prefix("login:fail:ip:") == "login:fail:ip:%");
  BOOST_TEST(like_prefix("a%b_c\\") == "a\\%b\\_c\\\\%");
}

BOOST_AUTO_TEST_CASE(like_contains_escapes_wildcards) {
  BOOST_TEST(like_contains("") == "%%");
  BOOST_TEST(like_contains("a%b_c\\") == "%a\\%b\\_c\\\\%");
}

BOOST_AUTO_TEST_CASE(offset_follows_page) {
  Pager p;
  p.page = 3;
  BOOST_TEST(p.offset() == 40);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(sms_log)

BOOST_AUTO_TEST_CASE(codes_are_starred) {
  BOOST_TEST(sms_masked_body("code", "您的验证码为123456，5分钟内有效。", "123456", "") == "您的验证码为******，5分钟内有效。");
  // Without the stored parameter every run of 4+ digits is starred anyway.
  BOOST_TEST(sms_masked_body("code", "您的验证码为654321，5分钟内有效。", "", "") == "您的验证码为******，5分钟内有效。");
}

BOOST_AUTO_TEST_CASE(passwords_are_starred_or_the_text_hidden) {
  BOOST_TEST(sms_masked_body("initial_password", "账号“x”初始密码为Ab#12345xyz，仅可使用一次。", "", "Ab#12345xyz") ==
             "账号“x”初始密码为********，仅可使用一次。");
  BOOST_TEST(sms_masked_body("password_reset", "临时密码为Ab#12345xyz。", "", "") == "（内容含密码，已隐藏）");
}

BOOST_AUTO_TEST_CASE(notices_are_shown_as_they_are) {
  BOOST_TEST(sms_masked_body("application_approved", "您提交的区域变更申请已审核通过。", "", "") ==
             "您提交的区域变更申请已审核通过。");
}

BOOST_AUTO_TEST_SUITE_END()
