// t/unit/form_test.cpp - typed request parameters (modules/form): what each reader accepts
// and that everything else is a 400 before a handler sees it.
#include <boost/test/unit_test.hpp>

#include "form.h"
#include "support.h"

namespace {

// A GET whose query string is given raw (already percent-encoded).
Request query(const std::string& qs) {
  return fake_request({"REQUEST_METHOD=GET", "REQUEST_URI=/school/x?" + qs, "QUERY_STRING=" + qs});
}

int64_t id_of(const std::string& qs) { return param_id(query(qs), "id"); }
int id_status(const std::string& qs) {
  return http_status_of([&] { id_of(qs); });
}
int text_status(const std::string& qs, size_t max_chars, bool required = true) {
  return http_status_of([&] { param_text(query(qs), "t", max_chars, required); });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(form)

BOOST_AUTO_TEST_CASE(param_id_accepts_positive_integers) {
  BOOST_TEST(id_of("id=1") == 1);
  BOOST_TEST(id_of("id=42") == 42);
  BOOST_TEST(id_of("id=999999999999999999") == 999999999999999999LL);  // 18 digits
}

BOOST_AUTO_TEST_CASE(param_id_refuses_zero_leading_zero_letters_and_19_digits) {
  BOOST_TEST(id_status("id=0") == 400);
  BOOST_TEST(id_status("id=007") == 400);
  BOOST_TEST(id_status("id=12a") == 400);
  BOOST_TEST(id_status("id=abc") == 400);
  BOOST_TEST(id_status("id=-5") == 400);
  BOOST_TEST(id_status("id=%2B5") == 400);  // "+5"
  BOOST_TEST(id_status("id=1+2") == 400);   // "1 2"
  BOOST_TEST(id_status("id=") == 400);
  BOOST_TEST(id_status("id=1234567890123456789") == 400);
  BOOST_TEST(id_status("id=%EF%BC%91") == 400);  // full-width 1
}

BOOST_AUTO_TEST_CASE(param_id_missing_is_400) { BOOST_TEST(id_status("other=1") == 400); }

BOOST_AUTO_TEST_CASE(param_text_trims_ascii_and_ideographic_spaces) {
  BOOST_TEST(param_text(query("t=++abc++"), "t", 10) == "abc");
  BOOST_TEST(param_text(query("t=%E3%80%80%E6%B2%B3%E5%8D%97%E3%80%80+"), "t", 10) == "河南");
  BOOST_TEST(param_text(query("t=+%E3%80%80+a+b+%E3%80%80"), "t", 10) == "a b");
  BOOST_TEST(trim_text("\xE3\x80\x80 x \xE3\x80\x80") == "x");
}

BOOST_AUTO_TEST_CASE(param_text_counts_characters_not_bytes) {
  // 河南省 is 3 characters, 9 bytes.
  BOOST_TEST(param_text(query("t=%E6%B2%B3%E5%8D%97%E7%9C%81"), "t", 3) == "河南省");
  BOOST_TEST(text_status("t=%E6%B2%B3%E5%8D%97%E7%9C%81a", 3) == 400);
  BOOST_TEST(text_status("t=abcd", 3) == 400);
  BOOST_TEST(text_status("t=+abc+", 3) == 0);  // the limit applies after trimming
  BOOST_TEST(utf8_length("河南省a") == 4u);
}

BOOST_AUTO_TEST_CASE(param_text_refuses_control_characters) {
  BOOST_TEST(text_status("t=a%01b", 10) == 400);
  BOOST_TEST(text_status("t=a%00b", 10) == 400);
  BOOST_TEST(text_status("t=a%0Ab", 10) == 400);
  BOOST_TEST(text_status("t=a%7F", 10) == 400);
  BOOST_TEST(text_status("t=a%C2%85", 10) == 400);  // U+0085, a C1 control
  BOOST_TEST(text_status("t=a%C2%A0", 10) == 0);    // U+00A0 is not a control
}

BOOST_AUTO_TEST_CASE(param_text_refuses_invalid_utf8) {
  BOOST_TEST(text_status("t=%FF", 10) == 400);
  BOOST_TEST(text_status("t=%80", 10) == 400);              // lone continuation byte
  BOOST_TEST(text_status("t=%E6%B2", 10) == 400);           // truncated sequence
  BOOST_TEST(text_status("t=%C0%AF", 10) == 400);           // overlong '/'
  BOOST_TEST(text_status("t=%E0%80%AF", 10) == 400);        // overlong, 3 bytes
  BOOST_TEST(text_status("t=%F0%80%80%AF", 10) == 400);     // overlong, 4 bytes
  BOOST_TEST(text_status("t=%ED%A0%80", 10) == 400);        // surrogate U+D800
  BOOST_TEST(text_status("t=%ED%BF%BF", 10) == 400);        // surrogate U+DFFF
  BOOST_TEST(text_status("t=%F4%90%80%80", 10) == 400);     // above U+10FFFF
  BOOST_TEST(text_status("t=%F0%9F%98%80", 10) == 0);       // 😀 is fine
  BOOST_TEST(!check_utf8_text("\xF8\x88\x80\x80\x80"));     // 5-byte form
}

BOOST_AUTO_TEST_CASE(param_text_missing_optional_and_required) {
  BOOST_TEST(param_text(query("x=1"), "t", 10, false) == "");
  BOOST_TEST(text_status("x=1", 10, true) == 400);
}

BOOST_AUTO_TEST_CASE(param_multiline_keeps_line_breaks_and_trims) {
  BOOST_TEST(param_multiline(query("t=a%0D%0Ab%0Dc%0Ad"), "t", 20) == "a\nb\nc\nd");
  BOOST_TEST(param_multiline(query("t=%0D%0A+%0A++a%09b++%0A%E3%80%80%0D%0A"), "t", 20) == "a b");
  BOOST_TEST(param_multiline(query("t=a%0A%0Ab"), "t", 20) == "a\n\nb");  // inner blank line kept
  BOOST_TEST(param_multiline(query("x=1"), "t", 20) == "");
  BOOST_TEST(param_multiline(query("t=%E6%B2%B3%0A%E5%8D%97"), "t", 3) == "河\n南");  // a break counts as one
  BOOST_TEST(http_status_of([] { param_multiline(query("t=%E6%B2%B3%0A%E5%8D%97"), "t", 2); }) == 400);
  BOOST_TEST(http_status_of([] { param_multiline(query("t=a%01b"), "t", 20); }) == 400);
  BOOST_TEST(http_status_of([] { param_multiline(query("t=a%0A%FF"), "t", 20); }) == 400);
}

BOOST_AUTO_TEST_CASE(param_enum_accepts_only_listed_values) {
  BOOST_TEST(param_enum(query("k=school"), "k", {"school", "department"}) == "school");
  BOOST_TEST(param_enum(query("k=department"), "k", {"school", "department"}) == "department");
  BOOST_TEST(http_status_of([] { param_enum(query("k=School"), "k", {"school", "department"}); }) == 400);
  BOOST_TEST(http_status_of([] { param_enum(query("k=admin"), "k", {"school", "department"}); }) == 400);
  BOOST_TEST(http_status_of([] { param_enum(query("k="), "k", {"school", "department"}); }) == 400);
  BOOST_TEST(http_status_of([] { param_enum(query("x=school"), "k", {"school", "department"}); }) == 400);
}

BOOST_AUTO_TEST_CASE(param_date_accepts_real_dates_only) {
  BOOST_TEST(param_date(query("d=2024-02-29"), "d") == "2024-02-29");
  BOOST_TEST(http_status_of([] { param_date(query("d=2023-02-29"), "d"); }) == 400);
  BOOST_TEST(http_status_of([] { param_date(query("d=2024-2-1"), "d"); }) == 400);
  BOOST_TEST(http_status_of([] { param_date(query("x=1"), "d"); }) == 400);
}

BOOST_AUTO_TEST_CASE(param_mobile_accepts_mainland_numbers) {
  BOOST_TEST(param_mobile(query("m=13812345678"), "m") == "13812345678");
  BOOST_TEST(param_mobile(query("m=+19912345678+"), "m") == "19912345678");
  BOOST_TEST(param_mobile(query("m=%E3%80%8015012345678"), "m") == "15012345678");
  for (const char* bad : {"m=12812345678", "m=10812345678", "m=23812345678", "m=1381234567", "m=138123456789",
                          "m=1381234567a", "m=138+1234+5678", "m=", "x=13812345678"})
    BOOST_TEST(http_status_of([&] { param_mobile(query(bad), "m"); }) == 400, bad);
}

BOOST_AUTO_TEST_CASE(check_mobile_predicate) {
  BOOST_TEST(check_mobile("13012345678"));
  BOOST_TEST(check_mobile("19999999999"));
  BOOST_TEST(!check_mobile("12012345678"));
  BOOST_TEST(!check_mobile("1301234567"));
  BOOST_TEST(!check_mobile("130123456789"));
  BOOST_TEST(!check_mobile("1301234567x"));
  BOOST_TEST(!check_mobile(""));
  BOOST_TEST(!check_mobile("+8613012345"));
}

BOOST_AUTO_TEST_SUITE_END()
