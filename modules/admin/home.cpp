// admin/home.cpp - admin overview (see admin/home.h); scope: the whole province.
#include "admin/home.h"

#include "context.h"
#include "page.h"
#include "year.h"

static const char* kind_label(const std::string& kind) {
  if (kind == "school") return "学校";
  if (kind == "department") return "教育部门";
  if (kind == "insurer") return "承保机构";
  return "管理中心";
}

void admin_home(Ctx& ctx) {
  auto counts = ctx.db.query_one(
      "SELECT (SELECT COUNT(*) FROM schools WHERE status = 'pending') AS registrations,"
      " (SELECT COUNT(*) FROM applications WHERE status = 'pending' AND kind <> 'registration') AS applications,"
      " (SELECT COUNT(*) FROM applications WHERE status = 'pending' AND kind = 'extra_insurer') AS extra_insurers,"
      " (SELECT COUNT(*) FROM applications WHERE status = 'pending' AND kind = 'cancellation') AS cancellations,"
      " (SELECT COUNT(*) FROM schools WHERE status = 'active') AS schools");
  Rows kinds = ctx.db.query("SELECT kind, COUNT(*) AS n FROM accounts GROUP BY kind ORDER BY kind");

  Page page(ctx, "系统首页", "admin/home.tpl");
  auto& d = page.body();
  set_value(d, "PENDING_REGISTRATIONS", counts->str("registrations"));
  set_value(d, "PENDING_APPLICATIONS", counts->str("applications"));
  set_value(d, "PENDING_EXTRA_INSURERS", counts->str("extra_insurers"));
  set_value(d, "PENDING_CANCELLATIONS", counts->str("cancellations"));
  set_value(d, "SCHOOLS_ACTIVE", counts->str("schools"));
  for (const Row& k : kinds) {
    auto* row = d.AddSectionDictionary("KIND_ROW");
    set_value(*row, "LABEL", kind_label(k.str("kind")));
    set_value(*row, "COUNT", k.str("n"));
  }
  if (auto year = current_year(ctx)) set_value(d, "YEAR_LABEL", year->label);
  else d.ShowSection("NO_YEAR");
  page.render();
}
