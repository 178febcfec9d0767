// department/uncovered.h - 未投保学校: the schools of the department's region that have not
// submitted the chosen product for the current year (department/uncovered_list.h), 20 a page
// with filters (险种, 县区, 学校类型, name), each with its 明白人 (masked mobile), its latest
// reminder and that SMS's delivery status (待发送/已发送/已送达/失败), a 短信提醒 button per
// school and 全部提醒 for the filtered list (department/uncovered_remind.h, one per school,
// product and day).
#pragma once
struct Ctx;

// GET /school/dept/uncovered?product=&county=&type=&q=&page=&done=
void department_uncovered(Ctx& ctx);
