// manage - command-line tasks for operators and scripts (not a web area).
//   manage hash-password      reads a password on stdin, prints its Argon2id PHC string
//   manage sms-sender [--once]
//                             delivers queued SMS to the gateway ([sms] driver=http, config
//                             from $HNEDU_CONF): polls every 2 s until SIGTERM/SIGINT (then
//                             ends after the current request), or with --once delivers what
//                             is due and exits (0, or 1 when the configuration or database fails)
//   manage jobs-worker [--once]
//                             runs background jobs (modules/jobs_worker.h; config from
//                             $HNEDU_CONF): polls every 2 s until SIGTERM/SIGINT (a running
//                             job is given back to the queue at its next progress point), or
//                             with --once runs what is queued and exits (0, or 1 when the
//                             configuration or database fails)
//   manage sms-outbox [N]     prints the newest N (default 5) stored SMS, newest first: time
//                             (Beijing), mobile, text - how an operator of a demo or test
//                             stack (outbox driver) reads a code, e.g. the admin's 登录验证
//   manage audit-verify [--anchor SEQ:HEX]
//                             checks the HMAC chain of audit_log (modules/audit_verify.h):
//                             prints the rows checked and the head; exits 0 when intact, 1 at
//                             the first broken link (its id and what is wrong), 2 on an error
//   manage pii-seal           encrypts the mobiles still stored in the clear (after migration
//                             0013, demo data, old releases; conf/stack.sh runs it after every
//                             migration) and prints the rows sealed per table
//   manage pii-hmac mobile M  prints the hex lookup value (mobile_hmac) of mobile M under the
//                             configured key, for scripts and tests that query by mobile
//   manage pii-rekey OLD_KEY_FILE
//                             after secret_file was replaced by a new key: re-encrypts every
//                             mobile and ID number written under the key in OLD_KEY_FILE and
//                             recomputes their HMACs (README "Key rotation")
#include <curl/curl.h>
#include <signal.h>
#include <time.h>

#include <charconv>
#include <exception>
#include <stdexcept>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

#include "audit_verify.h"
#include "config.h"
#include "coverage.h"
#include "crypto.h"
#include "db.h"
#include "jobs_worker.h"
#include "list_counters.h"
#include "log.h"
#include "password.h"
#include "pii.h"
#include "pii_seal.h"
#include "sms_sender.h"

static int hash_password() {
  std::string password;
  std::getline(std::cin, password);
  if (password.empty()) {
    std::cerr << "manage hash-password: empty password\n";
    return 1;
  }
  std::cout << password_hash(password) << "\n";
  return 0;
}

static int sms_outbox(int argc, char** argv) {
  int64_t n = 5;
  if (argc == 3) {
    std::string_view v = argv[2];
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size() || n < 1 || n > 999) argc = 4;
  }
  if (argc > 3) {
    std::cerr << "usage: manage sms-outbox [N]   (N = 1-999)\n";
    return 2;
  }
  try {
    Config config = Config::from_env();
    Db db(config);
    for (const Row& r : db.query("SELECT DATE_FORMAT(created_at + INTERVAL 8 HOUR, '%Y-%m-%d %H:%i:%s') AS at_cn,"
                                 " mobile_enc, body FROM sms_messages ORDER BY id DESC LIMIT ?",
                                 {n}))
      std::cout << r.str("at_cn") << "  " << pii_open_mobile(config, r.str("mobile_enc")) << "  " << r.str("body")
                << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "manage sms-outbox: " << e.what() << "\n";
    return 1;
  }
}

static int coverage_check() {
  try {
    Config config = Config::from_env();
    Db db(config);
    int64_t n = coverage_mismatches(db);
    std::cout << "coverage counters: " << n << " differing rows\n";
    int64_t lists = list_counter_mismatches(db);
    std::cout << "list counters: " << lists << " differing rows\n";
    return n == 0 && lists == 0 ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "manage coverage-check: " << e.what() << "\n";
    return 1;
  }
}

