// school/enroll_manage.h - 上传管理 (user manual 1.2): every enrollment of one product of the
// signed-in school in the current academic year, one block per seq (第1条, 第2条 …). A submitted
// one is read-only (参保人数, 投保公司, 花名册 下载, status, 申请修改); a draft one (created by an
// approved 多家保险公司 application) offers the upload form for its seq, or the closed message
// after the school's enrollment deadline. When seq 1 is still missing the first block points
// to 投保数据, where its form is. Scope: ctx.account().school_id only.
#pragma once
struct Ctx;

// GET /school/s/enroll/manage?product=N (&done=submitted after an upload). A product the
// school may not enroll, or one of which it has no enrollment this year, is a 404.
void school_enroll_manage(Ctx& ctx);
