// school/in_hand.cpp - see school/in_hand.h.
#include "school/in_hand.h"

#include "audit.h"
#include "context.h"
#include "form.h"
#include "http_error.h"

std::string in_hand_url(const Ctx& ctx, const std::string& url) {
  if (!ctx.acting_school_id) return url;
  return url + (url.find('?') == std::string::npos ? "?" : "&") + "school=" + std::to_string(ctx.acting_school_id);
}

int64_t in_hand_school_id(const Ctx& ctx) {
  return ctx.acting_school_id ? ctx.acting_school_id : ctx.account().school_id;
}

SchoolInHand school_in_hand(Ctx& ctx) {
  const Account& a = ctx.account();
  SchoolInHand h{a.school_id, false, ""};
  const std::string* p = ctx.req.param("school");
  if (!p || p->empty() || *p == std::to_string(a.school_id)) return h;
  int64_t id = param_id(ctx.req, "school");  // malformed → 400
  auto row = ctx.db.query_one(
      "SELECT s.id, s.name, s.school_type, s.region_code, s.city_code FROM schools s JOIN schools c ON c.id = s.center_school_id"
      " WHERE s.id = ? AND s.status = 'active' AND c.id = ? AND c.is_center = 1 AND c.status = 'active'",
      {id, a.school_id});
  if (!row) {
    audit(ctx, "access_denied", "school", p->substr(0, 64), "act for school");
    throw HttpError(404, "没有这所学校，或它不是本中心校的所辖学校。");
  }
  h.id = row->i64("id");
  h.acting = true;
  h.name = row->str("name");
  ctx.acting_school_id = h.id;
  ctx.acting_school = SchoolFacts{h.id, h.name, row->str("school_type"), row->str("region_code"), row->str("city_code")};
  return h;
}

SchoolFacts school_facts(Ctx& ctx, int64_t school_id) {
  if (ctx.acting_school_id != 0 && ctx.acting_school_id == school_id) return ctx.acting_school;
  if (ctx.session.account && ctx.account().school_id == school_id) return ctx.account().school;
  auto row = ctx.db.query_one("SELECT name, school_type, region_code, city_code FROM schools WHERE id = ?", {school_id});
  if (!row) return SchoolFacts{school_id, "", "", "", ""};
  return SchoolFacts{school_id, row->str("name"), row->str("school_type"), row->str("region_code"), row->str("city_code")};
}