static void print_counts(const char* what, const PiiSealCounts& c) {
  std::cout << what << ": accounts " << c.accounts << ", schools " << c.schools << ", sms_messages " << c.sms_messages
            << ", roster_rows " << c.roster_rows << "\n";
}

static int pii_seal() {
  try {
    Config config = Config::from_env();
    Db db(config);
    print_counts("sealed", pii_seal_all(db, config));
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "manage pii-seal: " << e.what() << "\n";
    return 1;
  }
}

static int pii_hmac_of(std::string_view kind, std::string_view value) {
  if (kind != "mobile") {
    std::cerr << "usage: manage pii-hmac mobile NUMBER\n";
    return 2;
  }
  try {
    Config config = Config::from_env();
    std::cout << pii_mobile_hmac_hex(config, value) << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "manage pii-hmac: " << e.what() << "\n";
    return 1;
  }
}

static int pii_rekey(const std::string& old_key_file) {
  try {
    Config config = Config::from_env();
    std::string old_secret = config_read_secret(old_key_file);
    Db db(config);
    print_counts("re-encrypted", pii_rekey_all(db, config, old_secret));
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "manage pii-rekey: " << e.what() << "\n";
    return 1;
  }
}

static int audit_verify_cmd(int argc, char** argv) {
  std::optional<AuditAnchor> anchor;
  if (argc == 4 && std::string_view(argv[2]) == "--anchor") {
    std::string_view v = argv[3];
    size_t colon = v.find(':');
    AuditAnchor a;
    bool ok = colon != std::string_view::npos && colon > 0;
    if (ok) {
      auto [end, ec] = std::from_chars(v.data(), v.data() + colon, a.seq);
      a.hmac_hex = std::string(v.substr(colon + 1));
      std::string raw;
      ok = ec == std::errc() && end == v.data() + colon && a.seq > 0 && from_hex(a.hmac_hex, raw) && raw.size() == 32;
    }
    if (ok) anchor = a;
    else argc = 5;
  }
  if (argc != 2 && !anchor) {
    std::cerr << "usage: manage audit-verify [--anchor SEQ:HEX]   (a head printed by an earlier run)\n";
    return 2;
  }
  try {
    Config config = Config::from_env();
    Db db(config);
    AuditVerifyResult r = audit_verify(db, anchor);
    std::cout << "audit-verify: " << r.rows_checked << " chained rows checked, " << r.rows_before_chain
              << " rows before the chain (no HMAC, written before migration 0014)\n";
    if (!r.ok) {
      if (r.broken_id) std::cout << "audit-verify: BROKEN at id " << r.broken_id << ": " << r.problem << "\n";
      else std::cout << "audit-verify: BROKEN: " << r.problem << "\n";
      return 1;
    }
    std::cout << "audit-verify: head seq " << r.head_seq << " hmac " << (r.head_hmac_hex.empty() ? "-" : r.head_hmac_hex)
              << " (record it elsewhere; check later with --anchor " << r.head_seq << ":<hmac>)\n";
    std::cout << "audit-verify: OK\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "manage audit-verify: " << e.what() << "\n";
    return 2;
  }
}

static volatile sig_atomic_t g_stop = 0;
static void on_stop(int) { g_stop = 1; }

// A polling daemon of manage: start (once, after the config and database are open) returns the
// note logged as "started ..." or throws to refuse; poll does one round of work; finish, when
// set, runs after the last round.
struct Daemon {
  const char* name;
  std::function<std::string(const Config&)> start;
  std::function<void(Db&, const Config&, const std::function<bool()>& stop)> poll;
  std::function<void()> finish;
};

