// school/enroll_extra.h - 多家保险公司 (user manual 1.1): a school that insures one product with
// more than one company asks for one more enrollment of that product. The page offers the
// form (投保险种: a product of school_products, 申请事由: 5-500 characters) and lists the
// school's earlier extra-insurer applications with their outcome. Submitting stores an
// applications row (kind extra_insurer, product_id, reason, payload '{}') for the admin's
// review (admin/extra_insurers.h), audited as extra_insurer_requested; only one pending
// application per product (the table's pending key). Allowed after the enrollment deadline;
// without a current academic year the page says so and offers no form.
// Scope: the signed-in school (ctx.account().school_id) only.
#pragma once
struct Ctx;

// GET /school/s/enroll/extra (?done=submitted shows the notice of a stored application)
void school_enroll_extra(Ctx& ctx);
// POST /school/s/enroll/extra (csrf, product, reason): 303 to the page with done=submitted, or
// the page again with the typed values and a Chinese message (nothing stored); no current
// year → the page without a form (409).
void school_enroll_extra_submit(Ctx& ctx);
