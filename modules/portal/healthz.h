// portal/healthz.h - liveness for monitoring: 200 "ok" when the database answers, else 503.
#pragma once
struct Ctx;

// GET /school/healthz
void portal_healthz(Ctx& ctx);
