// config.cpp - INI parsing with libinih plus typed validation (see config.h).
#include "config.h"

#include <ini.h>

#include <charconv>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "crypto.h"

namespace {

using Values = std::map<std::string, std::string>;

int on_value(void* user, const char* section, const char* name, const char* value) {
  auto* values = static_cast<Values*>(user);
  (*values)[std::string(section) + "." + name] = value;
  return 1;
}

struct Reader {
  const Values& values;
  const std::string& path;

  std::string text(const std::string& key, bool required, const std::string& fallback = "") const {
    auto it = values.find(key);
    if (it == values.end() || it->second.empty()) {
      if (required) throw std::runtime_error(path + ": missing required key " + key);
      return fallback;
    }
    return it->second;
  }

  long long number(const std::string& key, long long fallback, long long min, long long max) const {
    std::string s = text(key, false);
    if (s.empty()) return fallback;
    long long v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size() || v < min || v > max)
      throw std::runtime_error(path + ": " + key + " must be a whole number in [" +
                               std::to_string(min) + ", " + std::to_string(max) + "]");
    return v;
  }

  bool flag(const std::string& key, bool fallback) const {
    std::string s = text(key, false);
    if (s.empty()) return fallback;
    if (s == "true" || s == "yes" || s == "1") return true;
    if (s == "false" || s == "no" || s == "0") return false;
    throw std::runtime_error(path + ": " + key + " must be true or false");
  }
};

std::string read_secret(const std::string& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read secret_file " + file);
  std::string hex;
  in >> hex;
  std::string raw;
  if (!from_hex(hex, raw) || raw.size() < 32)
    throw std::runtime_error("secret_file " + file + " must hold at least 32 bytes as hex");
  return raw;
}

}  // namespace

std::string config_read_secret(const std::string& file) { return read_secret(file); }

Config Config::load(const std::string& path) {
  Values values;
  int rc = ini_parse(path.c_str(), on_value, &values);
  if (rc < 0) throw std::runtime_error("cannot open config file " + path);
  if (rc > 0) throw std::runtime_error(path + ": syntax error on line " + std::to_string(rc));
  Reader r{values, path};

  Config c;
  c.db_host = r.text("db.host", false);
  c.db_socket = r.text("db.socket", c.db_host.empty());
  c.db_port = static_cast<int>(r.number("db.port", 3306, 1, 65535));
  c.replica_host = r.text("db.replica_host", false);
  c.replica_socket = r.text("db.replica_socket", false);
  c.replica_port = static_cast<int>(r.number("db.replica_port", 3306, 1, 65535));
  c.replica_max_lag_seconds = static_cast<int>(r.number("db.replica_max_lag_seconds", 30, 0, 86400));
  if (!c.replica_host.empty() && !c.replica_socket.empty())
    throw std::runtime_error(path + ": db.replica_socket and db.replica_host exclude each other");
  c.db_name = r.text("db.name", true);
  c.db_user = r.text("db.user", true);
  c.db_password = r.text("db.password", false);
  std::istringstream origins(r.text("site.origin", true));
  for (std::string o; origins >> o;) c.origins.push_back(o);
  c.secure_cookies = r.flag("site.secure_cookies", false);
  c.templates = r.text("site.templates", true);
  c.static_url = r.text("site.static_url", false, c.static_url);
  c.storage = r.text("site.storage", true);
  c.secret = read_secret(r.text("site.secret_file", true));
  c.idle_minutes = static_cast<int>(r.number("session.idle_minutes", 30, 1, 24 * 60));
  c.absolute_hours = static_cast<int>(r.number("session.absolute_hours", 12, 1, 24 * 7));
  c.body_bytes = static_cast<size_t>(r.number("limits.body_bytes", 1 << 20, 1024, 64 << 20));
  c.upload_bytes = static_cast<size_t>(r.number("limits.upload_bytes", 20 << 20, 1024, 1LL << 31));
  c.password_max_age_days = static_cast<int>(r.number("security.password_max_age_days", 90, 0, 3650));
  c.mfa_department = r.flag("security.mfa_department", false);
  c.mfa_insurer = r.flag("security.mfa_insurer", false);
  c.lock_dir = r.text("security.lock_dir", false, "/tmp");
  c.hash_slots = static_cast<int>(r.number("security.hash_slots", 0, 0, 256));
  c.sms_driver = r.text("sms.driver", false, "outbox");
  c.sms_url = r.text("sms.url", false);
  c.sms_account = r.text("sms.account", false);
  c.sms_key = r.text("sms.key", false);
  c.sms_sign = r.text("sms.sign", false, "【河南省教育保险管理系统】");
  c.sms_timeout_seconds = static_cast<int>(r.number("sms.timeout_seconds", 5, 1, 60));
  std::istringstream templates(r.text("sms.templates", false));
  for (std::string t; templates >> t;) {
    size_t colon = t.find(':');
    if (colon == 0 || colon == std::string::npos || colon + 1 == t.size())
      throw std::runtime_error(path + ": sms.templates must be name:id pairs separated by spaces");
    c.sms_templates.emplace_back(t.substr(0, colon), t.substr(colon + 1));
  }
  std::istringstream sources(r.text("sms.callback_sources", false, "127.0.0.1"));
  for (std::string s; sources >> s;) c.sms_callback_sources.push_back(s);
  if (c.sms_driver != "outbox" && c.sms_driver != "http")
    throw std::runtime_error(path + ": sms.driver must be outbox or http");
  if (c.sms_driver == "http" && (c.sms_url.empty() || c.sms_key.empty()))
    throw std::runtime_error(path + ": sms.driver=http needs sms.url and sms.key");
  return c;
}

Config Config::from_env() {
  const char* path = getenv("HNEDU_CONF");
  if (!path || !*path) throw std::runtime_error("HNEDU_CONF is not set (path of app.conf)");
  return load(path);
}
