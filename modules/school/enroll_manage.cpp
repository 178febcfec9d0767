// school/enroll_manage.cpp - 上传管理 of one product (see school/enroll_manage.h).
#include "school/enroll_manage.h"

#include "context.h"
#include "deadline.h"
#include "form.h"
#include "http_error.h"
#include "page.h"
#include "school/enroll.h"
#include "school/in_hand.h"
#include "year.h"

void school_enroll_manage(Ctx& ctx) {
  const int64_t school_id = school_in_hand(ctx).id;
  int64_t product_id = param_id(ctx.req, "product");
  auto product = school_product(ctx, school_id, product_id);
  auto year = current_year(ctx);
  Rows rows;
  if (product && year) rows = product_enrollments(ctx, school_id, year->id, product_id);
  if (rows.empty()) throw HttpError(404, "本学年没有该险种的投保数据。");

  Page page(ctx, "上传管理", "school/enroll_manage.tpl");
  auto& d = page.body();
  enroll_submitted_notice(ctx, page);
  set_value(d, "PRODUCT_NAME", product->str("name"));
  set_value(d, "ENROLL_URL", in_hand_url(ctx, "/school/s/enroll"));
  set_value(d, "YEAR_LABEL", year->label);
  if (rows.front().i64("seq") != 1) d.ShowSection("FIRST_MISSING");
  DeadlineState deadline = deadline_for_school(ctx, *year, school_id, DeadlineKind::enroll);
  const std::string& kind = product->str("insured_kind");
  for (const Row& e : rows) {
    auto* entry = d.AddSectionDictionary("ENTRY");
    set_value(*entry, "SEQ", e.str("seq"));
    set_value(*entry, "STATUS_LABEL", enrollment_status_label(e.str("status")));
    set_value(*entry, "STATUS_BADGE", enrollment_status_badge(e.str("status")));
    if (e.str("status") != "draft") {
      enroll_submitted_fill(ctx, *entry, e, kind);
    } else if (!deadline.open) {
      set_value(*entry->AddSectionDictionary("CLOSED"), "LAST_DAY", deadline.last_day);
    } else {
      EnrollForm form;
      form.product_id = product_id;
      form.seq = e.i64("seq");
      form.insured_kind = kind;
      enroll_form_fill(ctx, *entry, form);
    }
  }
  page.render();
}
