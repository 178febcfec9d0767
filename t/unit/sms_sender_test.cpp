// t/unit/sms_sender_test.cpp - the pure parts of the http SMS driver (modules/sms_sender):
// backoff, the request body and its signature, judging the gateway's answer, the signed
// string of delivery reports, and the [sms] templates key of modules/config.
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "config.h"
#include "sms_sender.h"

namespace {

Config sms_config() {
  Config c;
  c.sms_driver = "http";
  c.sms_account = "hnedu";
  c.sms_key = "k3y";
  return c;
}

SmsOutgoing message() {
  SmsOutgoing m;
  m.id = 42;
  m.mobile = "13800000001";
  m.template_name = "code";
  m.params_json = R"({"code":"123456","minutes":"5"})";
  m.text = "【河南省教育保险管理系统】您的验证码为123456";
  return m;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sms_sender)

BOOST_AUTO_TEST_CASE(backoff_is_30s_2min_10min_30min_2h) {
  BOOST_TEST(sms_backoff_seconds(1) == 30);
  BOOST_TEST(sms_backoff_seconds(2) == 120);
  BOOST_TEST(sms_backoff_seconds(3) == 600);
  BOOST_TEST(sms_backoff_seconds(4) == 1800);
  BOOST_TEST(sms_backoff_seconds(5) == 7200);
  BOOST_TEST(sms_backoff_seconds(9) == 7200);
  BOOST_TEST(sms_backoff_seconds(0) == 30);
  BOOST_TEST(kSmsMaxAttempts == 5);
}

BOOST_AUTO_TEST_CASE(request_body_has_the_documented_keys_in_order) {
  std::string body = sms_request_body(sms_config(), message(), 1700000000);
  BOOST_TEST(body ==
             R"({"account":"hnedu","mobile":"13800000001","template":"code",)"
             R"("params":{"code":"123456","minutes":"5"},"text":"【河南省教育保险管理系统】您的验证码为123456",)"
             R"("out_id":"42","timestamp":1700000000})");
}

BOOST_AUTO_TEST_CASE(request_body_escapes_strings_and_maps_template_ids) {
  Config c = sms_config();
  c.sms_account = "a\"b\\c";
  c.sms_templates = {{"notice", "SMS_9"}, {"code", "SMS_1"}};
  SmsOutgoing m = message();
  m.text = std::string("line1\nline2\ttab\x01");
  m.params_json = "not json";
  std::string body = sms_request_body(c, m, 1);
  BOOST_TEST(body.find(R"("account":"a\"b\\c")") != std::string::npos, body);
  BOOST_TEST(body.find(R"("template":"SMS_1")") != std::string::npos, body);
  BOOST_TEST(body.find(R"("text":"line1\nline2\u0009tab\u0001")") != std::string::npos, body);
  BOOST_TEST(body.find(R"("params":{})") != std::string::npos, body);
}

BOOST_AUTO_TEST_CASE(request_signature_is_hmac_of_timestamp_newline_body) {
  // python3: hmac.new(b"k3y", b'1700000000\n{"a":1}', hashlib.sha256).hexdigest()
  BOOST_TEST(sms_request_signature("k3y", 1700000000, R"({"a":1})") ==
             "29f59b490712ed85f86d50dfefb893c527c38a0876f6ea2aa7e642542eeb468f");
}

BOOST_AUTO_TEST_CASE(a_2xx_answer_with_ok_and_an_id_is_success) {
  SmsGatewayAnswer a = sms_parse_answer(200, R"({"ok":true,"message_id":"gw-42"})");
  BOOST_TEST(a.ok);
  BOOST_TEST(a.message_id == "gw-42");
  a = sms_parse_answer(202, R"( { "message_id" : "a\u002db:7", "extra": {"n": [1, 2.5e3, {"x": null}]}, "ok" : true } )");
  BOOST_TEST(a.ok, a.error);
  BOOST_TEST(a.message_id == "a-b:7");
}

BOOST_AUTO_TEST_CASE(every_other_answer_is_a_failure_with_a_reason) {
  SmsGatewayAnswer a = sms_parse_answer(500, R"({"ok":false,"error":"internal error"})");
  BOOST_TEST(!a.ok);
  BOOST_TEST(a.error == "HTTP 500: internal error");
  BOOST_TEST(sms_parse_answer(503, "<html>busy</html>").error == "HTTP 503");
  BOOST_TEST(sms_parse_answer(301, R"({"ok":true,"message_id":"x"})").error == "HTTP 301");
  a = sms_parse_answer(200, R"({"ok":false,"error":"余额不足"})");
  BOOST_TEST(!a.ok);
  BOOST_TEST(a.error.rfind("gateway refused: ", 0) == 0u, a.error);
  BOOST_TEST(a.error.find('\xe4') == std::string::npos);  // printable ASCII only
  BOOST_TEST(!sms_parse_answer(200, "<html>ok</html>").ok);
  BOOST_TEST(!sms_parse_answer(200, R"({"ok":"true","message_id":"x"})").ok);
  BOOST_TEST(!sms_parse_answer(200, R"({"ok":true})").ok);
  BOOST_TEST(!sms_parse_answer(200, R"({"ok":true,"message_id":"has space"})").ok);
  BOOST_TEST(!sms_parse_answer(200, R"({"ok":true,"message_id":12})").ok);
  BOOST_TEST(!sms_parse_answer(200, R"({"ok":true,"message_id":"x"} trailing)").ok);
  BOOST_TEST(!sms_parse_answer(200, R"({"ok":true,"message_id":"x")").ok);
  BOOST_TEST(!sms_parse_answer(200, std::string(100, '[') + std::string(100, ']')).ok);
  BOOST_TEST(!sms_parse_answer(200, "").ok);
}

BOOST_AUTO_TEST_CASE(message_ids_are_short_and_plain) {
  BOOST_TEST(sms_valid_message_id("gw-1"));
  BOOST_TEST(sms_valid_message_id("A.b_c:d-9"));
  BOOST_TEST(sms_valid_message_id(std::string(64, 'x')));
  BOOST_TEST(!sms_valid_message_id(std::string(65, 'x')));
  BOOST_TEST(!sms_valid_message_id(""));
  BOOST_TEST(!sms_valid_message_id("a&status=x"));
  BOOST_TEST(!sms_valid_message_id("a b"));
}

BOOST_AUTO_TEST_CASE(report_signature_covers_the_canonical_string) {
  std::string canonical = sms_report_canonical("gw-1", "DELIVRD", "1700000000", "1700000005");
  BOOST_TEST(canonical == "message_id=gw-1&status=DELIVRD&reported_at=1700000000&timestamp=1700000005");
  BOOST_TEST(sms_report_signature("k3y", canonical) ==
             "779606332ed961f398604ddb8910e597a42a631e3ebfa70eec884c3e2c99402e");
}

BOOST_AUTO_TEST_CASE(report_statuses_map_to_delivered_or_failed) {
  BOOST_TEST(sms_report_status("DELIVRD") == "delivered");
  BOOST_TEST(sms_report_status("delivered") == "delivered");
  BOOST_TEST(sms_report_status("failed") == "failed");
  BOOST_TEST(sms_report_status("UNKNOWN") == "");
  BOOST_TEST(sms_report_status("") == "");
}

BOOST_AUTO_TEST_CASE(config_reads_template_ids_and_refuses_bad_pairs) {
  std::string dir = (std::filesystem::temp_directory_path() / ("hnedu-sms-" + std::to_string(getpid()))).string();
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/secret") << std::string(64, 'a') << "\n";
  auto write = [&](const std::string& sms) {
    std::ofstream(dir + "/app.conf") << "[db]\nsocket=/s\nname=t\nuser=u\n[site]\norigin=http://x\n"
                                        "templates=/t\nstorage=/s\nsecret_file=" << dir << "/secret\n[sms]\n" << sms;
    return dir + "/app.conf";
  };
  Config c = Config::load(write("templates=code:SMS_1  notice:SMS_9\n"));
  BOOST_TEST(c.sms_templates.size() == 2u);
  BOOST_TEST(c.sms_templates[0].first == "code");
  BOOST_TEST(c.sms_templates[0].second == "SMS_1");
  BOOST_TEST(c.sms_templates[1].second == "SMS_9");
  BOOST_TEST(Config::load(write("")).sms_templates.empty());
  BOOST_CHECK_THROW(Config::load(write("templates=code\n")), std::runtime_error);
  BOOST_CHECK_THROW(Config::load(write("templates=:x\n")), std::runtime_error);
  BOOST_CHECK_THROW(Config::load(write("templates=code:\n")), std::runtime_error);
  // the http driver cannot run without its gateway and key
  BOOST_CHECK_THROW(Config::load(write("driver=http\nurl=https://g/send\n")), std::runtime_error);
  BOOST_CHECK_THROW(Config::load(write("driver=http\nkey=k\n")), std::runtime_error);
  BOOST_TEST(Config::load(write("driver=http\nurl=https://g/send\nkey=k\n")).sms_driver == "http");
  std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
