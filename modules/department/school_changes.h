// department/school_changes.h - two changes made to a school the same way by a department (a
// school's 设置 page) and by a center school (查看 of a subordinate school): its contact mobile
// (明白人手机号, also the school account's login mobile; the old and the new number get the
// "mobile_changed" SMS notice) and a cancellation application (注销申请: only for 合并 or 撤销,
// a reason of 1-200 characters, no live subordinate schools; an applications row of kind
// cancellation with the signed-in account as applicant, for the admin's 注销审核). The caller
// checks the request's scope first; each change runs in one transaction and takes a lock
// callback that returns the school row locked within that scope (nullopt when out of it).
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "db.h"

struct Config;

struct Ctx;

// Returns the school row FOR UPDATE within the caller's scope, or nullopt.
using SchoolLock = std::function<std::optional<Row>()>;

// "" when mobile may become the contact mobile of school id (current_hmac: the school's
// contact_mobile_hmac).
std::string contact_mobile_problem(Db& db, const Config& config, int64_t id, const std::string& mobile,
                                   const std::string& current_hmac);

// Changes the contact mobile of school id (lock columns: status, contact_mobile_enc, name,
// account_id, login_name) in one transaction with the notices and the mobile_changed audit row
// ("by <who>"); "" on success, else why not (nothing written).
std::string contact_mobile_change(Ctx& ctx, int64_t id, const std::string& mobile, const std::string& who,
                                  const SchoolLock& lock);

// Reads the cancellation form (cause = merger | closure, reason) with its messages; true when usable.
bool cancellation_read(Ctx& ctx, std::string& cause, std::string& reason, std::string& cause_error,
                       std::string& reason_error);

// Files a cancellation application for school id (lock columns: status, subordinates) in one
// transaction with the cancellation_requested audit row; "" on success, else why not.
std::string cancellation_submit(Ctx& ctx, int64_t id, const std::string& cause, const std::string& reason,
                                const SchoolLock& lock);
