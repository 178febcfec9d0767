// insurer/policy.h - 保单上传 of one enrollment (PRODUCT.md "Insurer"): GET
// /school/insurer/policy?enrollment=N shows the enrollment (学校名称, 险种, 参保人数, status), its
// policies so far (人数不一致 when a policy's 承保人数 differs from the declared 参保人数, the rule
// of the school's 承保数据 page) and, until the policy deadline, the upload form; POST
// /school/files/insurer/policy (uploads.fcgi) stores a policy, or a 批单 when the enrollment is
// being modified (修改中) or changed after its latest policy (需上传批单). The latest policy counts.
// An enrollment outside the insurer's scope is a 404 with an access_denied audit row.
#pragma once
#include <map>
#include <string>

#include "db.h"
#include "insurer/policy_fields.h"

struct Ctx;

// GET /school/insurer/policy?enrollment=N
void insurer_policy(Ctx& ctx);
// POST /school/files/insurer/policy (multipart: csrf first, enrollment, the fields, policy_pdf).
void uploads_insurer_policy(Ctx& ctx);

// The enrollment N of the insurer's scope (insurer_enrollment), else audit access_denied and 404.
Row insurer_policy_enrollment(Ctx& ctx, int64_t enrollment_id);
// Renders the page of enrollment e with the form holding typed and the messages errors (keys
// of policy_check plus "policy_pdf" and "form"); status 200.
void insurer_policy_render(Ctx& ctx, const Row& e, const PolicyInput& typed,
                           const std::map<std::string, std::string>& errors);
