// context.h - everything a handler may touch for one request. Made fresh per request by
// serve(); handlers get it by reference and keep nothing after they return.
#pragma once
#include "config.h"
#include "db.h"
#include "http.h"
#include "route.h"
#include "session.h"

struct Ctx {
  const Config& config;
  Db& db;
  const Request& req;
  Response& res;
  Session& session;
  const Area& area;
  // The subordinate school a center school acts for in this request (school/in_hand.h sets it
  // after its check); 0 = none. audit() records it beside the account. acting_school holds
  // what pages need of it (school/in_hand.h school_facts).
  int64_t acting_school_id = 0;
  SchoolFacts acting_school;
  // Where this request's reads that may lag go, decided once by lagging_read_db (replica.h).
  Db* lagging_db = nullptr;

  // The signed-in account; only called on routes whose role requires one.
  const Account& account() const { return *session.account; }
};
