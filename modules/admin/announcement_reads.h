// admin/announcement_reads.h - 阅读情况 of one announcement: every account of its audience with
// when it first read it, or 未读; filter 全部 / 已读 / 未读, paged; exported as .xlsx.
#pragma once
struct Ctx;

// GET /school/admin/announcement/reads?id=N&show=all|read|unread&page=P
void admin_announcement_reads(Ctx& ctx);
// GET /school/admin/announcement/reads/export?id=N&show=…: the same rows (all pages) as .xlsx
void admin_announcement_reads_export(Ctx& ctx);
