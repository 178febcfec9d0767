// uploads/center_register.cpp - 增加所辖学校 submission (see uploads/center_register.h).
#include "uploads/center_register.h"

#include "center/register.h"
#include "context.h"
#include "http_error.h"
#include "multipart.h"
#include "throttle.h"
#include "uploads/register_steps.h"

namespace {

constexpr size_t kCertificateBytes = 5 << 20;
constexpr int kSubmissionsPerHour = 30;

}  // namespace

void uploads_center_register(Ctx& ctx) {
  const int64_t center_id = ctx.account().school_id;
  if (!throttle_take(ctx.db, "center-register:account:" + std::to_string(ctx.account().id), kSubmissionsPerHour, 3600))
    throw HttpError(429, "注册提交过于频繁，请一小时后再试。");
  auto center = ctx.db.query_one("SELECT region_code FROM schools WHERE id = ? AND is_center = 1 AND status = 'active'",
                                 {center_id});
  if (!center) throw HttpError(404, "本校已不是中心校。");
  MultipartLimits limits;
  limits.file_bytes = kCertificateBytes;
  limits.max_fields = 12;
  limits.field_bytes = 4 << 10;
  MultipartForm form = multipart_parse(ctx.req, ctx.config, limits);

  RegisterView view;
  RegisterForm& v = view.values;
  v.region = center->str("region_code");
  v.name = register_text_field(form, "name", view);
  v.school_type = register_text_field(form, "school_type", view);
  v.nature = register_text_field(form, "nature", view);
  v.contact_name = register_text_field(form, "contact_name", view);
  v.mobile = register_text_field(form, "mobile", view);
  UploadedFile* cert = form.file("certificate");
  view.file_again = cert != nullptr;
  ctx.res.status = 200;

  std::string content_type;
  RegisterRegion region;
  register_validate(ctx, view, cert, content_type, region, nullptr);
  if (view.errors.empty())
    if (std::string taken = register_name_problem(ctx, region, v, center_id); !taken.empty())
      view.errors.emplace("name", taken);
  if (view.errors.empty()) {
    std::string problem = register_save(ctx, v, region, register_certificate(ctx, *cert, content_type), center_id);
    if (!problem.empty()) view.errors.emplace("name", problem);
  }
  if (!view.errors.empty()) {
    center_register_render(ctx, view);
    return;
  }
  ctx.res.redirect("/school/center/register?done=1", true);
}
