// department/uncovered_remind.h - the SMS reminders of 未投保学校: a department asks a school's
// 明白人 (the school account's mobile, else the registered contact mobile) to submit one
// product of the current year. Rule (shown on the page): one reminder per school, product
// and day (China time), kept by the unique key of enrollment_reminders, so a double click or a
// second 全部提醒 sends nothing more. Each reminder is an sms_messages row (purpose
// notice:enroll_reminder) whose status the page shows; both POSTs carry the CSRF token (serve),
// are audited, and a school outside the region, or not uncovered, is refused.
#pragma once
struct Ctx;

// POST /school/dept/uncovered/remind: id (school), product, and the list filters to return to.
// A school outside the region answers 404 + access_denied.
void department_uncovered_remind(Ctx& ctx);
// POST /school/dept/uncovered/remind-all: product and the list filters; reminds every school
// of the filtered list (all pages) that was not reminded today.
void department_uncovered_remind_all(Ctx& ctx);
