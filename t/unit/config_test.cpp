// t/unit/config_test.cpp - INI loading and validation (modules/config): values, defaults and
// the errors for each kind of bad file, on files written into a fresh temporary directory.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>

#include "config.h"
#include "crypto.h"
#include "support.h"

namespace {

const std::string kSecretHex = "00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF";

// A complete app.conf whose [site] secret_file is given; extra lines are appended per section.
std::string ini(const std::string& secret_file, const std::string& site_extra = "", const std::string& tail = "") {
  return "; test configuration\n"
         "[db]\n"
         "socket=/run/test/mysqld.sock\n"
         "name=t_cfg\n"
         "user=hnedu\n"
         "password=pw\n"
         "[site]\n"
         "origin=http://127.0.0.1:8081   http://localhost:8081\n"
         "templates=/srv/templates\n"
         "storage=/srv/storage\n"
         "secret_file=" + secret_file + "\n" + site_extra + tail;
}

// The message of the runtime_error that Config::load throws ("" when it does not throw).
std::string load_error(const std::string& path) {
  try {
    Config::load(path);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_SUITE(config)

BOOST_AUTO_TEST_CASE(loads_values_and_splits_origins) {
  TempDir dir;
  std::string secret = dir.write("secret.key", kSecretHex + "\n");
  std::string path = dir.write("app.conf", ini(secret, "secure_cookies=yes\nstatic_url=/s\n",
                                               "[session]\nidle_minutes=15\nabsolute_hours=8\n"
                                               "[limits]\nbody_bytes=2048\nupload_bytes=4096\n"
                                               "[sms]\ndriver=http\nurl=https://sms.example.cn/send\nkey=k\n"));
  Config c = Config::load(path);
  BOOST_TEST(c.db_socket == "/run/test/mysqld.sock");
  BOOST_TEST(c.db_name == "t_cfg");
  BOOST_TEST(c.db_user == "hnedu");
  BOOST_TEST(c.db_password == "pw");
  BOOST_TEST_REQUIRE(c.origins.size() == 2u);
  BOOST_TEST(c.origins[0] == "http://127.0.0.1:8081");
  BOOST_TEST(c.origins[1] == "http://localhost:8081");
  BOOST_TEST(c.secure_cookies);
  BOOST_TEST(c.templates == "/srv/templates");
  BOOST_TEST(c.static_url == "/s");
  BOOST_TEST(c.storage == "/srv/storage");
  std::string raw;
  BOOST_TEST_REQUIRE(from_hex(kSecretHex, raw));
  BOOST_TEST(c.secret == raw);
  BOOST_TEST(c.secret.size() == 32u);
  BOOST_TEST(c.idle_minutes == 15);
  BOOST_TEST(c.absolute_hours == 8);
  BOOST_TEST(c.body_bytes == 2048u);
  BOOST_TEST(c.upload_bytes == 4096u);
  BOOST_TEST(c.sms_driver == "http");
}

BOOST_AUTO_TEST_CASE(optional_keys_take_defaults) {
  TempDir dir;
  std::string secret = dir.write("secret.key", kSecretHex);
  Config c = Config::load(dir.write("app.conf", ini(secret)));
  BOOST_TEST(!c.secure_cookies);
  BOOST_TEST(c.static_url == "/school/static");
  BOOST_TEST(c.idle_minutes == 30);
  BOOST_TEST(c.absolute_hours == 12);
  BOOST_TEST(c.body_bytes == size_t{1} << 20);
  BOOST_TEST(c.upload_bytes == size_t{20} << 20);
  BOOST_TEST(c.sms_driver == "outbox");
}

BOOST_AUTO_TEST_CASE(missing_required_key_is_named) {
  TempDir dir;
  std::string secret = dir.write("secret.key", kSecretHex);
  std::string text = ini(secret);
  text.replace(text.find("storage=/srv/storage\n"), 21, "");
  std::string err = load_error(dir.write("app.conf", text));
  BOOST_TEST(contains(err, "site.storage"), err);
  // An empty value counts as missing.
  std::string empty_user = ini(secret);
  empty_user.replace(empty_user.find("user=hnedu"), 10, "user=");
  err = load_error(dir.write("app2.conf", empty_user));
  BOOST_TEST(contains(err, "db.user"), err);
}

BOOST_AUTO_TEST_CASE(numbers_must_be_whole_and_in_range) {
  TempDir dir;
  std::string secret = dir.write("secret.key", kSecretHex);
  for (std::string bad : {"idle_minutes=abc", "idle_minutes=10x", "idle_minutes=0", "idle_minutes=1441",
                          "idle_minutes=-5", "idle_minutes=99999999999999999999", "absolute_hours=169"}) {
    std::string err = load_error(dir.write("app.conf", ini(secret, "", "[session]\n" + bad + "\n")));
    BOOST_TEST(contains(err, "session."), bad << " → " << err);
    BOOST_TEST(contains(err, "whole number"), bad << " → " << err);
  }
  std::string err = load_error(dir.write("app.conf", ini(secret, "", "[limits]\nbody_bytes=1023\n")));
  BOOST_TEST(contains(err, "limits.body_bytes"), err);
  // The bounds themselves are accepted.
  Config c = Config::load(dir.write("ok.conf", ini(secret, "", "[session]\nidle_minutes=1440\nabsolute_hours=1\n")));
  BOOST_TEST(c.idle_minutes == 1440);
  BOOST_TEST(c.absolute_hours == 1);
}

BOOST_AUTO_TEST_CASE(boolean_must_be_true_or_false) {
  TempDir dir;
  std::string secret = dir.write("secret.key", kSecretHex);
  std::string err = load_error(dir.write("app.conf", ini(secret, "secure_cookies=maybe\n")));
  BOOST_TEST(contains(err, "site.secure_cookies"), err);
  BOOST_TEST(!Config::load(dir.write("f.conf", ini(secret, "secure_cookies=false\n"))).secure_cookies);
  BOOST_TEST(!Config::load(dir.write("n.conf", ini(secret, "secure_cookies=0\n"))).secure_cookies);
  BOOST_TEST(Config::load(dir.write("t.conf", ini(secret, "secure_cookies=true\n"))).secure_cookies);
}

BOOST_AUTO_TEST_CASE(secret_must_be_32_bytes_of_hex) {
  TempDir dir;
  std::string short_secret = dir.write("short.key", kSecretHex.substr(0, 62));  // 31 bytes
  std::string err = load_error(dir.write("a.conf", ini(short_secret)));
  BOOST_TEST(contains(err, "secret_file"), err);
  std::string not_hex = dir.write("nothex.key", "zz" + kSecretHex.substr(2));
  err = load_error(dir.write("b.conf", ini(not_hex)));
  BOOST_TEST(contains(err, "secret_file"), err);
  std::string odd = dir.write("odd.key", kSecretHex + "a");
  err = load_error(dir.write("c.conf", ini(odd)));
  BOOST_TEST(contains(err, "secret_file"), err);
  err = load_error(dir.write("d.conf", ini(dir.path + "/no-such.key")));
  BOOST_TEST(contains(err, "no-such.key"), err);
}

BOOST_AUTO_TEST_CASE(missing_file_is_an_error) {
  TempDir dir;
  std::string err = load_error(dir.path + "/absent.conf");
  BOOST_TEST(contains(err, "absent.conf"), err);
}

BOOST_AUTO_TEST_CASE(syntax_error_names_the_line) {
  TempDir dir;
  std::string secret = dir.write("secret.key", kSecretHex);
  std::string path = dir.write("app.conf", "[db]\nsocket=/x\nthis line has no equals sign\n");
  std::string err = load_error(path);
  BOOST_TEST(contains(err, "line 3"), err);
  BOOST_TEST(contains(err, "app.conf"), err);
}

BOOST_AUTO_TEST_CASE(unknown_sms_driver_refused) {
  TempDir dir;
  std::string secret = dir.write("secret.key", kSecretHex);
  std::string err = load_error(dir.write("app.conf", ini(secret, "", "[sms]\ndriver=carrier-pigeon\n")));
  BOOST_TEST(contains(err, "sms.driver"), err);
}

BOOST_AUTO_TEST_CASE(db_host_and_replica_keys) {
  TempDir dir;
  std::string secret = dir.write("secret.key", kSecretHex);
  Config plain = Config::load(dir.write("plain.conf", ini(secret)));
  BOOST_TEST(plain.db_host.empty());
  BOOST_TEST(plain.db_port == 3306);
  BOOST_TEST(plain.replica_socket.empty());
  BOOST_TEST(plain.replica_host.empty());
  BOOST_TEST(plain.replica_max_lag_seconds == 30);
  // [db] host instead of the socket; the replica by host and port
  std::string text = ini(secret, "", "[db]\nhost=10.0.0.5\nport=3307\nreplica_host=10.0.0.6\nreplica_port=3308\n"
                                     "replica_max_lag_seconds=5\n");
  text.replace(text.find("socket=/run/test/mysqld.sock\n"), 29, "");
  Config c = Config::load(dir.write("tcp.conf", text));
  BOOST_TEST(c.db_socket.empty());
  BOOST_TEST(c.db_host == "10.0.0.5");
  BOOST_TEST(c.db_port == 3307);
  BOOST_TEST(c.replica_host == "10.0.0.6");
  BOOST_TEST(c.replica_port == 3308);
  BOOST_TEST(c.replica_max_lag_seconds == 5);
  // neither socket nor host: the socket is missing
  std::string none = ini(secret);
  none.replace(none.find("socket=/run/test/mysqld.sock\n"), 29, "");
  std::string err = load_error(dir.write("none.conf", none));
  BOOST_TEST(contains(err, "db.socket"), err);
  // a replica by socket and by host at once is refused
  err = load_error(dir.write("both.conf", ini(secret, "", "[db]\nreplica_socket=/r.sock\nreplica_host=h\n")));
  BOOST_TEST(contains(err, "db.replica_socket"), err);
  err = load_error(dir.write("port.conf", ini(secret, "", "[db]\nreplica_port=70000\n")));
  BOOST_TEST(contains(err, "db.replica_port"), err);
}

BOOST_AUTO_TEST_CASE(from_env_needs_hnedu_conf) {
  const char* old = std::getenv("HNEDU_CONF");
  std::string saved = old ? old : "";
  unsetenv("HNEDU_CONF");
  BOOST_CHECK_THROW(Config::from_env(), std::runtime_error);
  TempDir dir;
  std::string secret = dir.write("secret.key", kSecretHex);
  setenv("HNEDU_CONF", dir.write("app.conf", ini(secret)).c_str(), 1);
  BOOST_TEST(Config::from_env().db_name == "t_cfg");
  if (old) setenv("HNEDU_CONF", saved.c_str(), 1);
  else unsetenv("HNEDU_CONF");
}

BOOST_AUTO_TEST_SUITE_END()
