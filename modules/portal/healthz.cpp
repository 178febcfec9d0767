// portal/healthz.cpp - database round trip for monitors (see portal/healthz.h).
#include "portal/healthz.h"

#include "context.h"

void portal_healthz(Ctx& ctx) {
  auto row = ctx.db.query_one("SELECT COUNT(*) AS n FROM schema_migrations");
  ctx.res.set_header("Content-Type", "text/plain; charset=utf-8");
  ctx.res.body = "ok migrations=" + std::to_string(row ? row->i64("n") : 0) + "\n";
}
