// uploads/download.cpp - scoped file download (see uploads/download.h). Scope: a school its own
// files (a center school acting with school=N those of that subordinate school, school/in_hand.h);
// a department the files of schools in its region; an insurer the PDFs of the policies its
// company issued for enrollments in its scope (insurer/enrollment_scope.h: company + region, no
// drafts); the admin everything.
#include "uploads/download.h"

#include "audit.h"
#include "context.h"
#include "form.h"
#include "http_error.h"
#include "school/in_hand.h"
#include "scope.h"

void uploads_download(Ctx& ctx) {
  int64_t id = param_id(ctx.req, "id");
  const Account& a = ctx.account();
  const int64_t school_id = a.kind == "school" ? school_in_hand(ctx).id : 0;
  std::string pattern = a.kind == "school" ? std::string() : region_pattern(a);
  auto file = ctx.db.query_one(
      "SELECT f.sha256, f.original_name, f.content_type FROM files f LEFT JOIN schools s ON s.id = f.school_id"
      " WHERE f.id = ? AND ((? = 'school' AND f.school_id = ?)"
      " OR (? = 'department' AND s.region_code LIKE ?)"
      " OR (? = 'insurer' AND f.kind = 'policy' AND EXISTS (SELECT 1 FROM policies p"
      " JOIN enrollments e ON e.id = p.enrollment_id WHERE p.file_id = f.id"
      " AND p.company_id = e.company_id AND e.company_id = ? AND e.region_code LIKE ? AND e.status <> 'draft'))"
      " OR ? = 'admin')",
      {id, a.kind, school_id, a.kind, pattern, a.kind, a.company_id, pattern, a.kind});
  if (!file) {
    audit(ctx, "access_denied", "file", std::to_string(id), "download");
    throw HttpError(404, "文件不存在或您无权下载。");
  }
  audit(ctx, "download", "file", std::to_string(id), file->str("original_name"));
  const std::string& sha = file->str("sha256");
  ctx.res.set_header("Content-Type", file->str("content_type"));
  ctx.res.attachment(file->str("original_name"));
  ctx.res.set_header("X-Accel-Redirect", "/_files/" + sha.substr(0, 2) + "/" + sha);
}