// Runs `manage NAME [--once]`: log area NAME; SIGTERM/SIGINT end it after the current round;
// a round every 2 s (a failed round is logged and tried again at the next, the database may be
// away) or, with --once, one round whose failure is the exit status 1.
static int run_daemon(int argc, char** argv, const Daemon& daemon) {
  bool once = argc == 3 && std::string_view(argv[2]) == "--once";
  if (argc > 3 || (argc == 3 && !once)) {
    std::cerr << "usage: manage " << daemon.name << " [--once]\n";
    return 2;
  }
  log_set_area(daemon.name);
  struct sigaction sa {};
  sa.sa_handler = on_stop;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
  signal(SIGPIPE, SIG_IGN);
  try {
    Config config = Config::from_env();
    std::string note = daemon.start(config);
    Db db(config);
    auto stop = [] { return g_stop != 0; };
    if (!once) log_line("info", "started" + note);
    while (!g_stop) {
      try {
        daemon.poll(db, config, stop);
      } catch (const std::exception& e) {
        if (once) throw;
        log_line("error", e.what());  // database away: try again at the next poll
      }
      if (once) break;
      for (int i = 0; i < 20 && !g_stop; ++i) {
        struct timespec pause {0, 100 * 1000 * 1000};
        nanosleep(&pause, nullptr);
      }
    }
    if (!once) log_line("info", "stopped");
    if (daemon.finish) daemon.finish();
    return 0;
  } catch (const std::exception& e) {
    log_line("error", e.what());
    return 1;
  }
}

// manage sms-sender: delivers the due messages of the outbox through the HTTP gateway.
static int sms_sender(int argc, char** argv) {
  return run_daemon(
      argc, argv,
      {"sms-sender",
       [](const Config& config) {
         if (config.sms_driver != "http")
           throw std::runtime_error("[sms] driver is " + config.sms_driver + ", not http: nothing to deliver");
         if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) throw std::runtime_error("curl_global_init failed");
         return ", gateway " + config.sms_url;
       },
       [](Db& db, const Config& config, const std::function<bool()>& stop) {
         SmsDeliveryRun run = sms_deliver_due(db, config, stop);
         if (run.sent + run.retry + run.failed > 0)
           log_line("info", "sent " + std::to_string(run.sent) + ", to retry " + std::to_string(run.retry) +
                                ", given up " + std::to_string(run.failed));
       },
       [] { curl_global_cleanup(); }});
}

// manage jobs-worker: runs the queued background jobs (large exports).
static int jobs_worker(int argc, char** argv) {
  std::string worker = jobs_worker_id();
  return run_daemon(argc, argv,
                    {"jobs-worker", [&](const Config&) { return " as " + worker; },
                     [&](Db& db, const Config& config, const std::function<bool()>& stop) {
                       jobs_run_queued(db, config, worker, stop);
                     },
                     nullptr});
}

int main(int argc, char** argv) {
  std::string_view cmd = argc > 1 ? argv[1] : "";
  if (cmd == "hash-password") return hash_password();
  if (cmd == "sms-sender") return sms_sender(argc, argv);
  if (cmd == "sms-outbox") return sms_outbox(argc, argv);
  if (cmd == "jobs-worker") return jobs_worker(argc, argv);
  if (cmd == "coverage-check" && argc == 2) return coverage_check();
  if (cmd == "audit-verify") return audit_verify_cmd(argc, argv);
  if (cmd == "pii-seal" && argc == 2) return pii_seal();
  if (cmd == "pii-hmac" && argc == 4) return pii_hmac_of(argv[2], argv[3]);
  if (cmd == "pii-rekey" && argc == 3) return pii_rekey(argv[2]);
  std::cerr << "usage: manage hash-password < password\n"
               "       manage sms-sender [--once]\n"
               "       manage jobs-worker [--once]\n"
               "       manage sms-outbox [N]\n"
               "       manage coverage-check\n"
               "       manage audit-verify [--anchor SEQ:HEX]\n"
               "       manage pii-seal\n"
               "       manage pii-hmac mobile NUMBER\n"
               "       manage pii-rekey OLD_KEY_FILE\n";
  return 2;
}
