// admin/announcement_manage.h - 公告管理: the admin writes announcements (标题, 正文 as plain text with
// line breaks, 发布对象 roles, 发布区域 city/county, optional 承保机构 company, optional 截止日期),
// edits them while drafts, publishes and withdraws them; the list shows each one's audience summary
// and read count / audience size. Audience rule: announcements.h. Every change is audited.
#pragma once
struct Ctx;

// GET /school/admin/announcements (page): every announcement, newest first
void admin_announcements(Ctx& ctx);
// GET /school/admin/announcement/new: the empty form
void admin_announcement_new_page(Ctx& ctx);
// POST /school/admin/announcement/new: creates a draft (title, body, role_<code>, city, county,
// company, expires_on); errors re-render the form with the typed values
void admin_announcement_create(Ctx& ctx);
// GET /school/admin/announcement?id=N: the announcement as the audience will see it, its status
// and actions
void admin_announcement(Ctx& ctx);
// GET /school/admin/announcement/edit?id=N: the form filled (drafts only)
void admin_announcement_edit_page(Ctx& ctx);
// POST /school/admin/announcement/edit (id + the form fields): saves a draft
void admin_announcement_update(Ctx& ctx);
// POST /school/admin/announcement/publish (id): draft → published (published_at = now); a draft
// whose 显示截止日期 has already passed is refused (409)
void admin_announcement_publish(Ctx& ctx);
// POST /school/admin/announcement/withdraw (id): published → withdrawn (no longer shown)
void admin_announcement_withdraw(Ctx& ctx);
