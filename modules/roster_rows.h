// roster_rows.h - the roster_rows statements that roster_store.cpp (whole rosters) and
// roster_intake.cpp (rosters batch by batch while they are read) share. Internal to the
// roster module: pages use roster.h.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "db.h"
#include "roster.h"

struct Config;

// Rows per duplicate lookup, and per batch of RosterIntake.
constexpr size_t kRosterLookupBatch = 1000;

// A row ready to be stored: the row, the HMAC of its ID (pii_hmac of the stored 证件类型 and the
// number) and its ciphertext (pii_encrypt); both "" for a row without a number.
struct RosterRowSealed {
  RosterRow row;
  std::string hmac, enc;
};
RosterRowSealed roster_seal(const Config&, RosterRow row);

// Which school other than school_id already holds each HMAC of list for the year and product:
// HMAC → that school's name (the first one found when several do). Queries of 1,000 HMACs.
std::unordered_map<std::string, std::string> roster_holders_elsewhere(Db&, int64_t year_id, int64_t product_id,
                                                                      int64_t school_id, const std::vector<Param>& list);

// The problem of a row whose ID the named school already insured (the name masked).
RosterProblem roster_elsewhere_problem(const RosterRow& row, const std::string& school);

// Deletes the rows of an enrollment (only when it has any: see roster_store.cpp).
void roster_clear(Db&, int64_t enrollment_id);

// Inserts rows as row_no first_row_no, first_row_no + 1, ... in multi-row statements of 500.
// Returns the rows inserted. Inside the caller's transaction.
size_t roster_insert(Db&, int64_t enrollment_id, int64_t year_id, int64_t product_id,
                     const std::vector<RosterRowSealed>& rows, size_t first_row_no);
