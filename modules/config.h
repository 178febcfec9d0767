// config.h - the application's settings, read once at start-up from an INI file
// (conf/app.conf.example documents every key). The path comes from $HNEDU_CONF.
#pragma once
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

struct Config {
  // [db]
  std::string db_socket, db_name, db_user, db_password;
  std::string db_host;  // TCP instead of the socket (another machine): host=, port=
  int db_port = 3306;
  // A MariaDB replica for reads that may lag (modules/replica.h, docs/scaling.md): its socket, or
  // host and port; none = every read goes to the primary. Further than replica_max_lag_seconds
  // behind, the primary serves instead.
  std::string replica_socket, replica_host;
  int replica_port = 3306;
  int replica_max_lag_seconds = 30;
  // [site]
  std::vector<std::string> origins;  // accepted Origin values for POSTs, e.g. https://host
  bool secure_cookies = false;       // Secure + __Host- cookie (set under HTTPS)
  std::string templates;             // template root directory
  std::string static_url = "/school/static";
  std::string storage;               // file storage directory (outside the web root)
  std::string secret;                // raw key bytes from secret_file (HMAC for CSRF etc.)
  // [session]
  int idle_minutes = 30;
  int absolute_hours = 12;
  // [limits]
  size_t body_bytes = 1 << 20;
  size_t upload_bytes = 20 << 20;
  // [security]
  int password_max_age_days = 90;    // admin, department and insurer accounts (0 = never)
  bool mfa_department = false;       // second factor (SMS code) for departments; admins always
  bool mfa_insurer = false;          // same for insurer accounts
  std::string lock_dir;              // where the Argon2 concurrency slots (flock files) live
  int hash_slots = 0;                // concurrent password hashes (0 = the number of cores)
  // [sms]
  std::string sms_driver = "outbox";
  std::string sms_url;               // http driver: gateway endpoint
  std::string sms_account;           // http driver: account id sent with each request
  std::string sms_key;               // http driver: HMAC-SHA256 key of requests and callbacks
  std::string sms_sign;              // signature text, e.g. 【河南省教育保险管理系统】
  int sms_timeout_seconds = 5;       // http driver: connect and total time of one gateway request
  // http driver: our template name → the gateway's template id ("templates=code:SMS_1001 ...");
  // a template not listed is sent under its own name.
  std::vector<std::pair<std::string, std::string>> sms_templates;
  std::vector<std::string> sms_callback_sources;  // allowed REMOTE_ADDR of delivery reports

  // Reads and validates the file; throws std::runtime_error naming the file, line or key.
  static Config load(const std::string& path);
  // load($HNEDU_CONF); throws if the variable is unset.
  static Config from_env();
};

// The raw key of a secret file (hex, at least 32 bytes), as [site] secret_file is read; throws
// std::runtime_error naming the file. For `manage pii-rekey` reading the previous key.
std::string config_read_secret(const std::string& file);
