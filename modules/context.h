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

  // The signed-in account; only called on routes whose role requires one.
  const Account& account() const { return *session.account; }
};
